/**
 * Healing the streaming tail of markdown (lib/markdown/heal.ts) against the `remend` library
 * (what streamdown uses), on the same inputs: cost per streamed update of a growing block, the
 * worst case on hostile input, and how many of heal.ts's behaviour cases each gets right.
 * The decision it supports: docs/decisions/markdown-healing.md.
 */
import remend from "remend";
import { healMarkdown } from "../../lib/markdown/heal";
import { median, report } from "./harness";

type Heal = (s: string) => string;
const candidates: [string, Heal][] = [["heal.ts", healMarkdown], ["remend", (s) => remend(s)]];

const block = [
  "Here is **the plan**, with `inline code`, a [link](https://example.com/docs) and *emphasis*:",
  "",
  "| step | what | cost |",
  "|---|---|---|",
  ...Array.from({ length: 20 }, (_, i) => `| ${i} | do **thing ${i}** with \`x${i}\` | $${i * 3} |`),
  "",
  "```ts",
  ...Array.from({ length: 30 }, (_, i) => `const value${i} = compute(${i}) * 2; // **not bold** in code`),
  "```",
  "",
  "And a closing sentence with ~~strike~~ and _underscored words_ and $a*b$ math.",
].join("\n");

/** Heal every prefix (one per 8 characters), as the view does while the block streams in. */
function perUpdate(heal: Heal): { median: number; total: number } {
  const times: number[] = [];
  for (let end = 8; end <= block.length; end += 8) {
    const prefix = block.slice(0, end);
    const t0 = performance.now();
    heal(prefix);
    times.push(performance.now() - t0);
  }
  return { median: median(times) * 1000, total: times.reduce((a, b) => a + b, 0) };
}

const hostile: Record<string, string> = {
  "50k asterisks": "a" + "*".repeat(50_000) + "b",
  "20k open links": "[x](".repeat(20_000),
  "20k backticks": "`".repeat(20_000) + "x",
};

/** heal.ts's unit cases (lib/markdown/heal.test.ts): input and the healed text expected. */
const cases: [string, string][] = [
  ["some **bold", "some **bold**"], ["some *it", "some *it*"], ["some __strong", "some __strong__"], ["some ~~gone", "some ~~gone~~"],
  ["call `foo(", "call `foo(`"], ["**bold and *both", "**bold and *both***"], ["***both", "***both***"], ["**bold `code", "**bold `code`**"],
  ["text **", "text"], ["text `", "text"], ["x $$a+b", "x $$a+b$$"], ["a **closed** b", "a **closed** b"], ["2 * 3 = 6", "2 * 3 = 6"],
  ["snake_case_name here", "snake_case_name here"], ["* list item", "* list item"], ["cost $5 and $10", "cost $5 and $10"],
  ["```py\nprint(1)", "```py\nprint(1)\n```"], ["```js\nx\n``", "```js\nx\n```"], ["text\n``", "text"], ["$$\nx^2", "$$\nx^2\n$$"],
  ["see [the docs](https://exa", "see the docs"], ["pic ![alt](https://x", "pic"], ["Intro\n| a | b |", "Intro"],
  ["| a | b |\n|---|---|\n| 1 | **tw", "| a | b |\n|---|---|\n| 1 | **tw**"],
];

console.log("\nMarkdown healing: heal.ts vs remend");
const results: Record<string, { perUpdateUs: number; worstMs: number; correct: number }> = {};
for (const [name, heal] of candidates) {
  perUpdate(heal); // warm up the JIT
  const runs = Array.from({ length: 5 }, () => perUpdate(heal));
  const perUpdateUs = median(runs.map((r) => r.median));
  let worstMs = 0;
  for (const input of Object.values(hostile)) {
    const times = Array.from({ length: 3 }, () => {
      const t0 = performance.now();
      heal(input);
      return performance.now() - t0;
    });
    worstMs = Math.max(worstMs, median(times));
  }
  const correct = cases.filter(([input, expected]) => heal(input).trimEnd() === expected).length;
  results[name] = { perUpdateUs, worstMs, correct };
  report(`${name}: per streamed update of a ${block.length}-char block`, `${perUpdateUs.toFixed(1)} µs`, "< 200 µs", perUpdateUs < 200);
  report(`${name}: worst hostile input`, `${worstMs.toFixed(1)} ms`, "< 50 ms", worstMs < 50);
  report(`${name}: heal.ts behaviour cases met`, `${correct}/${cases.length}`, `${cases.length}/${cases.length}`, correct === cases.length);
}
const ours = results["heal.ts"];
const lib = results.remend;
const adopt = lib.correct >= ours.correct && lib.perUpdateUs <= ours.perUpdateUs * 1.1 && lib.worstMs <= Math.max(ours.worstMs * 1.1, 5);
report("decision: adopt remend (no worse on every figure)", adopt ? "adopt" : "keep heal.ts", "documented", true);
