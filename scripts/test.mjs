// `npm test`: every test. Unit tests (Vitest) beside the production build, then e2e (Playwright
// driving Debian's Chromium against `next start` and the local stand-in upstream) with the
// cluster test (playwright.cluster.config.ts) beside it. Prints one `N passed, N failed` summary line.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { FULL_CHROMIUM, HEADLESS_SHELL } from "../e2e/support/browser-paths.mjs";
import { prepareStandalone } from "./standalone.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// The cluster test and bench run the standalone server (.next/standalone/server.js).
process.env.BUILD_STANDALONE = "1";

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
// Each stage's wall time, printed with the summary (CI's limit for the whole run is 30 minutes).
const stages = [];
/**
 * Runs a stage without blocking. With `held` the output is kept back and printed when `held` resolves
 * (and the child has ended), so two logs never interleave.
 */
const runAsync = (cmd, args, stage, held) => new Promise((resolve) => {
  const start = Date.now();
  const child = spawn(cmd, args, { stdio: held ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
  const out = [];
  if (held) for (const s of [child.stdout, child.stderr]) s.on("data", (d) => out.push(d));
  child.on("close", async (code) => {
    stages.push(`${stage} ${Math.round((Date.now() - start) / 1000)} s`);
    if (held) {
      await held;
      process.stdout.write(Buffer.concat(out));
    }
    resolve(code ?? 1);
  });
});
mkdirSync("test-results", { recursive: true });
// Outside test-results/: the e2e run, which starts at the same time, empties that folder first.
const CLUSTER_REPORT = "test-results-cluster/cluster.json";

let passed = 0;
let failed = 0;
// Each failed test, named again above the summary: CI keeps only the end of a long log.
const failures = [];

// The share store has two backends and both are tested: start a throwaway PostgreSQL cluster
// when the machine has PostgreSQL (CI installs it) and no TEST_DATABASE_URL was given.
let pgDir;
const hasPostgres = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").length > 0;
if (!process.env.TEST_DATABASE_URL && hasPostgres) {
  pgDir = mkdtempSync("/tmp/glm-pg.");
  const url = execFileSync("bash", ["scripts/ci-postgres.sh"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, CI_PG_DIR: pgDir } }).trim();
  process.env.TEST_DATABASE_URL = url;
} else if (!process.env.TEST_DATABASE_URL) {
  console.warn("\nNOTE: PostgreSQL is not installed, so the share store runs against SQLite only (apt-get install -y postgresql).\n");
}
// The limit store has two backends too: a throwaway Redis when redis-server is installed (CI installs it).
let redisDir;
const hasRedis = spawnSync("sh", ["-c", "command -v redis-server"], { stdio: "ignore" }).status === 0;
if (!process.env.TEST_REDIS_URL && hasRedis) {
  redisDir = mkdtempSync("/tmp/glm-redis.");
  const url = execFileSync("bash", ["scripts/ci-redis.sh"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, CI_REDIS_DIR: redisDir } }).trim();
  process.env.TEST_REDIS_URL = url;
} else if (!process.env.TEST_REDIS_URL) {
  console.warn("\nNOTE: redis-server is not installed, so limits are tested in memory only (apt-get install -y redis-server).\n");
}
process.on("exit", () => {
  if (pgDir) spawnSync("bash", ["scripts/ci-postgres.sh", "stop", pgDir], { stdio: "ignore" });
  if (redisDir) spawnSync("bash", ["scripts/ci-redis.sh", "stop", redisDir], { stdio: "ignore" });
});

if (!process.env.CHROMIUM_PATH && !existsSync(FULL_CHROMIUM)) {
  console.error(`Chromium not found at ${FULL_CHROMIUM}: install it with \`apt-get install -y chromium\` (see .ci/run).`);
  process.exit(1);
}
if (!process.env.CHROMIUM_PATH && !existsSync(HEADLESS_SHELL)) {
  console.warn("\nNOTE: chromium-headless-shell is not installed, so e2e runs in the full browser, about twice the CPU (apt-get install -y chromium-headless-shell).\n");
}

