import { launchChromium, startApp } from "./harness";
const app = await startApp(0, { ZAI_API_KEY: "" });
const browser = await launchChromium();
const offenders = (p: import("playwright-core").Page, w: number) => p.evaluate((w) => {
  const out: string[] = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.right > w + 1 && r.width > 0 && getComputedStyle(el).visibility !== "hidden") out.push(`${el.tagName}.${el.getAttribute("data-testid") ?? ""}[${Math.round(r.left)}-${Math.round(r.right)}]`);
  }
  return `scrollW ${document.documentElement.scrollWidth} ` + out.slice(0, 5).join(" ");
}, w);
for (const w of [360, 768, 1024]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 800 } });
  const p = await ctx.newPage();
  await p.goto(app.url);
  await p.waitForSelector("form[data-hydrated]");
  console.log(w, "empty", await offenders(p, w));
  await p.getByTestId("composer").fill("[[scenario:markdown-rich]] hello");
  await p.keyboard.press("Enter");
  await p.waitForSelector('[data-testid="message-assistant"]:not([data-status="streaming"])');
  console.log(w, "answer", await offenders(p, w));
  await p.getByTestId("settings-button").first().click().catch(() => {});
  await p.waitForTimeout(500);
  console.log(w, "settings", await offenders(p, w));
  await p.keyboard.press("Escape");
  await p.getByTestId("composer").fill("[[scenario:no-reasoning]] " + "x".repeat(300));
  await p.keyboard.press("Enter");
  await p.waitForSelector('[data-testid="message-assistant"]:not([data-status="streaming"]) >> nth=1');
  console.log(w, "longword", await offenders(p, w));
  await ctx.close();
}
await browser.close(); await app.stop();
