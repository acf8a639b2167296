/**
 * Diagnostic (issue 9): the long tasks (> 50 ms, PerformanceObserver) of each open of a stored
 * 500-message conversation, as persistence.bench.ts takes them (fresh context, 5 opens), for
 * several builds interleaved context by context. Not a bench: it prints every open's tasks.
 *
 *   LT_DIR=/tmp/base,/work/main,/work/main#nosw LT_CONTEXTS=6 npx tsx e2e/bench/open-longtasks.ts
 */
import { FULL_CHROMIUM } from "../support/browser-paths.mjs";
import { chromium } from "playwright-core";
import { seedConversations } from "../support/idb";
import { startApp, startStandIn } from "./harness";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const LONGTASKS = `window.__name = (f) => f; window.__longtasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true }); } catch {}`;
const USABLE = () => {
  const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
  const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
  return composer && !composer.disabled && last?.textContent?.includes("Answer 499") ? performance.now() : 0;
};
const KEY = "bench-key";

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown> } }

function printLongTasks(events: TraceEvent[]) {
  const tasks = events.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 40_000);
  for (const task of tasks) {
    const inside = events.filter((e) => e.ph === "X" && e.pid === task.pid && e.tid === task.tid && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
    const kinds = new Map<string, number>();
    for (const e of inside) {
      const url = String(e.args?.data?.url ?? "").split("/").pop();
      const key = `${e.name}${url ? `[${url}]` : ""}`;
      kinds.set(key, (kinds.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("; ");
    console.log(`    task ${(task.dur! / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms thread: ${top}`);
  }
}

async function main() {
  // A directory may end in "#nosw": that side's contexts block service workers.
  const dirs = (process.env.LT_DIR ?? process.cwd()).split(",");
  const contexts = Number(process.env.LT_CONTEXTS ?? 4);
  const upstream = await startStandIn({ key: KEY, tokensPerSecond: 1000 });
  const env = { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" };
  const apps = await Promise.all(dirs.map((d) => startApp(0, env, [], d.replace(/#nosw$/, ""))));
  const browser = await chromium.launch({ executablePath: FULL_CHROMIUM, args: ARGS });
  const worst: number[][][] = dirs.map(() => [[], [], [], [], []]);
  try {
    for (let c = 0; c < contexts; c++) {
      for (let k = 0; k < dirs.length; k++) {
        const d = (k + c) % dirs.length;
        const url = apps[d].url;
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: dirs[d].endsWith("#nosw") ? "block" : "allow" });
        const page = await context.newPage();
        await page.addInitScript(LONGTASKS);
        await page.goto(url);
        await page.getByTestId("composer").filter({ visible: true }).waitFor();
        await page.waitForFunction(async () => (await indexedDB.databases()).some((x) => x.name === "glm-chat"));
        // LT_WAIT_SW=1: the first open starts after the service worker has installed and taken the page.
        if (process.env.LT_WAIT_SW && !dirs[d].endsWith("#nosw")) await page.waitForFunction(() => !("serviceWorker" in navigator) || navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 }).catch(() => undefined);
        await seedConversations(page, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
        const line: string[] = [];
        for (let i = 0; i < 5; i++) {
          // LT_TRACE=1: trace the first open and print what its tasks over 40 ms did.
          const tracing = process.env.LT_TRACE && i === 0;
          if (tracing) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "disabled-by-default-v8.compile", "blink", "loading"] });
          await page.goto(`${url}/c/bench-long`);
          const usable = (await (await page.waitForFunction(USABLE, undefined, { polling: "raf", timeout: 30_000 })).jsonValue()) as number;
          // The bench's own settling time after usable, so the same tasks are counted.
          await page.waitForTimeout(1000);
          if (tracing) printLongTasks(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
          const tasks = (await page.evaluate(() => (window as unknown as { __longtasks: unknown }).__longtasks)) as [number, number][];
          worst[d][i].push(Math.max(0, ...tasks.map((t) => t[1])));
          line.push(`open ${i + 1} usable ${usable.toFixed(0)} ms: ${tasks.map(([s, dur]) => `${dur}@${s}`).join(" ") || "none"}`);
        }
        console.log(`${dirs[d]} context ${c}\n  ${line.join("\n  ")}`);
        await context.close();
      }
    }
    for (let d = 0; d < dirs.length; d++) console.log(`${dirs[d]} longest per open index (median over contexts): ${worst[d].map((v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]).join(" / ")}; worst of 5 per context: ${worst[0][0].map((_, c) => Math.max(...worst[d].map((v) => v[c]))).join(", ")}`);
  } finally {
    await browser.close();
    for (const a of apps) await a.stop();
    await upstream.stop();
  }
}
void main().catch((e) => { console.error(e); process.exit(1); });
