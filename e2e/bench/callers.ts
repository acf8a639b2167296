/**
 * Diagnostic (issue 9): who calls a function in a dumped start profile (`PROFILE_DUMP` of
 * start-profile.ts with PROFILE_CPU=1), each stack mapped through the build's source maps.
 *
 *   CALLERS_DIR=<BROWSER_SOURCEMAPS=1 build> npx tsx e2e/bench/callers.ts <file.cpuprofile> <function name> [depth]
 */
import { readFileSync } from "node:fs";
import { chunkSymbols } from "./chunk-symbols";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
const [file, target, depthArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const sym = chunkSymbols(() => process.env.CALLERS_DIR ?? process.cwd());
const parent = new Map<number, Node>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const name = (n: Node) => {
  const f = n.callFrame;
  const s = sym(f.url, f.lineNumber, f.columnNumber, f.functionName);
  return `${s.name} (${s.src.replace(/^.*node_modules\//, "~")})`;
};
const stacks = new Map<string, number>();
const depth = Number(depthArg ?? 8);
for (const n of profile.nodes) {
  if (n.callFrame.functionName !== target) continue;
  // Inclusive time: this node and everything below it.
  const incl = (m: Node): number => (self.get(m.id) ?? 0) + (m.children ?? []).reduce((s, c) => s + incl(byId.get(c)!), 0);
  const chain: string[] = [];
  for (let p = parent.get(n.id); p && chain.length < depth; p = parent.get(p.id)) chain.push(name(p));
  const key = chain.join("\n    <- ");
  stacks.set(key, (stacks.get(key) ?? 0) + incl(n));
}
for (const [k, ms] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${ms.toFixed(1)} ms\n    <- ${k}\n`);
