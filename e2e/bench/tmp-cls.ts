import { chromium } from "playwright-core";
import { seedConversations } from "../support/idb";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const vp of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  const ctx = await b.newContext({ viewport: vp });
  const p = await ctx.newPage();
  await p.goto(`http://127.0.0.1:4101/`);
  await p.waitForSelector("form[data-hydrated]");
  await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
  await seedConversations(p, [{ id: "s1", title: "Seeded", messages: 40, code: true, imageEvery: 3 }, { id: "s2", title: "Other", messages: 2 }]);
  await p.addInitScript(() => { (window as any).__ls = []; new PerformanceObserver((l) => { for (const e of l.getEntries() as any) for (const s of e.sources || []) (window as any).__ls.push([Math.round(e.startTime), e.value.toFixed(4), s.node?.outerHTML?.slice(0, 50), Math.round(s.previousRect.y), Math.round(s.currentRect.y)]); }).observe({ type: "layout-shift", buffered: true }); });
  for (const path of ["/c/s1", "/", "/c/s1", "/c/s1", "/"]) {
    await p.goto(`http://127.0.0.1:4101${path}`);
    await p.waitForTimeout(2000);
    console.log(vp.width, path, JSON.stringify(await p.evaluate(() => (window as any).__ls)));
  }
  await ctx.close();
}
await b.close();
