/**
 * When does each page script reach V8's code cache, this build against an older one (issue 9)?
 * A diagnostic, not a pass/fail bench. Each side gets a fresh browser context: it opens `/`,
 * stores the 500-message conversation, then opens `/c/bench-long` CODE_CACHE_LOADS times (default
 * 6) with a trace running. Per load it prints, for every script of the app: where the response came
 * from (network, HTTP disk cache, memory cache, service worker and which of its sources) and what V8
 * did with it: `cold` (compiled, no cache made: the first sighting only stamps the resource), `made`
 * (compiled, cache produced), `used` (cache consumed), `rejected`; and the page's main-thread ms for
 * them (thread time).
 *
 *   BASELINE_DIR=/tmp/base npx tsx e2e/bench/code-cache.ts
 *
 * CODE_CACHE_SW=block starts both contexts with service workers blocked.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { startBaseAndNow } from "./harness";

type Side = "base" | "now";
const KEY = "bench-key";
const PATH = "/c/bench-long";

interface TraceEvent { name: string; ph: string; ts: number; pid: number; tid: number; dur?: number; tdur?: number; args?: { data?: Record<string, unknown> } & Record<string, unknown> }

async function ready(p: Page) {
  await p.waitForFunction(
    () => {
      const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
      const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      return !!composer && !composer.disabled && !!last?.textContent?.includes("Answer 499");
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
}

/** Where each script response came from, by URL. */
function watchNetwork(cdp: CDPSession) {
  const from = new Map<string, string>();
  const ids = new Map<string, string>();
  cdp.on("Network.requestWillBeSent", (e) => ids.set(e.requestId, e.request.url));
  cdp.on("Network.requestServedFromCache", (e) => {
    const url = ids.get(e.requestId);
    if (url) from.set(url, "memory");
  });
  cdp.on("Network.responseReceived", (e) => {
    if (e.type !== "Script") return;
    const r = e.response;
    const src = r.fromServiceWorker ? `sw:${r.serviceWorkerResponseSource ?? "?"}` : r.fromDiskCache ? "disk" : from.get(r.url) === "memory" ? "memory" : `net:${r.status}`;
    from.set(r.url, src);
  });
  return from;
}

const short = (url: string) => url.replace(/^.*\/_next\/static\/chunks\//, "").replace(/^https?:\/\/[^/]+/, "");

async function load(p: Page, url: string, n: number) {
  const browser = p.context().browser()!;
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Network.enable");
  const from = watchNetwork(cdp);
  await browser.startTracing(p, { categories: ["v8", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await p.goto(`${url}${PATH}`);
  await ready(p);
  // The cache is produced after execution, in an idle task: let it happen inside the trace.
  await p.waitForTimeout(1500);
  const buf = await browser.stopTracing();
  await cdp.detach();
  if (process.env.PROFILE_DUMP) (await import("node:fs")).writeFileSync(`${process.env.PROFILE_DUMP}-${url.split(":").at(-1)}-${n}.trace.json`, buf);
  const all = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread only: a service worker installing meanwhile compiles in its own thread.
  const main = all.find((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain" && all.some((n) => n.pid === e.pid && n.name === "ParseHTML"));
  const events = all.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const v8 = new Map<string, { what: Set<string>; ms: number }>();
  const note = (u: string, what: string, ms: number) => {
    const cur = v8.get(u) ?? { what: new Set<string>(), ms: 0 };
    cur.what.add(what);
    cur.ms += ms;
    v8.set(u, cur);
  };
  for (const e of events) {
    const data = (e.args?.data ?? {}) as { url?: string; consumedCacheSize?: number; cacheRejected?: boolean; producedCacheSize?: number; streamed?: boolean };
    if (!data.url || !data.url.includes("/_next/")) continue;
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.name === "v8.compile" || e.name === "v8.compileModule") {
      note(data.url, data.cacheRejected ? "rejected" : data.consumedCacheSize ? "used" : "compiled", ms);
    } else if (e.name === "v8.produceCache" || e.name === "v8.produceModuleCache") {
      note(data.url, "made", ms);
    }
  }
  const urls = [...new Set([...from.keys(), ...v8.keys()])].filter((u) => u.includes("/_next/static/")).sort();
  return urls.map((u) => {
    const v = v8.get(u);
    const what = !v ? "-" : v.what.has("used") ? "used" : v.what.has("rejected") ? "rejected" : v.what.has("made") ? "made" : "cold";
    return { url: short(u), from: from.get(u) ?? "?", what, ms: v?.ms ?? 0 };
  });
}

async function side(browser: Browser, url: string, loads: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: process.env.CODE_CACHE_SW === "block" ? "block" : "allow" });
  const p = await context.newPage();
  await p.goto(url);
  await p.getByTestId("composer").filter({ visible: true }).waitFor();
  // The app creates its database after hydration: seed once it exists.
  await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
  await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
  const rows: Awaited<ReturnType<typeof load>>[] = [];
  for (let i = 0; i < loads; i++) rows.push(await load(p, url, i));
  await context.close();
  return rows;
}

async function main() {
  const { apps, browser, stop } = await startBaseAndNow(KEY);
  const loads = Number(process.env.CODE_CACHE_LOADS ?? 6);
  try {
    for (const s of ["base", "now"] as Side[]) {
      const rows = await side(browser, apps[s].url, loads);
      console.log(`\n${s}: ${PATH} load 2..${loads + 1} of the context (load 1 is / before seeding)`);
      const urls = [...new Set(rows.flatMap((r) => r.map((x) => x.url)))];
      for (const u of urls) {
        const cells = rows.map((r) => r.find((x) => x.url === u)).map((x) => (x ? `${x.from}/${x.what}${x.ms >= 1 ? ` ${x.ms.toFixed(0)}` : ""}` : "").padEnd(22));
        console.log(`${u.slice(0, 34).padEnd(35)} ${cells.join(" ")}`);
      }
      const sum = rows.map((r) => r.reduce((a, x) => a + x.ms, 0).toFixed(0));
      console.log(`${"compile + produce ms, main thread".padEnd(35)} ${sum.map((x) => x.padEnd(22)).join(" ")}`);
    }
  } finally {
    await stop();
  }
}

await main();
