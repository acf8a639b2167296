/**
 * Diagnostic (round 17): the first conversation opened from a new chat's page in a fresh profile,
 * as a user does it (the pointer rests on the row FIRST_OPEN_HOVER ms, default 250, then clicks):
 * time from the click to the conversation's last answer on screen. Builds interleaved by context.
 * FO_LATENCY=<ms> adds that round trip and a 4G-like 9 Mbit/s to the page's requests (workers are
 * then blocked: a worker's own fetches would not be slowed).
 *
 *   FO_DIR=/tmp/before,/work/main FO_CONTEXTS=6 npx tsx e2e/bench/first-open.ts
 */
import { FULL_CHROMIUM } from "../support/browser-paths.mjs";
import { chromium } from "playwright-core";
import { seedConversations } from "../support/idb";
import { median, startApp, startStandIn } from "./harness";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const KEY = "bench-key";

async function main() {
  const dirs = (process.env.FO_DIR ?? process.cwd()).split(",");
  const contexts = Number(process.env.FO_CONTEXTS ?? 4);
  const hover = Number(process.env.FIRST_OPEN_HOVER ?? 250);
  const upstream = await startStandIn({ key: KEY, tokensPerSecond: 1000 });
  const env = { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" };
  const apps = await Promise.all(dirs.map((d) => startApp(0, env, [], d)));
  const browser = await chromium.launch({ executablePath: FULL_CHROMIUM, args: ARGS });
  const times: number[][] = dirs.map(() => []);
  try {
    for (let c = 0; c < contexts; c++) {
      for (let k = 0; k < dirs.length; k++) {
        const d = (k + c) % dirs.length;
        const latency = Number(process.env.FO_LATENCY ?? 0);
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: latency ? "block" : "allow" });
        const page = await context.newPage();
        if (latency) {
          const cdp = await context.newCDPSession(page);
          await cdp.send("Network.enable");
          await cdp.send("Network.emulateNetworkConditions", { offline: false, latency, downloadThroughput: 9e6 / 8, uploadThroughput: 3e6 / 8 });
        }
        await page.addInitScript("window.__name = (f) => f");
        await page.goto(apps[d].url);
        await page.getByTestId("composer").filter({ visible: true }).waitFor();
        await page.waitForFunction(async () => (await indexedDB.databases()).some((x) => x.name === "glm-chat"));
        await seedConversations(page, [{ id: "first-open", title: "First open", messages: 12, code: true }]);
        await page.reload();
        const row = page.getByTestId("conversation-open").first();
        await row.waitFor();
        // Settled: the page's own after-first-screen fetches are done.
        await page.waitForLoadState("networkidle");
        await row.hover();
        await page.waitForTimeout(hover);
        const clicked = await page.evaluate(() => performance.now());
        await row.click();
        const shown = (await (await page.waitForFunction(() => ([...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1)?.textContent?.includes("Answer 11") ? performance.now() : 0), undefined, { polling: "raf" })).jsonValue()) as number;
        times[d].push(shown - clicked);
        await context.close();
      }
    }
    for (let d = 0; d < dirs.length; d++) console.log(`${dirs[d]}: click to last answer, median ${median(times[d]).toFixed(0)} ms (${times[d].map((t) => t.toFixed(0)).join(", ")})`);
  } finally {
    await browser.close();
    for (const a of apps) await a.stop();
    await upstream.stop();
  }
}
void main().catch((e) => { console.error(e); process.exit(1); });
