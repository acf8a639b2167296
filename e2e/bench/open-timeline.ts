/**
 * Diagnostic (issue 9): a timeline of the `/c/bench-long` start on both builds, interleaved:
 * when the chunks arrive, when the first message / the last answer are on screen, long tasks.
 *   BASELINE_DIR=/tmp/base npx tsx e2e/bench/open-timeline.ts
 */
import type { Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { startBaseAndNow } from "./harness";

const INIT = `window.__name = (f) => f; (() => {
  const t = (window.__tl = { marks: {}, long: [] });
  const mark = (k) => { if (!(k in t.marks)) t.marks[k] = Math.round(performance.now()); };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) t.long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true }); } catch {}
  const check = () => {
    const form = document.querySelector("form[data-hydrated]"); if (form) mark("composer-hydrated");
    const list = document.querySelector('[data-testid="message-list"]');
    if (list && list.getAttribute("data-count") === "500") mark("store-has-500");
    const a = document.querySelectorAll('[data-testid="message-assistant"]');
    if (a.length) mark("first-answer-row");
    if (a.length && a[a.length - 1].textContent.includes("Answer 499")) { mark("answer-499"); return; }
    requestAnimationFrame(check);
  };
  document.addEventListener("DOMContentLoaded", () => mark("dcl"));
  requestAnimationFrame(check);
})();`;

async function run(p: Page, url: string) {
  await p.goto(`${url}/c/bench-long`);
  await p.waitForFunction(() => (window as unknown as { __tl: { marks: Record<string, number> } }).__tl.marks["answer-499"], undefined, { timeout: 60_000 });
  return p.evaluate(() => {
    const w = window as unknown as { __tl: { marks: Record<string, number>; long: number[][] } };
    const res = performance.getEntriesByType("resource").filter((e) => e.name.includes("/_next/static/chunks/")).map((e) => [e.name.replace(/^.*chunks\//, "").slice(0, 28), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)]);
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const marks = performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]);
    return { ...w.__tl, res, marks2: marks, resp: Math.round(nav.responseEnd) };
  });
}

const { apps, browser, stop } = await startBaseAndNow("bench-key");
try {
  const pages: Record<string, Page> = {};
  for (const s of ["base", "now"] as const) {
    const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await p.addInitScript(INIT);
    await p.goto(apps[s].url);
    await p.getByTestId("composer").filter({ visible: true }).waitFor();
    await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
    await run(p, apps[s].url);
    pages[s] = p;
  }
  const rounds = Number(process.env.ROUNDS ?? 3);
  for (let r = 0; r < rounds; r++) {
    for (const s of r % 2 ? (["now", "base"] as const) : (["base", "now"] as const)) {
      const out = await run(pages[s], apps[s].url);
      console.log(`\n== ${s} round ${r}: resp ${out.resp} marks ${JSON.stringify(out.marks)} perfmarks ${JSON.stringify(out.marks2)}`);
      console.log(`   long ${JSON.stringify(out.long)}`);
      if (process.env.RES) console.log(`   res ${JSON.stringify(out.res)}`);
    }
  }
} finally {
  await stop();
}
