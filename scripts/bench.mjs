// `npm run bench`: builds if needed, then runs every benchmark in e2e/bench and prints figures
// with their targets. Performance lives here, not in timed unit tests.
// `npm run bench -- --compare [name]`: only the ratios against references run in the same process
// (see e2e/bench/compare.ts); exits non-zero when one misses its target.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// The cluster test and bench run the standalone server (.next/standalone/server.js).
process.env.BUILD_STANDALONE = "1";
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const args = process.argv.slice(2);
const compare = args.includes("--compare");
if (compare) process.env.BENCH_COMPARE = "1";
const only = args.find((a) => !a.startsWith("--"));
// Benchmarks run on a bench build: the same app plus in-page measuring hooks (NEXT_PUBLIC_BENCH=1,
// see e2e/bench/page-hooks.ts). A marker tells a bench build from a normal one (e2e uses those).
const MARKER = ".next/BENCH_BUILD";
if (!existsSync(".next/BUILD_ID") || !existsSync(MARKER) || process.env.BENCH_REBUILD !== "0") {
  const build = spawnSync(bin("next"), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_PUBLIC_BENCH: "1" } });
  if (build.status !== 0) process.exit(1);
  writeFileSync(MARKER, "built with NEXT_PUBLIC_BENCH=1\n");
}
const files = readdirSync("e2e/bench")
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .filter((f) => !compare || readFileSync(`e2e/bench/${f}`, "utf8").includes("./compare"))
  .sort();
const failed = [];
for (const f of files) {
  const r = spawnSync(bin("tsx"), [`e2e/bench/${f}`], { stdio: "inherit" });
  if (r.status !== 0) failed.push(f);
}
if (compare) console.log(failed.length ? `\nMISSED in: ${failed.join(", ")}` : "\nEvery ratio met its target.");
process.exit(failed.length ? 1 : 0);
