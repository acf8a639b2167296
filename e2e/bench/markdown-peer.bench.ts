/**
 * Markdown peer (issue 14): the app's markdown renderer (components/markdown) against streamdown
 * (with @streamdown/code and @streamdown/math) and a naive react-markdown + shiki re-render, on the
 * same ~80,000-character answer (prose, tables, 45 code blocks in 12 languages, math) streamed in
 * 20- and 400-character updates. The figure is main-thread time (Chrome's TaskDuration: script,
 * style, layout, paint of the page's thread) for the whole stream plus its final render, as
 * app / streamdown per round, interleaved. No app server: esbuild bundles
 * e2e/bench/peers/markdown-harness.tsx (and the app's highlight worker) into a blank local page.
 * Neither side gets the app's or Tailwind's CSS; both get KaTeX's stylesheet.
 */
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import type { CDPSession, Page } from "playwright-core";
import { reportCheck, reportRatio, rotate, summarise } from "./compare";
import { launchChromium } from "./harness";
import type { Kind, RunResult } from "./peers/markdown-harness";

const ORIGIN = "http://bench.local";

async function bundle(): Promise<Map<string, string>> {
  const out = await build({
    entryPoints: { harness: "e2e/bench/peers/markdown-harness.tsx", "highlight.worker": "lib/markdown/highlight.worker.ts" },
    bundle: true,
    write: false,
    splitting: true,
    format: "esm",
    outdir: "/bench-out",
    platform: "browser",
    minify: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    // Stylesheets are left out for every contender alike (KaTeX's is linked by the page).
    plugins: [{ name: "no-css", setup: (b) => b.onLoad({ filter: /\.css$/ }, () => ({ contents: "", loader: "js" })) }],
    logLevel: "error",
  });
  return new Map(out.outputFiles.map((f) => [f.path.replace("/bench-out", ""), f.text]));
}

async function serve(page: Page, files: Map<string, string>) {
  const katex = "node_modules/katex/dist";
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") {
      return route.fulfill({ contentType: "text/html", body: `<!doctype html><html><head><link rel="stylesheet" href="/katex.min.css"></head><body style="margin:0;width:760px"><div id="root"></div><script type="module" src="/harness.js"></script></body></html>` });
    }
    // The app's client asks for `./highlight.worker.ts` next to its own module.
    const name = path.endsWith(".worker.ts") ? "/highlight.worker.js" : path;
    if (files.has(name)) return route.fulfill({ contentType: "text/javascript", body: files.get(name)! });
    if (path === "/katex.min.css") return route.fulfill({ contentType: "text/css", body: readFileSync(`${katex}/katex.min.css`) });
    if (path.startsWith("/fonts/")) return route.fulfill({ body: readFileSync(`${katex}${path}`) });
    return route.fulfill({ status: 404, body: "" });
  });
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")!.value;
}

const run = (page: Page, kind: Kind, step: number, pace: number, chars?: number) =>
  page.evaluate(([k, s, p, c]) => (window as unknown as { __mdPeer: { run: (...a: unknown[]) => Promise<RunResult> } }).__mdPeer.run(k, s, p, c ?? undefined), [kind, step, pace, chars ?? null] as const);

interface Measured extends RunResult {
  ms: number;
}

async function measure(cdp: CDPSession, page: Page, kind: Kind, step: number, pace: number): Promise<Measured> {
  const before = await taskSeconds(cdp);
  const r = await run(page, kind, step, pace);
  return { ...r, ms: ((await taskSeconds(cdp)) - before) * 1000 };
}

const fmt = (values: number[], unit = " ms") => {
  const s = summarise(values);
  return `${s.median.toFixed(0)}${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
};

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const files = await bundle();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    await serve(page, files);
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => "__mdPeer" in window);
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
        app: () => measure(cdp, page, "app", step, pace),
        streamdown: () => measure(cdp, page, "streamdown", step, pace),
      });
    }
    // The naive renderer is information only, and slow: one run, 400-character updates.
    const naive = await measure(cdp, page, "naive", 400, 80);

    const chars = await page.evaluate(() => (window as unknown as { __mdPeer: { chars: number } }).__mdPeer.chars);
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
      console.log(`        longest task after 1 s: app ${fmt(app.map((x) => x.longestAfterFirstSecond))}, streamdown ${fmt(sd.map((x) => x.longestAfterFirstSecond))}`);
      console.log(`        last token to final render: app ${fmt(app.map((x) => x.lastTokenToFinal))}, streamdown ${fmt(sd.map((x) => x.lastTokenToFinal))}`);
      console.log(`        final DOM: app ${app[0].codeBlocks} code blocks / ${app[0].katex} formulas, streamdown ${sd[0].codeBlocks} / ${sd[0].katex}`);
      const longest = Math.max(...app.map((x) => x.longestAfterFirstSecond));
      reportCheck(`app: no task over 50 ms after the first second, ${step}-char`, `${longest.toFixed(0)} ms`, "≤ 50 ms", longest <= 50);
      const final = summarise(app.map((x) => x.lastTokenToFinal)).median;
      reportCheck(`app: last token to final render (median), ${step}-char`, `${final.toFixed(0)} ms`, "≤ 50 ms", final <= 50);
    }
    const sd400 = summarise(results[400].map((x) => x.streamdown.ms)).median;
    console.log(`INFO  naive react-markdown + shiki, 400-char updates: main thread ${naive.ms.toFixed(0)} ms (${(naive.ms / sd400).toFixed(1)}x streamdown's median), longest task ${naive.longestAfterFirstSecond.toFixed(0)} ms, last token to final ${naive.lastTokenToFinal.toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
}

await main();
