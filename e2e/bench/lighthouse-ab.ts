/**
 * Lighthouse mobile performance on two (or more) built checkouts, interleaved A B A B, so load on
 * the machine falls on both alike. A diagnostic, not a pass/fail bench (lighthouse.bench.ts is).
 *
 *   LH_RUNS=4 LH_DIRS=/tmp/base-build,$PWD npx tsx e2e/bench/lighthouse-ab.ts
 *
 * Prints per run: score, TBT, LCP, the 1-minute load average, and Lighthouse's simulated long
 * tasks (duration@start, ms).
 */
import { FULL_CHROMIUM } from "../support/browser-paths.mjs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startApp } from "./harness";
async function main() {
  const dirs = process.env.LH_DIRS!.split(",");
  const apps = await Promise.all(dirs.map((d) => startApp(0, { ZAI_API_KEY: "" }, [], d)));
  const chrome = await chromeLauncher.launch({ chromePath: FULL_CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"] });
  try {
    for (const a of apps) await fetch(`${a.url}/`).then((r) => r.text());
    for (let i = 0; i < Number(process.env.LH_RUNS ?? 3); i++) for (let k = 0; k < apps.length; k++) {
      const j = (k + i) % apps.length;
      const r = await lighthouse(`${apps[j].url}/`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      const a = r!.lhr.audits;
      const lt = ((a["long-tasks"]?.details as { items?: { duration: number; startTime: number }[] } | undefined)?.items ?? []);
      const load = (await import("node:os")).loadavg()[0].toFixed(1);
      console.log(`${dirs[j]} perf ${Math.round((r!.lhr.categories.performance.score ?? 0) * 100)} TBT ${a["total-blocking-time"].numericValue?.toFixed(0)} LCP ${a["largest-contentful-paint"].numericValue?.toFixed(0)} load ${load} long(sim): ${lt.map((t) => `${Math.round(t.duration)}@${Math.round(t.startTime)}`).join(" ")}`);
    }
  } finally { await chrome.kill(); for (const a of apps) await a.stop(); }
}
void main().catch((e) => { console.error(e); process.exit(1); });
