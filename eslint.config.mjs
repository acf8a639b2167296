import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  // Code the browser runs parses with zod/mini: classic zod compiles its object parsers with
  // `new Function`, which the page's CSP refuses (a script-src eval violation in security-headers.spec).
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "app/**/*.tsx"],
    ignores: ["lib/server/**", "lib/glm/model-list.ts", "app/api/**", "**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Use zod/mini in code the browser runs (classic zod's parsers need eval, which the CSP refuses)." }] }] },
  },
  // vi.waitFor gives up after one second by default, which fails on a busy machine: test/eventually.ts.
  {
    files: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-properties": ["error", { object: "vi", property: "waitFor", message: "Use eventually() from @/test/eventually: vi.waitFor's 1 s default fails on a loaded machine." }, { object: "vi", property: "waitUntil", message: "Use eventually() from @/test/eventually." }] },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  // The service worker runs in its own global scope.
  { files: ["public/sw.js"], languageOptions: { globals: { self: "readonly", caches: "readonly", fetch: "readonly", URL: "readonly", Request: "readonly", Response: "readonly" } } },
  {
    files: ["scripts/**/*.mjs", "e2e/**/*.mjs", "next.config.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", fetch: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
  },
);