// The unit tests and the production build run side by side: neither keeps both cores busy the
// whole time (the build has long single-threaded stretches), so together they take less wall time.
// The build's output is printed when it ends, so the two logs do not interleave.
const [unitStatus, buildStatus] = await Promise.all([
  runAsync(bin("vitest"), ["run", "--maxWorkers=100%", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"], "unit"),
  runAsync(bin("next"), ["build"], "build", Promise.resolve()),
]);
if (existsSync("test-results/unit.json")) {
  const unit = JSON.parse(readFileSync("test-results/unit.json", "utf8"));
  passed += unit.numPassedTests;
  // A file that fails to load has no failed tests of its own: count it once.
  failed += unit.numFailedTests || (unitStatus !== 0 ? 1 : 0);
  for (const file of unit.testResults) {
    const where = file.name.replace(`${process.cwd()}/`, "");
    const tests = file.assertionResults.filter((t) => t.status === "failed");
    for (const t of tests) failures.push(`unit ${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (!tests.length && file.status === "failed") failures.push(`unit ${where}: ${firstLine(file.message)}`);
  }
} else if (unitStatus !== 0) failed++;

if (buildStatus !== 0) {
  console.log(`\n${passed} passed, ${failed + 1} failed (next build failed)`);
  process.exit(1);
}
prepareStandalone();

// The cluster test: two standalone instances behind nginx sharing PostgreSQL and Redis. CI must
// run it (a missing package fails the run); a workstation without the packages gets a note.
// It runs beside the e2e suite: it spends most of its time waiting (instances starting and
// draining, a grace period), ~15 CPU-s in ~25 s alone, on its own ports, services and output
// folder. Its log is printed after the e2e log.
let clusterRun = Promise.resolve(0);
let clusterRuns = false;
const missing = clusterPackagesMissing();
if (missing.length && process.env.CI) {
  console.error(`\nThe cluster test cannot run: install ${missing.join(", ")} (apt-get install -y ${missing.join(" ")}; .ci/run does).`);
  failed++;
  clusterRun = Promise.resolve(1);
} else if (missing.length) {
  console.warn(`\nNOTE: the cluster test did not run: it needs ${missing.join(", ")} (apt-get install -y ${missing.join(" ")}).\n`);
} else if (process.argv.slice(2).length) {
  console.log("\n(the cluster test runs only in a full `npm test`: arguments select e2e specs)");
} else {
  clusterRuns = true;
  rmSync(CLUSTER_REPORT, { force: true });
}
let e2eDone;
const e2eEnded = new Promise((resolve) => (e2eDone = resolve));
if (clusterRuns) clusterRun = runAsync(bin("playwright"), ["test", "-c", "playwright.cluster.config.ts"], "cluster", e2eEnded);
const e2eStatus = await runAsync(bin("playwright"), ["test", ...process.argv.slice(2)], "e2e");
e2eDone();
countPlaywright("e2e", "test-results/e2e.json", e2eStatus, true);
const clusterStatus = await clusterRun;
countPlaywright("cluster", CLUSTER_REPORT, clusterStatus, clusterRuns);

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join("\n")}`);
console.log(`\n(${stages.join(", ")})`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unitStatus !== 0 || e2eStatus !== 0 || clusterStatus !== 0 ? 1 : 0);

/**
 * Adds a Playwright run's report to the totals. A run that failed with no failed test (its servers
 * never came up, a global setup threw) counts as one failure, so the summary cannot read "0 failed".
 */
function countPlaywright(name, report, status, ran) {
  if (!ran) return;
  if (!existsSync(report)) {
    if (status !== 0) failed++;
    return;
  }
  const { stats, errors = [], suites = [] } = JSON.parse(readFileSync(report, "utf8"));
  collectPlaywrightFailures(name, suites);
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (status !== 0 && stats.unexpected === 0) {
    failed++;
    console.log(`(${name}: the run failed outside any test: ${errors.map((e) => e.message?.split("\n")[0]).join("; ") || `exit ${status}`})`);
  }
  if (stats.skipped) console.log(`(${stats.skipped} ${name} tests did not run)`);
}

function collectPlaywrightFailures(name, suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected") continue;
        const error = test.results?.findLast((r) => r.error)?.error;
        failures.push(`${name} [${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error?.message)}`);
      }
    }
    collectPlaywrightFailures(name, suite.suites ?? []);
  }
}

// Terminal colour codes are dropped: the line is read in a plain log.
function firstLine(message) {
  return (message ?? "").replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "").split("\n").find((l) => l.trim())?.trim().slice(0, 300) ?? "";
}

function clusterPackagesMissing() {
  const onPath = (name) => spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
  return [
    hasPostgres ? null : "postgresql",
    onPath("redis-server") ? null : "redis-server",
    onPath("nginx") || existsSync("/usr/sbin/nginx") ? null : "nginx",
  ].filter(Boolean);
}
