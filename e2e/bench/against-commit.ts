/**
 * This build against an older one, interleaved in one process (issue 9: "npm run bench is no
 * worse"). Not part of `npm run bench`: it needs a second checkout, built.
 *
 *   git worktree add --detach /tmp/base <commit> && cp -al node_modules /tmp/base/ \
 *     && (cd /tmp/base && npx next build)
 *   BASELINE_DIR=/tmp/base npx tsx e2e/bench/against-commit.ts
 *
 * Both apps run `next start` beside one stand-in upstream; each round measures both, in
 * alternating order, on the client paths a user feels: the 5,000-conversation sidebar and its
 * worst search keystroke, opening a stored 500-message conversation, and streaming a
 * 20,000-token markdown answer (main-thread time, longest task, last token to final render).
 * Printed as now / base per round (median, min–max), plus first-load JS of each.
 * BENCH_PARTS=history,long (any of history, long, stream) measures only those; BENCH_WARMUP=n loads
 * the full list, and opens the long conversation, n times per context before measuring them;
 * BENCH_CONTEXTS=n spreads each side over n browser contexts (default 3). NOW_DIR=<built checkout>
 * measures that checkout as "now" instead of this one (bisecting history: docs/decisions/startup-reads.md, round 12).
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { rotate, summarise } from "./compare";
import { firstLoadJs } from "./first-load";
import { startBaseAndNow } from "./harness";

type Side = "base" | "now";
const KEY = "bench-key";
const LONGTASKS = `window.__name = (f) => f; window.__longtasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true }); } catch {}`;

/** BENCH_BLOCK_SW=base|now: that side's contexts run without service workers (what the worker costs). */
async function page(browser: Browser, url: string, side?: Side): Promise<Page> {
  const serviceWorkers = side && process.env.BENCH_BLOCK_SW === side ? "block" : "allow";
  const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers })).newPage();
  await p.addInitScript(LONGTASKS);
  await p.goto(url);
  await p.getByTestId("composer").filter({ visible: true }).waitFor();
  return p;
}

/**
 * BENCH_CONTEXTS=n (default 3) browser contexts per side, used in turn: one context's starts can
 * run slower than another's throughout (same build, same settings: 210–258 against 136–158 ms of
 * CPU, startup-reads.md round 11), and a side measured in one context carried that into every round.
 */
async function contextsOf(browser: Browser, url: string, side: Side): Promise<Page[]> {
  const n = Math.max(1, Number(process.env.BENCH_CONTEXTS ?? 3));
  const pages: Page[] = [];
  for (let i = 0; i < n; i++) {
    const p = await page(browser, url, side);
    // The app creates its database after hydration: seed once it exists.
    await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
    pages.push(p);
  }
  return pages;
}

/** The next of a side's contexts, in turn. */
function next(pages: Page[]): Page {
  const p = pages.shift()!;
  pages.push(p);
  return p;
}

/** Main-thread CPU (thread time, which load on other cores hardly changes) spent while `run` runs. */
async function withCpu<T>(p: Page, run: () => Promise<T>): Promise<{ value: T; cpu: number }> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const before = await taskSeconds(cdp);
  const value = await run();
  const cpu = ((await taskSeconds(cdp)) - before) * 1000;
  await cdp.detach();
  return { value, cpu };
}

/** Reloads and returns milliseconds from navigation start until the 5,000-row list is rendered. */
async function fullList(p: Page): Promise<number> {
  await p.reload();
  const at = await p.waitForFunction(
    () => (document.querySelector('[data-testid="conversation-list"]')?.getAttribute("data-count") === "5000" ? performance.now() : 0),
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await at.jsonValue()) as number;
}

async function worstKeystroke(p: Page): Promise<number> {
  await p.waitForTimeout(1500); // the search index warms up after the list, as while the user reaches for the box
  return p.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="history-search"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    let worst = 0;
    for (const prefix of ["", ...Array.from(query, (_, i) => query.slice(0, i + 1))]) {
      const t0 = performance.now();
      setValue.call(input, prefix);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      if (!prefix) continue;
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector(`[data-testid="search-results"][data-query="${prefix}"]`) ? resolve() : requestAnimationFrame(check));
        check();
      });
      worst = Math.max(worst, performance.now() - t0);
    }
    return worst;
  }, "conversation 4321");
}

