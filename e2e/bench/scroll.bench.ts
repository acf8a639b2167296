/**
 * Hand-written scroll code against the libraries that do the same job, in one Chromium page,
 * interleaved round by round (issue 9 item 6; decisions in docs/decisions/stick-to-bottom.md
 * and docs/decisions/virtual-list.md):
 * - following a growing answer: components/ui/use-follow-bottom.ts vs `use-stick-to-bottom`;
 * - 5,000 conversations in the sidebar: components/sidebar/virtual-list.tsx vs
 *   `@tanstack/react-virtual`.
 * The figure is main-thread time (Chrome's TaskDuration, everything the page's thread did:
 * script, style, layout, paint) for the same work, as ours / the library's, per round.
 * No app server: esbuild bundles e2e/bench/peers/scroll-harness.tsx into a blank page.
 */
import { build } from "esbuild";
import type { CDPSession, Page } from "playwright-core";
import { reportCheck, reportRatio, rotate, summarise } from "./compare";
import { launchChromium } from "./harness";

type Kind = "ours" | "peer";
interface Bench {
  follow(kind: Kind, updates: number, chunk: number): Promise<{ atBottom: number; updates: number }>;
  growAfterEscape(updates: number, chunk: number): Promise<{ stayed: boolean; distance: number }>;
  list(kind: Kind, n: number, steps: number): Promise<{ covered: number; checks: number; mounted: number }>;
}

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: ["e2e/bench/peers/scroll-harness.tsx"],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    minify: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  return out.outputFiles[0].text;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")!.value;
}

/** Main-thread milliseconds spent while `run` executes in the page. */
async function mainThreadMs<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const before = await taskSeconds(cdp);
  const result = await run();
  return { ms: (await taskSeconds(cdp)) - before, result };
}

const call = <K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>) =>
  page.evaluate(([name, args]) => ((window as unknown as { __scrollBench: Record<string, (...a: unknown[]) => unknown> }).__scrollBench[name as string](...(args as unknown[]))), [name, args] as const) as ReturnType<Bench[K]>;

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  const code = await bundle();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="root"></div></body></html>');
    await page.addScriptTag({ content: code });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });

    const follow = (kind: Kind) => async () => {
      const { ms, result } = await mainThreadMs(cdp, () => call(page, "follow", kind, 150, 80));
      // The user wheels up over the answer; what arrives next must leave them where they are.
      await page.mouse.move(300, 300);
      await page.mouse.wheel(0, -400);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const escape = await call(page, "growAfterEscape", 20, 80);
      return { ms, bottom: result.atBottom / result.updates, held: escape.stayed };
    };
    const list = (kind: Kind) => async () => {
      const { ms, result } = await mainThreadMs(cdp, () => call(page, "list", kind, 5000, 40));
      return { ms, covered: result.covered / result.checks, mounted: result.mounted };
    };

    // Warm up both sides (JIT, fonts) before anything is measured.
    await follow("ours")();
    await follow("peer")();
    await list("ours")();
    await list("peer")();

    const f = await rotate(rounds, { ours: follow("ours"), peer: follow("peer") });
    const l = await rotate(rounds, { ours: list("ours"), peer: list("peer") });

    const ms = (v: number[]) => {
      const s = summarise(v);
      return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
    };
    const seconds = (rs: { ms: number }[]) => rs.map((r) => r.ms * 1000);
    console.log("\nScroll code vs libraries, same page, interleaved (Chromium, main-thread time)");
    if (process.env.BENCH_VERBOSE) {
      console.log(`follow 150 updates: ours ${ms(seconds(f.map((r) => r.ours)))}, use-stick-to-bottom ${ms(seconds(f.map((r) => r.peer)))}`);
      console.log(`5,000-row list + 40 scrolls: ours ${ms(seconds(l.map((r) => r.ours)))}, react-virtual ${ms(seconds(l.map((r) => r.peer)))}`);
    }
    reportRatio("follow a growing answer: ours / use-stick-to-bottom", f.map((r) => r.ours.ms / r.peer.ms), 1.2);
    reportRatio("5,000-row sidebar + 40 scrolls: ours / @tanstack/react-virtual", l.map((r) => r.ours.ms / r.peer.ms), 1.2);
    const all = <T>(rs: Array<Record<Kind, T>>, ok: (v: T) => boolean) => rs.every((r) => ok(r.ours) && ok(r.peer));
    const minBottom = (k: Kind) => Math.min(...f.map((r) => r[k].bottom));
    reportCheck("follow: frames at the bottom while streaming (ours / lib)", `${(minBottom("ours") * 100).toFixed(0)}% / ${(minBottom("peer") * 100).toFixed(0)}%`, "100% / 100%", all(f, (v) => v.bottom === 1));
    reportCheck("follow: wheeling up stops following (ours / lib)", `${f.every((r) => r.ours.held)} / ${f.every((r) => r.peer.held)}`, "true / true", all(f, (v) => v.held));
    reportCheck("list: row under the middle of the view rendered after each scroll", `${l.every((r) => r.ours.covered === 1)} / ${l.every((r) => r.peer.covered === 1)}`, "true / true", all(l, (v) => v.covered === 1));
  } finally {
    await browser.close();
  }
}

await main();
