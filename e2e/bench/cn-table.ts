/**
 * Lists the class strings that reach tailwind-merge before a first screen is complete: none should
 * (its first call builds a class map, ~9 ms of a start's main thread). The kit's controls join
 * their component classes without it (`withKitClass`, docs/decisions/ui-kit.md). Needs a bench
 * build (only there does cn() note what it merges). Exits non-zero when a string shows up. Not
 * part of `npm run bench`.
 *
 *   npx tsx e2e/bench/cn-table.ts
 *
 * Starts covered: a first visit (nothing stored), a return with 5,000 stored conversations, and
 * `/c/bench-long` (500 stored messages with code and images: the message view's controls), each
 * at a desktop and a phone viewport, up to the moment the first screen is complete.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { seedConversations } from "../support/idb";
import { launchChromium, startApp, startStandIn } from "./harness";

const KEY = "bench-key";

async function misses(browser: Browser, url: string, viewport: { width: number; height: number }, stored: number): Promise<string[]> {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const read = () => p.evaluate(() => (globalThis as { __glmCnMisses?: string[] }).__glmCnMisses ?? []);
  const hydrated = () => p.waitForSelector('form[data-hydrated="true"] [data-testid="composer"]');
  await p.goto(url);
  await hydrated();
  const found = stored ? [] : await read();
  if (stored) {
    await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
    const now = Date.now();
    await seedConversations(p, Array.from({ length: stored }, (_, i) => ({ id: `bench-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: now - i * 90_000 })));
    await p.goto(url);
    await hydrated();
    // On a phone the list is in the closed drawer: not part of the first screen.
    if (viewport.width >= 768) await p.waitForSelector(`[data-testid="conversation-list"][data-count="${stored}"]`);
    found.push(...(await read()));
  }
  await context.close();
  return found;
}

/** The strings a stored conversation's first screen merges: the 12 newest messages and their controls. */
async function conversationMisses(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<string[]> {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForSelector('form[data-hydrated="true"] [data-testid="composer"]');
  await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
  await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
  await p.goto(`${url}/c/bench-long`);
  await p.waitForFunction(() => [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1)?.textContent?.includes("Answer 499"));
  const found = await p.evaluate(() => (globalThis as { __glmCnMisses?: string[] }).__glmCnMisses ?? []);
  await context.close();
  return found;
}

async function main() {
  if (!readFileSync(".next/BENCH_BUILD", "utf8")) throw new Error("needs a bench build");
  const upstream = await startStandIn({ key: KEY, tokensPerSecond: 1000 });
  const app = await startApp(0, { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" });
  const browser = await launchChromium();
  const merged = new Set<string>();
  try {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 412, height: 823 }]) {
      for (const stored of [0, 5000]) for (const s of await misses(browser, app.url, viewport, stored)) merged.add(s);
      for (const s of await conversationMisses(browser, app.url, viewport)) merged.add(s);
    }
  } finally {
    await browser.close();
    await app.stop();
    await upstream.stop();
  }
  console.log(`${merged.size} class strings reached tailwind-merge before a first screen was complete${merged.size ? ":" : ""}`);
  for (const s of merged) console.log(`  ${s}`);
  if (merged.size) process.exitCode = 1;
}

await main();
