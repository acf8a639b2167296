/** The code block of the demo's general answer: code is not translated, so every language shares it. */
const FENCE = "```";

export const GREET_CODE_BLOCK: readonly string[] = [
  `${FENCE}ts`,
  "export function greet(name: string): string {",
  "  return `Hello, ${name}!`;",
  "}",
  FENCE,
];