/** Navigation to a usable composer with the last of 500 stored messages on screen. */
async function openLong(p: Page, url: string): Promise<number> {
  await p.goto(`${url}/c/bench-long`);
  const at = await p.waitForFunction(
    () => {
      const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
      const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      return composer && !composer.disabled && last?.textContent?.includes("Answer 499") ? performance.now() : 0;
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await at.jsonValue()) as number;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")!.value;
}

/** Streams the long markdown answer; main-thread ms from send to the final highlighted render. */
async function stream(p: Page, url: string, cdp: CDPSession) {
  await p.goto(`${url}/`);
  await p.waitForSelector("form[data-hydrated]");
  await p.evaluate(() => {
    const w = window as unknown as { __t: Record<string, number> };
    w.__t = {};
    const list = document.querySelector('[data-testid="message-list"]')!;
    new MutationObserver(() => {
      const m = [...list.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      if (!m) return;
      if (!w.__t.first && m.textContent) w.__t.first = performance.now();
      if (!w.__t.done && m.getAttribute("data-status") !== "streaming") w.__t.done = performance.now();
      const codes = [...m.querySelectorAll('[data-testid="code-block"]:not([data-language="text"]) code')];
      if (w.__t.done && !w.__t.highlighted && codes.every((c) => c.getAttribute("data-highlighted") === "true")) w.__t.highlighted = performance.now();
    }).observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const before = await taskSeconds(cdp);
  await p.fill('[data-testid="composer"]', "[[scenario:long-markdown]] long");
  await p.press('[data-testid="composer"]', "Enter");
  await p.waitForFunction(() => !!(window as unknown as { __t: Record<string, number> }).__t.highlighted && document.body.textContent!.includes("long markdown end"), undefined, { timeout: 180_000 });
  const busy = ((await taskSeconds(cdp)) - before) * 1000;
  const t = await p.evaluate(() => (window as unknown as { __t: Record<string, number> }).__t);
  const longest = await p.evaluate((from) => Math.max(0, ...(window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter((l) => l.start > from).map((l) => l.duration)), t.first + 1000);
  return { busy, longest, toFinal: t.highlighted - t.done };
}

function line(name: string, base: number[], now: number[], unit = "ms") {
  const ratio = summarise(now.map((v, i) => v / base[i]));
  const b = summarise(base);
  const n = summarise(now);
  const f = (v: number) => v.toFixed(0);
  console.log(`${name.padEnd(52)} base ${f(b.median)} ${unit} (${f(b.min)}–${f(b.max)})  now ${f(n.median)} ${unit} (${f(n.min)}–${f(n.max)})  now/base ${ratio.median.toFixed(2)}x (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`);
}

async function main() {
  const { baseDir, apps, browser, stop } = await startBaseAndNow(KEY);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const parts = new Set((process.env.BENCH_PARTS ?? "history,long,stream").split(","));
  try {
    const sides: Side[] = ["base", "now"];
    const js = Object.fromEntries(await Promise.all(sides.map(async (s) => [s, await firstLoadJs(apps[s].url)] as const)));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`\nThis build (now) against ${baseDir} (base), interleaved, ${rounds} rounds (Chromium, production builds)`);
    console.log(`first-load JS, chat page (module browsers / with nomodule): base ${kb(js.base.gz)} / ${kb(js.base.gzWithNomodule)}, now ${kb(js.now.gz)} / ${kb(js.now.gzWithNomodule)}`);

    const col = <T>(rs: Array<Record<Side, T>>, s: Side, f: (v: T) => number) => rs.map((r) => f(r[s]));
    if (parts.has("history")) {
      // Each side gets its own browser contexts (own IndexedDB), each seeded once.
      const pages = Object.fromEntries(await Promise.all(sides.map(async (s) => [s, await contextsOf(browser, apps[s].url, s)] as const))) as Record<Side, Page[]>;
      const now = Date.now();
      for (const s of sides) {
        for (const p of pages[s]) await seedConversations(p, Array.from({ length: 5000 }, (_, i) => ({ id: `bench-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: now - i * 90_000 })));
      }
      // BENCH_WARMUP=n: n unmeasured starts per context first (see the long conversation's below).
      for (let i = 0; i < Number(process.env.BENCH_WARMUP ?? 0); i++) for (const s of sides) for (const p of pages[s]) await fullList(p);
      const history = await rotate(rounds, Object.fromEntries(sides.map((s) => [s, async () => {
        const p = next(pages[s]);
        const { value: list, cpu } = await withCpu(p, () => fullList(p));
        return { list, cpu, key: await worstKeystroke(p) };
      }])) as Record<Side, () => Promise<{ list: number; cpu: number; key: number }>>);
      for (const s of sides) for (const p of pages[s]) await p.context().close();
      line("5,000 conversations: navigation to full list", col(history, "base", (v) => v.list), col(history, "now", (v) => v.list));
      line("5,000 conversations: main-thread CPU to full list", col(history, "base", (v) => v.cpu), col(history, "now", (v) => v.cpu));
      line("5,000 conversations: worst search keystroke", col(history, "base", (v) => v.key), col(history, "now", (v) => v.key));
    }

    if (parts.has("long")) {
      const long = Object.fromEntries(await Promise.all(sides.map(async (s) => [s, await contextsOf(browser, apps[s].url, s)] as const))) as Record<Side, Page[]>;
      for (const s of sides) for (const p of long[s]) await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
      // BENCH_WARMUP=n: n unmeasured opens per context first. Scripts first loaded before the
      // service worker answered for them get V8's code cache a load or two later than the base's
      // (which has no worker): the first rounds then measure compiling, which a returning user
      // does not pay (docs/decisions/startup-reads.md, rounds 5 and 6).
      for (let i = 0; i < Number(process.env.BENCH_WARMUP ?? 0); i++) for (const s of sides) for (const p of long[s]) await openLong(p, apps[s].url);
      const open = await rotate(rounds, Object.fromEntries(sides.map((s) => [s, () => {
        const p = next(long[s]);
        return withCpu(p, () => openLong(p, apps[s].url));
      }])) as Record<Side, () => Promise<{ value: number; cpu: number }>>);
      for (const s of sides) for (const p of long[s]) await p.context().close();
      line("500-message conversation: navigation to usable", col(open, "base", (v) => v.value), col(open, "now", (v) => v.value));
      line("500-message conversation: main-thread CPU to usable", col(open, "base", (v) => v.cpu), col(open, "now", (v) => v.cpu));
    }

    if (parts.has("stream")) {
      const streamPages = Object.fromEntries(await Promise.all(sides.map(async (s) => [s, await page(browser, apps[s].url, s)] as const))) as Record<Side, Page>;
      const cdps = Object.fromEntries(await Promise.all(sides.map(async (s) => {
        const cdp = await streamPages[s].context().newCDPSession(streamPages[s]);
        await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
        return [s, cdp] as const;
      }))) as Record<Side, CDPSession>;
      const streams = await rotate(rounds, Object.fromEntries(sides.map((s) => [s, () => stream(streamPages[s], apps[s].url, cdps[s])])) as Record<Side, () => Promise<{ busy: number; longest: number; toFinal: number }>>);
      line("20,000-token answer: main-thread time, send to final", col(streams, "base", (v) => v.busy), col(streams, "now", (v) => v.busy));
      line("20,000-token answer: last token to final render", col(streams, "base", (v) => v.toFinal), col(streams, "now", (v) => v.toFinal));
      const longest = (s: Side) => summarise(col(streams, s, (v) => v.longest));
      const lb = longest("base");
      const ln = longest("now");
      console.log(`${"20,000-token answer: longest task after 1 s".padEnd(52)} base ${lb.median.toFixed(0)} ms (${lb.min.toFixed(0)}–${lb.max.toFixed(0)})  now ${ln.median.toFixed(0)} ms (${ln.min.toFixed(0)}–${ln.max.toFixed(0)})  (0 = none over 50 ms)`);
    }
  } finally {
    await stop();
  }
}

await main();
