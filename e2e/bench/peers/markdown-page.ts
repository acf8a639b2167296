/**
 * The markdown peer page, shared by the benchmark (e2e/bench/markdown-peer.bench.ts) and its
 * profiler (e2e/bench/markdown-profile.ts): esbuild bundles the harness and the app's highlight
 * worker, and Playwright serves them from a blank local origin with KaTeX's stylesheet.
 */
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { Kind, RunResult } from "./markdown-harness";

const ORIGIN = "http://bench.local";

/** `minify: false` keeps function names for CPU profiles. */
async function bundle(minify: boolean): Promise<Map<string, string>> {
  const out = await build({
    entryPoints: { harness: "e2e/bench/peers/markdown-harness.tsx", "highlight.worker": "lib/markdown/highlight.worker.ts" },
    bundle: true,
    write: false,
    splitting: true,
    format: "esm",
    outdir: "/bench-out",
    platform: "browser",
    minify,
    jsx: "automatic",
    // As Next inlines them: the app reads NEXT_PUBLIC_BENCH (lib/ui/cn.ts), and a browser has no `process`.
    define: { "process.env.NODE_ENV": '"production"', "process.env.NEXT_PUBLIC_BENCH": '""' },
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

/** A page with the harness loaded and ready (`window.__mdPeer`). */
export async function openPeerPage(browser: Browser, { minify = true } = {}): Promise<Page> {
  const files = await bundle(minify);
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
  await serve(page, files);
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => "__mdPeer" in window);
  return page;
}

type PeerWindow = { __mdPeer: { run: (...a: unknown[]) => Promise<RunResult>; chars: number } };

/** Streams the answer into `kind` in `step`-character updates, one every `pace` ms at most. */
export const runPeer = (page: Page, kind: Kind, step: number, pace: number, chars?: number) =>
  page.evaluate(([k, s, p, c]) => (window as unknown as PeerWindow).__mdPeer.run(k, s, p, c ?? undefined), [kind, step, pace, chars ?? null] as const);

export const answerChars = (page: Page) => page.evaluate(() => (window as unknown as PeerWindow).__mdPeer.chars);
