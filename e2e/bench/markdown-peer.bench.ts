/**
 * Markdown peer (issue 14): the app's markdown renderer (components/markdown) against streamdown
 * (with @streamdown/code and @streamdown/math) and a naive react-markdown + shiki re-render, on the
 * same ~80,000-character answer (prose, tables, 45 code blocks in 12 languages, math) streamed in
 * 20- and 400-character updates. The figure is main-thread time (Chrome's TaskDuration: script,
 * style, layout, paint of the page's thread) for the whole stream plus its final render, as
 * app / streamdown per round, interleaved. No app server: esbuild bundles
 * e2e/bench/peers/markdown-harness.tsx (and the app's highlight worker) into a blank local page.
 * Neither side gets the app's or Tailwind's CSS; both get KaTeX's stylesheet.
 * Long tasks after the first second are reported twice: as PerformanceObserver "longtask" sees
 * them (wall time, which a loaded machine inflates while the thread waits for a core) and by the
 * thread time of the longest top-level task in a trace of the same run. To see what a long task
 * was made of: e2e/bench/markdown-profile.ts.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { reportCheck, reportRatio, rotate, summarise } from "./compare";
import { launchChromium } from "./harness";
import type { Kind, RunResult } from "./peers/markdown-harness";
import { answerChars, openPeerPage, runPeer as run } from "./peers/markdown-page";
import { GC_CATEGORY, longestTasks, mainThreadTasks, startTrace, stopTrace } from "./peers/main-thread-trace";

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")!.value;
}

interface Measured extends RunResult {
  ms: number;
  /** The longest task after the first second by the thread (CPU) time it used, from a trace. */
  longestThreadMs: number;
  /** How much of that task was garbage collection. */
  longestGcMs: number;
}

async function measure(browser: Browser, cdp: CDPSession, page: Page, kind: Kind, step: number, pace: number): Promise<Measured> {
  // Every contender starts on a collected heap: garbage left by the one before (and by the warm-up)
  // is not collected, at a cost of up to ~90 ms in one task, inside the next contender's window.
  await cdp.send("HeapProfiler.collectGarbage");
  // Top-level tasks and GC phases only (cheap, and the same for every contender) to tell slow
  // tasks from starved ones, and collection from the renderer's own work.
  await startTrace(browser, page, [GC_CATEGORY]);
  const before = await taskSeconds(cdp);
  const r = await run(page, kind, step, pace);
  const ms = ((await taskSeconds(cdp)) - before) * 1000;
  const { tasks } = mainThreadTasks(await stopTrace(browser), { "mdpeer-start": r.started, "mdpeer-end": r.endMark });
  const longest = longestTasks(tasks, r.started + 1000, r.finished + 1);
  return { ...r, ms, longestThreadMs: longest.threadMs, longestGcMs: longest.gcMsOfLongest };
}

const fmt = (values: number[], unit = " ms") => {
  const s = summarise(values);
  return `${s.median.toFixed(0)}${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
};

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const browser = await launchChromium();
  try {
    const page = await openPeerPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });

    // Warm up every contender (grammars, KaTeX, JIT) on the whole answer in a few big updates.
    for (const kind of ["app", "streamdown", "naive"] as const) await run(page, kind, 8000, 0);

    // Both sizes stream ~5,000 characters a second (about 1,250 tokens/s) when the renderer keeps up.
    const sizes = [
      { step: 20, pace: 4 },
      { step: 400, pace: 80 },
    ];
    const results: Record<number, Array<Record<"app" | "streamdown", Measured>>> = {};
    for (const { step, pace } of sizes) {
      results[step] = await rotate(rounds, {
        app: () => measure(browser, cdp, page, "app", step, pace),
        streamdown: () => measure(browser, cdp, page, "streamdown", step, pace),
      });
    }
    // The naive renderer is information only, and slow: one run, 400-character updates.
    const naive = await measure(browser, cdp, page, "naive", 400, 80);

    const chars = await answerChars(page);
    console.log(`\nMarkdown peer: a ${chars.toLocaleString("en")}-character answer, 45 code blocks in 12 languages, ${rounds} interleaved rounds`);
    for (const { step } of sizes) {
      const r = results[step];
      reportRatio(`main-thread time, app / streamdown, ${step}-char updates`, r.map((x) => x.app.ms / x.streamdown.ms), 0.8);
    }
    for (const { step } of sizes) {
      const r = results[step];
      const app = r.map((x) => x.app);
      const sd = r.map((x) => x.streamdown);
      console.log(`      ${step}-char updates: main thread app ${fmt(app.map((x) => x.ms))}, streamdown ${fmt(sd.map((x) => x.ms))}; updates ${app[0].updates}`);
      console.log(`        longest task after 1 s (PerformanceObserver, wall time): app ${fmt(app.map((x) => x.longestAfterFirstSecond))}, streamdown ${fmt(sd.map((x) => x.longestAfterFirstSecond))}`);
      console.log(`        longest task after 1 s by thread time (trace; load does not inflate it): app ${fmt(app.map((x) => x.longestThreadMs))}, streamdown ${fmt(sd.map((x) => x.longestThreadMs))}`);
      console.log(`          of which garbage collection: app ${fmt(app.map((x) => x.longestGcMs))}, streamdown ${fmt(sd.map((x) => x.longestGcMs))}`);
      console.log(`        last token to final render: app ${fmt(app.map((x) => x.lastTokenToFinal))}, streamdown ${fmt(sd.map((x) => x.lastTokenToFinal))}`);
      console.log(`        final DOM: app ${app[0].codeBlocks} code blocks / ${app[0].katex} formulas / ${app[0].elements} elements / ${app[0].colouredTokens} coloured code tokens, streamdown ${sd[0].codeBlocks} / ${sd[0].katex} / ${sd[0].elements} / ${sd[0].colouredTokens}`);
      const longest = Math.max(...app.map((x) => x.longestAfterFirstSecond));
      reportCheck(`app: no task over 50 ms after the first second (wall), ${step}-char`, `${longest.toFixed(0)} ms`, "≤ 50 ms", longest <= 50);
      const longestCpu = Math.max(...app.map((x) => x.longestThreadMs));
      reportCheck(`app: no task over 50 ms of thread time after the first second, ${step}-char`, `${longestCpu.toFixed(0)} ms`, "≤ 50 ms", longestCpu <= 50);
      const final = summarise(app.map((x) => x.lastTokenToFinal)).median;
      reportCheck(`app: last token to final render (median), ${step}-char`, `${final.toFixed(0)} ms`, "≤ 50 ms", final <= 50);
    }
    const sd400 = summarise(results[400].map((x) => x.streamdown.ms)).median;
    console.log(`INFO  naive react-markdown + shiki, 400-char updates: main thread ${naive.ms.toFixed(0)} ms (${(naive.ms / sd400).toFixed(1)}x streamdown's median), longest task ${naive.longestAfterFirstSecond.toFixed(0)} ms (thread ${naive.longestThreadMs.toFixed(0)} ms), last token to final ${naive.lastTokenToFinal.toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
}

await main();
