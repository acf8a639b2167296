// `npm start`: builds the production bundle when it is missing or older than the sources, then
// serves it. One command on a fresh clone; a quick start when nothing changed.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { prepareStart } from "./startup-check.mjs";
import { watchParent } from "./watch-parent.mjs";

// Taken before the build, which can take minutes: a parent lost meanwhile is noticed after it.
const parentPid = process.ppid;
process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = new URL("..", import.meta.url).pathname;
const buildId = join(root, ".next", "BUILD_ID");
const next = join(root, "node_modules", ".bin", "next");

// Before the build and before Next prints "Ready": a refused configuration is the last word.
const { args, report } = await prepareStart(root, process.argv.slice(2));
if (report.error) {
  console.error(`\n${report.error}\n`);
  process.exit(1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ["app", "components", "lib", "public"].map((d) => join(root, d)).filter(existsSync);
const files = ["next.config.mjs", "package.json", "instrumentation.ts"].map((f) => join(root, f)).filter(existsSync);
const stale =
  !existsSync(buildId) ||
  Math.max(...sources.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs)) > statSync(buildId).mtimeMs;

if (stale) {
  console.log("Building GLM Chat for production (first start or sources changed)…");
  const build = spawnSync(next, ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// After the build's output, where the operator will read it.
if (report.warning) console.warn(report.warning);
const server = spawn(next, args, { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
// npm gone (killed by its PID): drain and exit as on SIGTERM rather than hold the port orphaned.
watchParent(() => server.kill("SIGTERM"), { parentPid });
server.on("exit", (code) => process.exit(code ?? 0));
