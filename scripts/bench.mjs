// `npm run bench`: builds if needed, then runs every benchmark in e2e/bench and prints figures
// with their targets. Performance lives here, not in timed unit tests.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
// Benchmarks run on a bench build: the same app plus in-page measuring hooks (NEXT_PUBLIC_BENCH=1,
// see e2e/bench/page-hooks.ts). A marker tells a bench build from a normal one (e2e uses those).
const MARKER = ".next/BENCH_BUILD";
if (!existsSync(".next/BUILD_ID") || !existsSync(MARKER) || process.env.BENCH_REBUILD !== "0") {
  const build = spawnSync(bin("next"), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_PUBLIC_BENCH: "1" } });
  if (build.status !== 0) process.exit(1);
  writeFileSync(MARKER, "built with NEXT_PUBLIC_BENCH=1\n");
}
const only = process.argv[2];
const files = readdirSync("e2e/bench").filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only))).sort();
let status = 0;
for (const f of files) {
  const r = spawnSync(bin("tsx"), [`e2e/bench/${f}`], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exit(status);
