/**
 * Diagnostic, not part of `npm run bench`: where a start's React render time goes, by component.
 * Needs React's profiling build, unminified so components keep their names
 * (`PROFILE_NO_MINIFY=1 npx next build --profile`; in an older checkout, set
 * `experimental.turbopackMinify: false` in its next.config.mjs by hand), which reports every
 * fiber's own render time when React DevTools is present; an init script installs a stub hook
 * that adds them up by component at every commit.
 *
 *   PROFILE_DIRS=/tmp/prof,/tmp/profbase npx tsx e2e/bench/component-times.ts
 *
 * Each side opens the stored 500-message conversation PROFILE_OPENS times (default 8, the first
 * two not counted), interleaved side by side; prints the median per open of each component's self
 * time and render count, the top PROFILE_TOP (default 40) by self time, and the sum, and the
 * commits' layout and passive effect time ("=" rows; their count is the number of commits).
 */
import type { Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { launchChromium, median, startApp, startStandIn } from "./harness";

// React times each fiber's render only with a DevTools hook present (ProfileMode). A stub hook
// walks every committed tree: a fiber that did work in that commit (PerformedWork, flag 1) adds
// its selfBaseDuration (its own render time, children and yields excluded) to its component's name.
// A subtree that bailed out keeps its old fibers and flags: actualStartTime, set at each render,
// tells a render already counted.
const RECORD = `window.__name = (f) => f; window.__renders = {}; const counted = new WeakMap();
const nameOf = (t) => typeof t === "function" ? (t.displayName || t.name || "(anonymous)")
  : t && typeof t === "object" ? (t.displayName || (t.render && ("ForwardRef(" + (t.render.displayName || t.render.name) + ")")) || (t.type && "Memo(" + nameOf(t.type) + ")") || null) : null;
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { isDisabled: false, supportsFiber: true, renderers: new Map(), inject() { return 1; },
  onCommitFiberRoot(_id, root) {
    const stack = [root.current];
    while (stack.length) {
      const f = stack.pop();
      if (f.child) stack.push(f.child);
      if (f.sibling) stack.push(f.sibling);
      if (!(f.flags & 1) || typeof f.selfBaseDuration !== "number" || counted.get(f) === f.actualStartTime) continue;
      counted.set(f, f.actualStartTime);
      const name = nameOf(f.type);
      if (!name) continue;
      const e = window.__renders[name] || (window.__renders[name] = [0, 0]);
      e[0] += f.selfBaseDuration; e[1] += 1;
    }
  },
  // After the passive effects: this commit's layout and passive effect time (React resets both next).
  onPostCommitFiberRoot(_id, root) {
    const add = (name, v) => { const e = window.__renders[name] || (window.__renders[name] = [0, 0]); e[0] += v || 0; e[1] += 1; };
    add("= layout effects (all components)", root.effectDuration);
    add("= passive effects (all components)", root.passiveEffectDuration);
  },
  onCommitFiberUnmount() {}, onScheduleFiberRoot() {}, checkDCE() {} };`;

type Renders = Record<string, [number, number]>;

async function openOnce(p: Page, url: string): Promise<Map<string, { self: number; count: number }>> {
  await p.goto(`${url}/c/bench-long`);
  await p.waitForFunction(() => {
    const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
    const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
    return composer && !composer.disabled && last?.textContent?.includes("Answer 499");
  }, undefined, { polling: "raf", timeout: 60_000 });
  // What the start renders after the answer shows (regions hydrating at idle) belongs to it too.
  await p.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300))));
  const renders = await p.evaluate(() => (window as unknown as { __renders: Renders }).__renders);
  return new Map(Object.entries(renders).map(([name, [self, count]]) => [name, { self, count }]));
}

async function main() {
  const dirs = (process.env.PROFILE_DIRS ?? "").split(",").filter(Boolean);
  if (!dirs.length) throw new Error("Set PROFILE_DIRS to built (--profile) checkouts, comma-separated.");
  const key = "bench-key";
  const upstream = await startStandIn({ key, tokensPerSecond: 1000 });
  const env = { ZAI_API_KEY: key, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" };
  const apps = await Promise.all(dirs.map((d) => startApp(0, env, [], d)));
  const browser = await launchChromium();
  const opens = Number(process.env.PROFILE_OPENS ?? 8);
  try {
    const pages: Page[] = [];
    for (const app of apps) {
      const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await p.addInitScript(RECORD);
      await p.goto(app.url);
      await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
      await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
      pages.push(p);
    }
    const perSide: Map<string, { self: number; count: number }>[][] = dirs.map(() => []);
    for (let i = 0; i < opens; i++) {
      for (let s = 0; s < dirs.length; s++) {
        const renders = await openOnce(pages[s], apps[s].url);
        if (i >= 2) perSide[s].push(renders);
      }
    }
    const top = Number(process.env.PROFILE_TOP ?? 40);
    dirs.forEach((dir, s) => {
      const names = new Set(perSide[s].flatMap((m) => [...m.keys()]));
      const rows = [...names].map((name) => ({
        name,
        self: median(perSide[s].map((m) => m.get(name)?.self ?? 0)),
        count: median(perSide[s].map((m) => m.get(name)?.count ?? 0)),
      })).sort((a, b) => b.self - a.self);
      const rendered = (m: Map<string, { self: number; count: number }>) => [...m].filter(([k]) => !k.startsWith("=")).map(([, v]) => v);
      const total = median(perSide[s].map((m) => rendered(m).reduce((t, v) => t + v.self, 0)));
      const renders = median(perSide[s].map((m) => rendered(m).reduce((t, v) => t + v.count, 0)));
      console.log(`\n${dir}: React render self time per open, median of ${perSide[s].length}: ${total.toFixed(1)} ms in ${renders} renders`);
      for (const r of rows.slice(0, top)) console.log(`${r.self.toFixed(2).padStart(8)} ms ${String(r.count).padStart(5)}x  ${r.name}`);
    });
  } finally {
    await browser.close();
    for (const a of apps) await a.stop();
    await upstream.stop();
  }
}

if (process.argv[1]?.endsWith("component-times.ts")) void main();
