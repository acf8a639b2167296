// `npm run bench`: builds if needed, then runs every benchmark in e2e/bench and prints figures
// with their targets. Performance lives here, not in timed unit tests.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
if (!existsSync(".next/BUILD_ID") || process.env.BENCH_REBUILD !== "0") {
  const build = spawnSync(bin("next"), ["build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) process.exit(1);
}
const only = process.argv[2];
const files = readdirSync("e2e/bench").filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only))).sort();
let status = 0;
for (const f of files) {
  const r = spawnSync(bin("tsx"), [`e2e/bench/${f}`], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exit(status);
