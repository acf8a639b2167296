/**
 * Regenerates lib/ui/cn-first-screen.ts: the class strings `cn()` merges on `/`'s first screen,
 * with tailwind-merge's result for each, so a page start need not build tailwind-merge's class
 * map (docs/decisions/startup-reads.md, round 6 of the history list). Needs a bench build (only
 * there does cn() note the strings its table lacks). Not part of `npm run bench`.
 *
 *   npx tsx e2e/bench/cn-table.ts          (prints what the table lacks; WRITE=1 rewrites it)
 *
 * Starts covered: a first visit (nothing stored), a return with 5,000 stored conversations, and
 * `/c/bench-long` (500 stored messages with code and images: the message view's controls), each
 * at a desktop and a phone viewport, up to the moment the first screen is complete.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { twMerge } from "tailwind-merge";
import { FIRST_SCREEN_MERGES } from "@/lib/ui/cn-first-screen";
import { seedConversations } from "../support/idb";
import { launchChromium, startApp, startStandIn } from "./harness";

const KEY = "bench-key";
const FILE = "lib/ui/cn-first-screen.ts";

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
  const seen = new Set(FIRST_SCREEN_MERGES.map(([input]) => input));
  const lacking = new Set<string>();
  try {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 412, height: 823 }]) {
      for (const stored of [0, 5000]) for (const s of await misses(browser, app.url, viewport, stored)) if (!seen.has(s)) lacking.add(s);
      for (const s of await conversationMisses(browser, app.url, viewport)) if (!seen.has(s)) lacking.add(s);
    }
  } finally {
    await browser.close();
    await app.stop();
    await upstream.stop();
  }
  console.log(`${lacking.size} first-screen class strings not in the table:`);
  for (const s of lacking) console.log(`  ${s}`);
  if (!process.env.WRITE) return;
  const all = [...new Set([...seen, ...lacking])].sort();
  const lines = all.map((input) => {
    const output = twMerge(input);
    return output === input ? `  [${JSON.stringify(input)}],` : `  [${JSON.stringify(input)}, ${JSON.stringify(output)}],`;
  });
  const head = readFileSync(FILE, "utf8").split("\n").filter((l) => l.startsWith("//"));
  writeFileSync(FILE, `${head.join("\n")}\nexport const FIRST_SCREEN_MERGES: ReadonlyArray<readonly [string, string?]> = [\n${lines.join("\n")}\n];\n`);
  console.log(`${FILE}: ${all.length} entries`);
}

await main();
