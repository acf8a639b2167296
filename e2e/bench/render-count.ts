/**
 * Counts React component renders on a page start, this build beside an older one (issue 9: the
 * renovated first screen rendered ~2,000 components, the base ~400). Counting, not timing: load
 * does not change it. Not part of `npm run bench`.
 *
 *   BASELINE_DIR=/tmp/base npx tsx e2e/bench/render-count.ts
 *
 * A stand-in DevTools hook sees every commit; a composite fiber whose PerformedWork flag is set
 * rendered in that commit (the flag is cleared after counting, so a subtree React skipped is not
 * counted twice). Renders are grouped by the nearest test id below the component.
 * CENSUS=1 also counts what the start has built by the figure: fibers by kind, DOM elements by
 * region (round 11: the list's rows had 1.5x the base's elements, and removing them changed nothing).
 */
import type { Browser, Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { launchChromium, startApp, startStandIn } from "./harness";

const KEY = "bench-key";
/**
 * Run by `npx tsx`, esbuild keeps function names by wrapping them in a `__name(fn, "name")` call,
 * and that helper travels inside the functions handed to page.evaluate, where the page has no
 * such name ("__name is not defined"): the page gets one that hands the function back (as
 * against-commit.ts does).
 */
const NAME_SHIM = "window.__name = (f) => f;";

const HOOK = `(() => {
  const composite = new Set([0, 1, 11, 14, 15]);
  const stats = { commits: 0, renders: 0, mounted: 0, byTestId: {}, perCommit: [] };
  window.__renders = stats;
  const where = (f) => {
    for (let c = f.child, n = 0; c && n < 40; c = c.child, n++) {
      if (c.tag === 5) return c.memoizedProps?.["data-testid"] ?? c.type;
    }
    for (let p = f.return; p; p = p.return) if (p.tag === 5 && p.memoizedProps?.["data-testid"]) return "in:" + p.memoizedProps["data-testid"];
    return "?";
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), isDisabled: false,
    inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      stats.commits++;
      const before = stats.renders, where0 = {};
      const stack = [root.current];
      while (stack.length) {
        const f = stack.pop();
        if (composite.has(f.tag) && (f.flags & 1)) {
          stats.renders++;
          if (!f.alternate) stats.mounted++;
          const k = where(f);
          stats.byTestId[k] = (stats.byTestId[k] ?? 0) + 1;
          where0[k] = (where0[k] ?? 0) + 1;
        }
        f.flags &= ~1;
        if (f.sibling) stack.push(f.sibling);
        if (f.child) stack.push(f.child);
      }
      const top = Object.entries(where0).sort((a, b) => b[1] - a[1]).slice(0, ${Number(process.env.PER_COMMIT) || 4}).map(([k, v]) => k + " " + v).join(", ");
      stats.perCommit.push(Math.round(performance.now()) + " ms: " + (stats.renders - before) + " renders (" + top + ")");
    },
  };
})();`;

const TAGS: Record<number, string> = { 0: "function", 1: "class", 3: "root", 4: "portal", 5: "host", 6: "text", 7: "fragment", 8: "mode", 9: "context consumer", 10: "context provider", 11: "forwardRef", 12: "profiler", 13: "suspense", 14: "memo", 15: "simple memo", 16: "lazy", 22: "offscreen", 26: "hoistable", 27: "singleton" };

/** What the page has built: React fibers by kind (and hooks), DOM elements by test-id region. */
async function census(p: Page) {
  return p.evaluate((tags) => {
    type Fiber = { tag: number; child: Fiber | null; sibling: Fiber | null; memoizedState: unknown };
    const byTag: Record<string, number> = {};
    let hooks = 0;
    let fibers = 0;
    const key = Object.keys(document).find((k) => k.startsWith("__reactContainer$"));
    const root = key ? (document as unknown as Record<string, Fiber>)[key] : null;
    const stack = root ? [root] : [];
    while (stack.length) {
      const f = stack.pop()!;
      fibers++;
      const kind = tags[f.tag] ?? String(f.tag);
      byTag[kind] = (byTag[kind] ?? 0) + 1;
      // Function components' hooks are a linked list on memoizedState.
      if ([0, 11, 14, 15].includes(f.tag)) for (let h = f.memoizedState as { next?: unknown } | null; h && typeof h === "object" && "next" in h; h = h.next as typeof h) hooks++;
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    // Each element counts for the outermost test id above it (sidebar, header, composer, …).
    const regions: Record<string, number> = {};
    for (const el of document.body.getElementsByTagName("*")) {
      let region = el.tagName.toLowerCase();
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) region = e.getAttribute("data-testid") ?? region;
      regions[region] = (regions[region] ?? 0) + 1;
    }
    return { fibers, hooks, dom: document.getElementsByTagName("*").length, byTag, regions };
  }, TAGS);
}

/** `atFigure`: renders until the figure the bench waits for (the rest happen in the 1.5 s after). */
type Stats = { commits: number; renders: number; mounted: number; byTestId: Record<string, number>; perCommit: string[]; atFigure?: number; built?: Awaited<ReturnType<typeof census>> };

async function measure(browser: Browser, url: string, path: string, seed: Parameters<typeof seedConversations>[1], ready: (p: Page) => Promise<unknown>): Promise<Stats> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const p = await context.newPage();
  await p.goto(url);
  await p.getByTestId("composer").filter({ visible: true }).waitFor();
  // The app creates its database after hydration: seed once it exists.
  await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
  await seedConversations(p, seed);
  await p.addInitScript(HOOK);
  await p.goto(`${url}${path}`);
  await ready(p);
  const atFigure = (await p.evaluate(() => (window as unknown as { __renders: Stats }).__renders.renders)) as number;
  const built = process.env.CENSUS ? await census(p) : undefined;
  await p.waitForTimeout(1500); // deferred code (tooltips, menus) swaps in after the first screen
  const stats = (await p.evaluate(() => (window as unknown as { __renders: Stats }).__renders)) as Stats;
  await context.close();
  return { ...stats, atFigure, built };
}

