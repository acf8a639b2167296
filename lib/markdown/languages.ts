/**
 * Languages the code block highlights. Each grammar is its own dynamic import so the bundler emits
 * one chunk per language, fetched only when an answer uses it. Anything else is plain text.
 */
import type { LanguageInput } from "shiki/core";

type Loader = () => Promise<{ default: unknown }>;

const LOADERS = new Map<string, Loader>([
  ["javascript", () => import("@shikijs/langs/javascript")],
  ["typescript", () => import("@shikijs/langs/typescript")],
  ["jsx", () => import("@shikijs/langs/jsx")],
  ["tsx", () => import("@shikijs/langs/tsx")],
  ["python", () => import("@shikijs/langs/python")],
  ["bash", () => import("@shikijs/langs/bash")],
  ["powershell", () => import("@shikijs/langs/powershell")],
  ["json", () => import("@shikijs/langs/json")],
  ["html", () => import("@shikijs/langs/html")],
  ["css", () => import("@shikijs/langs/css")],
  ["scss", () => import("@shikijs/langs/scss")],
  ["markdown", () => import("@shikijs/langs/markdown")],
  ["yaml", () => import("@shikijs/langs/yaml")],
  ["toml", () => import("@shikijs/langs/toml")],
  ["xml", () => import("@shikijs/langs/xml")],
  ["sql", () => import("@shikijs/langs/sql")],
  ["rust", () => import("@shikijs/langs/rust")],
  ["go", () => import("@shikijs/langs/go")],
  ["java", () => import("@shikijs/langs/java")],
  ["kotlin", () => import("@shikijs/langs/kotlin")],
  ["swift", () => import("@shikijs/langs/swift")],
  ["c", () => import("@shikijs/langs/c")],
  ["cpp", () => import("@shikijs/langs/cpp")],
  ["csharp", () => import("@shikijs/langs/csharp")],
  ["php", () => import("@shikijs/langs/php")],
  ["ruby", () => import("@shikijs/langs/ruby")],
  ["lua", () => import("@shikijs/langs/lua")],
  ["r", () => import("@shikijs/langs/r")],
  ["diff", () => import("@shikijs/langs/diff")],
  ["dockerfile", () => import("@shikijs/langs/dockerfile")],
  ["vue", () => import("@shikijs/langs/vue")],
  ["latex", () => import("@shikijs/langs/latex")],
]);

const ALIASES = new Map<string, string>([
  ["js", "javascript"],
  ["mjs", "javascript"],
  ["cjs", "javascript"],
  ["node", "javascript"],
  ["ts", "typescript"],
  ["mts", "typescript"],
  ["py", "python"],
  ["python3", "python"],
  ["sh", "bash"],
  ["shell", "bash"],
  ["zsh", "bash"],
  ["console", "bash"],
  ["ps1", "powershell"],
  ["jsonc", "json"],
  ["json5", "json"],
  ["htm", "html"],
  ["md", "markdown"],
  ["yml", "yaml"],
  ["svg", "xml"],
  ["rs", "rust"],
  ["golang", "go"],
  ["kt", "kotlin"],
  ["h", "c"],
  ["c++", "cpp"],
  ["cc", "cpp"],
  ["hpp", "cpp"],
  ["cs", "csharp"],
  ["c#", "csharp"],
  ["rb", "ruby"],
  ["patch", "diff"],
  ["docker", "dockerfile"],
  ["tex", "latex"],
]);

/** Canonical language id for a fence info string, or null for plain text (unknown or hostile). */
export function resolveLanguage(info: string | null | undefined): string | null {
  if (typeof info !== "string") return null;
  const name = info.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (name.length === 0 || name.length > 32 || !/^[a-z0-9+#._-]+$/.test(name)) return null;
  const id = ALIASES.get(name) ?? name;
  return LOADERS.has(id) ? id : null;
}

export async function loadGrammar(id: string): Promise<LanguageInput> {
  const loader = LOADERS.get(id);
  if (!loader) throw new Error(`unsupported language ${id}`);
  return (await loader()).default as LanguageInput;
}
