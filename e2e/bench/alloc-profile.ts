/**
 * What a page start allocates, this build against an older one (issue 9: the list start spent
 * ~3x the base's time in minor GCs). A diagnostic, not a pass/fail bench. Each round opens the page
 * on both sides under V8's sampling heap profiler, counting objects the young and old collections
 * freed too, and prints the bytes allocated per start by script and by function (median of rounds).
 *
 *   BASELINE_DIR=/tmp/base npx tsx e2e/bench/alloc-profile.ts
 *
 * ALLOC_PATH (default `/`), ALLOC_LIST (default 5000 more stored conversations; the start lasts
 * until the whole list is shown), ALLOC_ROUNDS (default 3), ALLOC_LINES (default 40). Function
 * names are the bundle's; a `BROWSER_SOURCEMAPS=1 PROFILE_NO_HOISTING=1` build names modules.
 */
import type { Page } from "playwright-core";
import { seedConversations } from "../support/idb";
import { startBaseAndNow } from "./harness";
import { openChat, startReady } from "./page-start";

type Side = "base" | "now";
interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; selfSize: number; children: HeapNode[] }

async function sampled(p: Page, target: string, path: string): Promise<Map<string, number>> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  await p.goto(target);
  await startReady(p, path);
  const { profile } = await cdp.send("HeapProfiler.stopSampling");
  await cdp.detach();
  const bytes = new Map<string, number>();
  const add = (k: string, v: number) => bytes.set(k, (bytes.get(k) ?? 0) + v);
  const walk = (n: HeapNode) => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\/_next\/static\/chunks\//, "") || "(native)";
    add("total", n.selfSize);
    add(`file ${file}`, n.selfSize);
    add(`fn ${f.functionName || "(anon)"} ${file}:${f.lineNumber}:${f.columnNumber}`, n.selfSize);
    n.children.forEach(walk);
  };
  walk(profile.head as unknown as HeapNode);
  return bytes;
}

async function main() {
  const { apps, browser, stop } = await startBaseAndNow("bench-key");
  const rounds = Number(process.env.ALLOC_ROUNDS ?? 3);
  const more = Number(process.env.ALLOC_LIST ?? 5000);
  const list = Array.from({ length: more }, (_, i) => ({ id: `bench-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: Date.now() - i * 90_000 }));
  const path = `${process.env.ALLOC_PATH ?? "/"}${more ? `?list=${more + 1}` : ""}`;
  try {
    const sides: Side[] = ["base", "now"];
    const pages = {} as Record<Side, Page>;
    for (const s of sides) {
      pages[s] = await openChat(browser, apps[s].url);
      await seedConversations(pages[s], [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }, ...list]);
      for (let i = 0; i < 2; i++) {
        await pages[s].goto(`${apps[s].url}${path}`);
        await startReady(pages[s], path);
      }
    }
    const runs = { base: [] as Map<string, number>[], now: [] as Map<string, number>[] };
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 ? [...sides].reverse() : sides) runs[s].push(await sampled(pages[s], `${apps[s].url}${path}`, path));
    }
    const med = (runsOf: Map<string, number>[], k: string) => {
      const v = runsOf.map((m) => m.get(k) ?? 0).sort((a, b) => a - b);
      return v[Math.floor(v.length / 2)] / 1024;
    };
    console.log(`\n${path}: bytes allocated per start (KB), median of ${rounds}: base ${med(runs.base, "total").toFixed(0)}, now ${med(runs.now, "total").toFixed(0)}`);
    const keys = [...new Set([...runs.base, ...runs.now].flatMap((m) => [...m.keys()]))]
      .filter((k) => k !== "total")
      .map((k) => ({ k, b: med(runs.base, k), n: med(runs.now, k) }))
      .sort((a, b) => Math.max(b.b, b.n) - Math.max(a.b, a.n));
    for (const { k, b, n } of keys.slice(0, Number(process.env.ALLOC_LINES ?? 40))) console.log(`${k.slice(0, 80).padEnd(82)} base ${b.toFixed(0).padStart(6)}  now ${n.toFixed(0).padStart(6)}`);
  } finally {
    await stop();
  }
}

await main();
