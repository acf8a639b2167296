/**
 * The rendering benchmark's answer: about 80,000 characters (20,000 tokens) in 20 sections, each
 * with prose, a code block (cycling through several languages), and alternately a table or math.
 * Deterministic, so every run streams the same bytes.
 */

const F = "```";

const LANGS: [string, (i: number, n: number) => string][] = [
  ["ts", (i, n) => `export function step${i}_${n}(input: number[]): number {\n  return input.reduce((sum, x) => sum + x * ${n}, 0); // step ${n}\n}`],
  ["python", (i, n) => `def step_${i}_${n}(values):\n    """Sum of values times ${n}."""\n    return sum(v * ${n} for v in values)`],
  ["rust", (i, n) => `fn step_${i}_${n}(input: &[i64]) -> i64 {\n    input.iter().map(|x| x * ${n}).sum()\n}`],
  ["go", (i, n) => `func Step${i}_${n}(input []int) int {\n\ttotal := 0\n\tfor _, x := range input { total += x * ${n} }\n\treturn total\n}`],
  ["sql", (i, n) => `SELECT id, name, value * ${n} AS scaled_${i}\nFROM measurements\nWHERE value > ${n} ORDER BY id;`],
  ["bash", (i, n) => `for f in data/${i}/*.csv; do\n  echo "processing $f (${n})"\n  wc -l "$f"\ndone`],
  ["json", (i, n) => `{\n  "section": ${i},\n  "step": ${n},\n  "enabled": true,\n  "tags": ["alpha", "beta"]\n}`],
  ["css", (i, n) => `.card-${i}-${n} {\n  display: grid;\n  gap: ${n}px;\n  color: #33${(n % 10) * 11};\n}`],
];

function prose(i: number, k: number): string {
  return (
    `Paragraph ${k + 1} of section ${i + 1} explains the approach in plain words, with **bold terms**, ` +
    `some \`inline code\`, and a [reference link](https://example.com/section/${i + 1}/${k + 1}). ` +
    `The method keeps a running total and checks each value against the threshold before it moves on, ` +
    `which keeps the memory use flat and the run time linear in the input size.`
  );
}

function table(i: number): string {
  const rows = Array.from({ length: 8 }, (_, r) => `| ${i}.${r + 1} | item ${r + 1} | ${(r + 1) * (i + 3)} | ${r % 2 ? "yes" : "no"} |`);
  return ["| Id | Name | Score | Valid |", "|---|---|--:|:-:|", ...rows].join("\n");
}

function math(i: number): string {
  return [
    `Inline math such as $x_${i} = \\sqrt{a^2 + b^2}$ and \\(\\alpha_${i} + \\beta\\) sits in the text.`,
    "",
    "$$",
    `\\sum_{k=1}^{${i + 2}} k^2 = \\frac{n(n+1)(2n+1)}{6}`,
    "$$",
    "",
    "\\[",
    `\\int_0^{${i + 1}} e^{-x^2} \\, dx \\approx ${(0.8 + i / 100).toFixed(2)}`,
    "\\]",
  ].join("\n");
}

function code(i: number): string {
  const [lang, line] = LANGS[i % LANGS.length];
  const body = Array.from({ length: 14 }, (_, n) => line(i, n)).join("\n");
  return `${F}${lang}\n${body}\n${F}`;
}

function section(i: number): string {
  const parts = [`## Section ${i + 1}: part ${i + 1} of the answer`, ""];
  for (let k = 0; k < 5; k++) parts.push(prose(i, k), "");
  parts.push("- first point of this section", "- second point, with *emphasis*", "- third point", "");
  parts.push(code(i), "");
  parts.push(i % 2 ? math(i) : table(i), "");
  for (let k = 5; k < 7; k++) parts.push(prose(i, k), "");
  return parts.join("\n");
}

let cached: string | undefined;

/** About 80,000 characters; ends with a line `long markdown end`. */
export function longMarkdown(): string {
  cached ??= Array.from({ length: 20 }, (_, i) => section(i)).join("\n") + "\nlong markdown end";
  return cached;
}
