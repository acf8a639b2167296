/**
 * Where a page start's main-thread time goes, this build against an older one (issue 9). Not a
 * pass/fail bench: a diagnostic. Each round opens `/c/bench-long` (500 stored messages) on both
 * sides with a Chromium trace running, and sums the renderer main thread's thread time (so load
 * on the machine inflates it far less than wall time) by kind of work, and JS self time by script.
 *
 *   BASELINE_DIR=/tmp/base npx tsx e2e/bench/start-profile.ts
 *
 * PROFILE_PATH=/ (or any path) profiles another page; PROFILE_ROUNDS sets the rounds (default 3);
 * PROFILE_LIST=5000 seeds that many more conversations and waits for the whole list.
 * PROFILE_ALL=1 adds every trace event by name, at any depth (`all …`); PROFILE_CATS=a,b adds trace
 * categories (e.g. `disabled-by-default-devtools.timeline.stack`: the JS stack behind each forced
 * style or layout, in a PROFILE_DUMP).
 * PROFILE_BLOCK_SW=base|now runs that side without service workers.
 * PROFILE_CPU=1 samples the CPU instead of tracing: JS self time by script and function, and, when
 * both checkouts are `BROWSER_SOURCEMAPS=1` builds, by source module (`mod …`, npm packages as one).
 */
import type { Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { chunkSymbols } from "./chunk-symbols";
import { startBaseAndNow } from "./harness";
import { openChat, startReady } from "./page-start";

type Side = "base" | "now";
const KEY = "bench-key";
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; cat: string; args?: { data?: { url?: string; functionName?: string; frame?: string } } }

let dumps = 0;
/** PROFILE_DUMP=<prefix>: each start's trace or profile is kept as <prefix>-<port>-<n>. */
const dumpName = (url: string) => `${process.env.PROFILE_DUMP}-${url.split(":").at(-1)}-${dumps++}`;

/** One traced navigation; returns thread ms by top-level kind and JS ms by script. */
async function traced(p: Page, url: string, path: string) {
  const browser = p.context().browser()!;
  await browser.startTracing(p, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink", ...(process.env.PROFILE_ALL ? ["disabled-by-default-v8.compile", "ServiceWorker", "loading"] : []), ...(process.env.PROFILE_CATS?.split(",") ?? [])] });
  await p.goto(`${url}${path}`);
  await startReady(p, path);
  const buf = await browser.stopTracing();
  if (process.env.PROFILE_DUMP) (await import("node:fs")).writeFileSync(`${dumpName(url)}.trace.json`, buf);
  const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain" && events.some((n) => n.pid === e.pid && n.name === "ParseHTML"));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  const total = tasks.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  // The first level below each task: what kind of work it was.
  const kinds = new Map<string, number>();
  const sorted = onMain.filter((e) => !tasks.includes(e)).sort((a, b) => a.ts - b.ts);
  let end = 0;
  for (const e of sorted) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    const url = e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\/_next\/static\/chunks\//, "")}` : "";
    const key = e.name === "EvaluateScript" || e.name === "v8.compile" ? `${e.name}${url}` : e.name;
    kinds.set(key, (kinds.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  // PROFILE_ALL=1: every event at any depth by name (inclusive, so nested kinds overlap): where
  // inside script execution the time went (compiling, code-cache reads, module evaluation).
  if (process.env.PROFILE_ALL) for (const e of sorted) kinds.set(`all ${e.name}`, (kinds.get(`all ${e.name}`) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  return { total, kinds };
}

/** One navigation under the CPU profiler; returns JS self ms by script and by function. */
async function profiled(p: Page, url: string, path: string, dir: string) {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await p.goto(`${url}${path}`);
  await startReady(p, path);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  if (process.env.PROFILE_DUMP) (await import("node:fs")).writeFileSync(`${dumpName(url)}.cpuprofile`, JSON.stringify(profile));
  const self = new Map<number, number>();
  profile.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
  const kinds = new Map<string, number>();
  const sym = symbolsOf(dir);
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const f = node.callFrame;
    const file = f.url.replace(/^.*\/_next\/static\/chunks\//, "") || "(native)";
    if (f.functionName === "(idle)" || f.functionName === "(program)") continue;
    const { src } = sym(f.url, f.lineNumber, f.columnNumber, f.functionName);
    const mod = `mod ${src.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? src}`;
    kinds.set(mod, (kinds.get(mod) ?? 0) + ms);
    kinds.set(`file ${file}`, (kinds.get(`file ${file}`) ?? 0) + ms);
    const fn = `fn ${f.functionName || "(anon)"} ${file}:${f.lineNumber}:${f.columnNumber}`;
    kinds.set(fn, (kinds.get(fn) ?? 0) + ms);
  }
  return { total: 0, kinds };
}

const symbols = new Map<string, ReturnType<typeof chunkSymbols>>();
const symbolsOf = (dir: string) => symbols.get(dir) ?? symbols.set(dir, chunkSymbols(() => dir)).get(dir)!;

async function main() {
  const { apps, browser, stop } = await startBaseAndNow(KEY);
  const rounds = Number(process.env.PROFILE_ROUNDS ?? 3);
  // PROFILE_LIST=5000: that many more conversations, and a start lasts until the whole list is shown.
  const more = Number(process.env.PROFILE_LIST ?? 0);
  const list = Array.from({ length: more }, (_, i) => ({ id: `bench-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: Date.now() - i * 90_000 }));
  const path = `${process.env.PROFILE_PATH ?? "/c/bench-long"}${more ? `?list=${more + 1}` : ""}`;
  try {
    const sides: Side[] = ["base", "now"];
    const pages = {} as Record<Side, Page>;
    for (const s of sides) {
      pages[s] = await openChat(browser, apps[s].url, process.env.PROFILE_BLOCK_SW === s ? "block" : "allow");
      await pages[s].waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
      await seedConversations(pages[s], [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }, ...list]);
      // Warm: caches and compiled code as a returning user has them.
      await pages[s].goto(`${apps[s].url}${path}`);
      await startReady(pages[s], path);
    }
    const sums = { base: new Map<string, number[]>(), now: new Map<string, number[]>() };
    const totals = { base: [] as number[], now: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 ? [...sides].reverse() : sides) {
        const { total, kinds } = process.env.PROFILE_CPU
          ? await profiled(pages[s], apps[s].url, path, s === "now" ? (process.env.NOW_DIR ?? process.cwd()) : process.env.BASELINE_DIR!)
          : await traced(pages[s], apps[s].url, path);
        totals[s].push(total);
        for (const [k, v] of kinds) sums[s].set(k, [...(sums[s].get(k) ?? []), v]);
      }
    }
    const med = (v: number[] = []) => (v.length ? [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] : 0);
    console.log(`\n${path}: renderer main-thread time per start, median of ${rounds} (ms): base ${med(totals.base).toFixed(0)}, now ${med(totals.now).toFixed(0)}`);
    const keys = [...new Set([...sums.base.keys(), ...sums.now.keys()])]
      .map((k) => ({ k, b: med(sums.base.get(k)), n: med(sums.now.get(k)) }))
      .filter((x) => x.b > 1 || x.n > 1)
      .sort((a, b) => Math.max(b.b, b.n) - Math.max(a.b, a.n));
    for (const { k, b, n } of keys.slice(0, Number(process.env.PROFILE_LINES ?? 40))) console.log(`${k.slice(0, 70).padEnd(72)} base ${b.toFixed(1).padStart(7)}  now ${n.toFixed(1).padStart(7)}`);
  } finally {
    await stop();
  }
}

await main();
