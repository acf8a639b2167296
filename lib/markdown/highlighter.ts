/**
 * One shared shiki highlighter (JavaScript regex engine, no Oniguruma WASM), created on first use,
 * with languages loaded on demand, and an incremental tokeniser: lines already highlighted are
 * kept and only new complete lines are tokenised, continuing from the saved grammar state.
 */
import { createHighlighterCore, type GrammarState, type HighlighterCore, type ThemedToken } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import githubDarkDefault from "@shikijs/themes/github-dark-default";
import githubLightHighContrast from "@shikijs/themes/github-light-high-contrast";
import { loadGrammar } from "./languages";

export type { ThemedToken };

// Every token colour of these two meets WCAG AA (4.5:1) on the code block's background in its
// theme (bg-subtle); plain github-light and github-dark have keywords, strings and comments at 3.3-4.4.
const THEMES = { light: "github-light-high-contrast", dark: "github-dark-default" } as const;
// Lines longer than this stay plain: tokenising a 1 MB minified line would block the main thread.
const MAX_LINE_LENGTH = 2000;
const TIME_LIMIT_MS = 50;

let highlighter: Promise<HighlighterCore> | null = null;
const languages = new Map<string, Promise<boolean>>();

/** Counts tokenised lines; lets tests (and the benchmark) prove no line is highlighted twice. */
export const highlightStats = { linesTokenized: 0 };

export function getHighlighter(): Promise<HighlighterCore> {
  // Shiki's core, engine and themes come with this module, not as imports of their own: they are
  // needed at once anyway, and so they are in the chunks the service worker stores at install
  // (lib/server/precache/on-demand-chunks.ts): offline, a profile that never highlighted still does.
  highlighter ??= createHighlighterCore({
    themes: [githubLightHighContrast, githubDarkDefault],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/** Loads a grammar once; resolves false if it cannot be loaded (the block stays plain). */
export function ensureLanguage(id: string): Promise<boolean> {
  let pending = languages.get(id);
  if (!pending) {
    pending = (async () => {
      const h = await getHighlighter();
      await h.loadLanguage(await loadGrammar(id));
      return true;
    })().catch(() => {
      // Offline with its grammar never fetched: plain for now, asked again by the next block.
      languages.delete(id);
      return false;
    });
    languages.set(id, pending);
  }
  return pending;
}

export interface HighlightState {
  lang: string;
  /** The complete lines already tokenised, each ending in "\n". */
  done: string;
  lines: ThemedToken[][];
  grammar?: GrammarState;
}

export interface HighlightResult {
  state: HighlightState;
  /** Tokens for every line, the unfinished last line included. */
  lines: ThemedToken[][];
}

function tokenize(h: HighlighterCore, lang: string, code: string, grammar: GrammarState | undefined, timeLimitMs: number) {
  const result = h.codeToTokens(code, {
    lang,
    themes: THEMES,
    defaultColor: "light",
    grammarState: grammar,
    tokenizeMaxLineLength: MAX_LINE_LENGTH,
    tokenizeTimeLimit: timeLimitMs,
  });
  highlightStats.linesTokenized += result.tokens.length;
  return result;
}

/**
 * Highlights `code`, reusing `prev` when the code only grew: complete lines are tokenised once;
 * the unfinished last line is tokenised from the saved state each time (one line, cheap).
 */
export function highlightIncremental(
  h: HighlighterCore,
  lang: string,
  code: string,
  prev?: HighlightState,
  /** Per line: past it the rest of the line stays plain. Tests raise it, as they check colours, not speed. */
  timeLimitMs = TIME_LIMIT_MS,
): HighlightResult {
  const cut = code.lastIndexOf("\n") + 1;
  const complete = code.slice(0, cut);
  const tail = code.slice(cut);
  let state: HighlightState;
  if (prev && prev.lang === lang && complete.startsWith(prev.done)) {
    state = prev;
  } else {
    state = { lang, done: "", lines: [] };
  }
  if (complete.length > state.done.length) {
    const added = complete.slice(state.done.length, -1);
    const result = tokenize(h, lang, added, state.grammar, timeLimitMs);
    state = {
      lang,
      done: complete,
      lines: state.lines.concat(result.tokens),
      grammar: result.grammarState ?? state.grammar,
    };
  }
  if (tail === "") return { state, lines: state.lines };
  const tailTokens = tokenize(h, lang, tail, state.grammar, timeLimitMs).tokens[0] ?? [];
  return { state, lines: [...state.lines, tailTokens] };
}