function print(name: string, s: Stats) {
  const top = Object.entries(s.byTestId).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 15));
  console.log(`${name}: ${s.renders} renders (${s.mounted} mounts) in ${s.commits} commits; ${s.atFigure} by the figure`);
  for (const [k, v] of top) console.log(`   ${String(v).padStart(5)}  ${k}`);
  // CENSUS=1: what the start had built by the figure (fibers by kind, DOM elements by region).
  const b = s.built;
  if (b) {
    console.log(`   built: ${b.fibers} fibers, ${b.hooks} hooks, ${b.dom} DOM elements`);
    console.log("   fibers: " + Object.entries(b.byTag).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(", "));
    console.log("   DOM: " + Object.entries(b.regions).sort((x, y) => y[1] - x[1]).slice(0, 20).map(([k, v]) => `${k} ${v}`).join(", "));
  }
  // PER_COMMIT=1: when each commit happened and what rendered in it.
  if (process.env.PER_COMMIT) for (const c of s.perCommit) console.log(`   commit at ${c}`);
}

async function main() {
  const upstream = await startStandIn({ key: KEY, tokensPerSecond: 1000 });
  const env = { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" };
  const all: Record<string, string> = { ...(process.env.BASELINE_DIR ? { base: process.env.BASELINE_DIR } : {}), now: process.cwd() };
  const sides = Object.fromEntries(Object.entries(all).filter(([k]) => !process.env.ONLY || process.env.ONLY === k));
  const browser = await launchChromium();
  const now = Date.now();
  const list = Array.from({ length: 5000 }, (_, i) => ({ id: `bench-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: now - i * 90_000 }));
  const long = [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }];
  try {
    for (const [side, dir] of Object.entries(sides)) {
      const app = await startApp(0, env, [], dir);
      try {
        print(`${side} / (5,000 conversations)`, await measure(browser, app.url, "/", list, (p) => p.waitForSelector('[data-testid="conversation-list"][data-count="5000"]')));
        // RENDER_PAGES=list: the list start only.
        if (process.env.RENDER_PAGES !== "list") print(`${side} /c/bench-long (500 messages)`, await measure(browser, app.url, "/c/bench-long", long, (p) => p.waitForFunction(() => [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1)?.textContent?.includes("Answer 499"))));
      } finally {
        await app.stop();
      }
    }
  } finally {
    await browser.close();
    await upstream.stop();
  }
}

await main();
