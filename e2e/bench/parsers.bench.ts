/**
 * The vision answer parsers run on every streamed update of an answer: their cost on normal
 * answers and their worst case on hostile 1 MB strings (model output is untrusted).
 */
import { parseGrounding } from "../../lib/glm/grounding";
import { parseGuiActions } from "../../lib/glm/gui-actions";
import { median, report } from "./harness";

function time(fn: () => void, runs = 9): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const normal = "The shapes are:\n" + Array.from({ length: 40 }, (_, i) => `- object ${i}: [${i * 10},${i * 5},${i * 10 + 50},${i * 5 + 40}]`).join("\n");
const hostile: Record<string, string> = {
  "1 MB of '[1,'": "[1,".repeat(250_000),
  "1 MB digit run": "[" + "9".repeat(1_000_000),
  "150k <bbox> openers": "<bbox>".repeat(150_000),
  "1 MB prose then a box": "x".repeat(1_000_000) + ": [1,2,3,4]",
  "40k left_click( openers": "left_click(start_box='".repeat(40_000),
  '60k {"action_type": openers': '{"action_type":'.repeat(60_000),
};

console.log("\nParsers (median of 9 runs)");
const g = time(() => parseGrounding(normal), 50);
report("grounding: 40-box answer, per streamed update", `${g.toFixed(3)} ms`, "< 1 ms", g < 1);
let worst = 0;
for (const [name, input] of Object.entries(hostile)) {
  const t = Math.max(time(() => parseGrounding(input), 3), time(() => parseGuiActions(input), 3));
  worst = Math.max(worst, t);
  report(`hostile: ${name}`, `${t.toFixed(0)} ms`, "< 200 ms", t < 200);
}
report("worst hostile input (grounding or GUI actions)", `${worst.toFixed(0)} ms`, "< 200 ms", worst < 200);
