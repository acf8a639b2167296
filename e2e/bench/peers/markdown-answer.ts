/**
 * The markdown peer benchmark's answer: ~80,000 characters of prose, tables, 45 code blocks in
 * 12 languages and inline/display math, generated deterministically so every contender and every
 * run streams the same bytes.
 */

const F = "```";

const LANGS: [string, (i: number) => string][] = [
  ["ts", (i) => `interface Row${i} { id: number; name: string }\nexport function total${i}(rows: Row${i}[]): number {\n  let sum = 0;\n  for (const r of rows) sum += r.id * ${i};\n  return sum; // block ${i}\n}`],
  ["python", (i) => `def total_${i}(rows):\n    """Sum of ids times ${i}."""\n    out = 0\n    for r in rows:\n        out += r["id"] * ${i}\n    return out`],
  ["rust", (i) => `pub fn total_${i}(rows: &[Row]) -> i64 {\n    rows.iter()\n        .map(|r| r.id * ${i})\n        .sum()\n}`],
  ["go", (i) => `func Total${i}(rows []Row) int {\n\tsum := 0\n\tfor _, r := range rows {\n\t\tsum += r.ID * ${i}\n\t}\n\treturn sum\n}`],
  ["sql", (i) => `SELECT r.id, r.name, SUM(m.value) * ${i} AS total_${i}\nFROM rows r\nJOIN measures m ON m.row_id = r.id\nWHERE m.value > ${i}\nGROUP BY r.id, r.name\nORDER BY total_${i} DESC;`],
  ["bash", (i) => `#!/usr/bin/env bash\nset -euo pipefail\nfor f in data/${i}/*.csv; do\n  echo "processing $f"\n  wc -l "$f" | awk '{ print $1 }'\ndone`],
  ["json", (i) => `{\n  "block": ${i},\n  "enabled": true,\n  "limits": { "rows": ${i * 100}, "depth": 4 },\n  "tags": ["alpha", "beta", "gamma"]\n}`],
  ["css", (i) => `.card-${i} {\n  display: grid;\n  grid-template-columns: repeat(3, 1fr);\n  gap: ${i}px;\n  color: #3a${(i % 10) * 11};\n}`],
  ["java", (i) => `public final class Total${i} {\n  public static long of(List<Row> rows) {\n    long sum = 0;\n    for (Row r : rows) sum += r.id() * ${i}L;\n    return sum;\n  }\n}`],
  ["cpp", (i) => `#include <vector>\nlong total_${i}(const std::vector<Row>& rows) {\n  long sum = 0;\n  for (const auto& r : rows) sum += r.id * ${i};\n  return sum;\n}`],
  ["yaml", (i) => `service: total-${i}\nreplicas: ${(i % 5) + 1}\nresources:\n  cpu: "${i * 10}m"\n  memory: 256Mi\nenv:\n  - name: BLOCK\n    value: "${i}"`],
  ["html", (i) => `<section class="card-${i}">\n  <h2>Block ${i}</h2>\n  <ul>\n    <li><a href="/rows/${i}">Rows</a></li>\n    <li><button type="button">Refresh</button></li>\n  </ul>\n</section>`],
];

function prose(s: number, k: number): string {
  return (
    `Paragraph ${k + 1} of section ${s + 1} walks through the approach with **bold terms**, _emphasis_, ` +
    `some \`inline_code_${s}\`, and a [reference](https://example.com/s/${s + 1}/${k + 1}). The method keeps a running ` +
    `total and checks each value against the threshold $t_{${s}} = ${s + 2}\\alpha$ before moving on, which keeps memory ` +
    `flat and the run time linear in the input size, so the cost is $O(n)$ for $n$ rows.`
  );
}

function table(s: number): string {
  const rows = Array.from({ length: 10 }, (_, r) => `| ${s}.${r + 1} | item ${r + 1} | ${(r + 1) * (s + 3)} | ${r % 2 ? "yes" : "no"} | \`k${r}\` |`);
  return [`| Id | Name | Value | Flag | Key |`, `| --- | --- | ---: | :---: | --- |`, ...rows].join("\n");
}

function math(s: number): string {
  return `$$\n\\sum_{i=1}^{${s + 2}} \\frac{x_i^2}{${s + 1}} = \\int_0^{${s + 1}} e^{-t^2}\\,dt + \\sqrt{${s + 3}}\n$$`;
}

/** 15 sections of three code blocks each: 45 blocks cycling through 12 languages. */
export function peerAnswer(): string {
  const parts: string[] = ["# Benchmark answer\n\nAn overview before the details."];
  let block = 0;
  for (let s = 0; s < 15; s++) {
    parts.push(`## Section ${s + 1}`);
    for (let k = 0; k < 3; k++) {
      parts.push(prose(s, k), prose(s, k + 3));
      const [lang, body] = LANGS[block % LANGS.length];
      parts.push(`${F}${lang}\n${body(block)}\n${F}`);
      block++;
    }
    parts.push(table(s), prose(s, 8), prose(s, 9), s % 2 ? math(s) : prose(s, 10));
    parts.push(`- point one of ${s + 1}\n- point two with $a^${s} + b$\n  - nested detail\n- point three`);
    parts.push(prose(s, 7), prose(s, 11), prose(s, 12), `> A quoted note for section ${s + 1}: check the inputs first.`);
  }
  parts.push("That is the end of the peer answer.");
  return parts.join("\n\n") + "\n";
}
