/**
 * Where in the window `against-commit.ts` measures does the conversation's extra CPU fall? Splits
 * one open of `/c/bench-long` into: leaving the old page until the new one commits, commit to
 * usable (against-commit's end point), and the 2 s after usable (deferred work). Same
 * sides, contexts and interleaving as against-commit.
 *
 *   BASELINE_DIR=<built checkout> [NOW_DIR=<built checkout>] BENCH_ROUNDS=15 npx tsx e2e/bench/open-segments.ts
 */
import type { CDPSession, Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { rotate, summarise } from "./compare";
import { startBaseAndNow } from "./harness";

type Side = "base" | "now";
const SEGMENTS = ["unload to commit", "commit to usable", "usable + 2 s"] as const;

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")!.value * 1000;
}

async function open(p: Page, url: string): Promise<number[]> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const t0 = await taskMs(cdp);
  await p.goto(`${url}/c/bench-long`, { waitUntil: "commit" });
  const t1 = await taskMs(cdp);
  await p.waitForFunction(
    () => {
      const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
      const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      return composer && !composer.disabled && last?.textContent?.includes("Answer 499");
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  const t2 = await taskMs(cdp);
  await p.waitForTimeout(2000); // what the page does after usable, on its own
  const t3 = await taskMs(cdp);
  await cdp.detach();
  return [t1 - t0, t2 - t1, t3 - t2];
}

async function main() {
  const { apps, browser, stop } = await startBaseAndNow("bench-key");
  const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
  try {
    const sides: Side[] = ["base", "now"];
    const pages = {} as Record<Side, Page[]>;
    for (const s of sides) {
      pages[s] = [];
      for (let i = 0; i < 3; i++) {
        const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        await p.goto(apps[s].url);
        await p.getByTestId("composer").filter({ visible: true }).waitFor();
        await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
        await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
        pages[s].push(p);
      }
    }
    const runs = await rotate(rounds, Object.fromEntries(sides.map((s) => [s, () => {
      const p = pages[s].shift()!;
      pages[s].push(p);
      return open(p, apps[s].url);
    }])) as Record<Side, () => Promise<number[]>>);
    SEGMENTS.forEach((name, i) => {
      const b = summarise(runs.map((r) => r.base[i]));
      const n = summarise(runs.map((r) => r.now[i]));
      console.log(`${name.padEnd(20)} base ${b.median.toFixed(1)} ms (${b.min.toFixed(0)}–${b.max.toFixed(0)})  now ${n.median.toFixed(1)} ms (${n.min.toFixed(0)}–${n.max.toFixed(0)})`);
    });
  } finally {
    await stop();
  }
}

await main();
