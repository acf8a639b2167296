import { seedConversations } from "../support/idb";
import { launchChromium, startApp, startStandIn } from "./harness";

const KEY = "bench-key";
const dir = process.argv[2];
const which = process.argv[3] ?? "list";
const upstream = await startStandIn({ key: KEY, tokensPerSecond: 1000 });
const app = await startApp(0, { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" }, [], dir);
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const p = await ctx.newPage();
await p.goto(app.url);
await p.getByTestId("composer").waitFor();
const now = Date.now();
if (which === "list") await seedConversations(p, Array.from({ length: 5000 }, (_, i) => ({ id: `bench-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: now - i * 90_000 })));
else await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
const agg: Record<string, number> = {};
const inclAgg: Record<string, number> = {};
const under: Record<string, number> = {};
const byUrl: Record<string, number> = {};
let total = 0;
for (let round = 0; round < 3; round++) {
  const cdp = await ctx.newCDPSession(p);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  if (which === "list") {
    await p.reload();
    await p.waitForSelector('[data-testid="conversation-list"][data-count="5000"]', { timeout: 60000 });
  } else {
    await p.goto(`${app.url}/c/bench-long`);
    await p.waitForFunction(() => [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1)?.textContent?.includes("Answer 499"), undefined, { timeout: 60000, polling: "raf" });
  }
  const { profile } = await cdp.send("Profiler.stop");
  const dt = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) (profile.nodes.find((m) => m.id === c) as unknown as { parent?: number }).parent = n.id;
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
  // inclusive times
  const kids = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const incl = new Map<number, number>();
  const total0 = (id: number): number => {
    if (incl.has(id)) return incl.get(id)!;
    const v = (dt.get(id) ?? 0) + kids.get(id)!.reduce((a, c) => a + total0(c), 0);
    incl.set(id, v);
    return v;
  };
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const k = `${f.functionName || "(anon)"} ${f.url.replace(/^.*\/_next\/static\//, "").slice(0, 60)}:${f.lineNumber}:${f.columnNumber}`;
    // count each function once per stack: skip when an ancestor has the same key
    let dup = false;
    for (let q = (n as unknown as { parent?: number }).parent; q !== undefined; q = (byId.get(q) as unknown as { parent?: number }).parent) {
      const g = byId.get(q)!.callFrame;
      if (`${g.functionName || "(anon)"} ${g.url.replace(/^.*\/_next\/static\//, "").slice(0, 60)}:${g.lineNumber}:${g.columnNumber}` === k) { dup = true; break; }
    }
    if (!dup) inclAgg[k] = (inclAgg[k] ?? 0) + total0(n.id);
    const par = (n as unknown as { parent?: number }).parent;
    const pf = par !== undefined ? byId.get(par)!.callFrame : undefined;
    if (pf && pf.functionName === (process.env.UNDER ?? "ih") && pf.url.includes(process.env.UNDER_URL ?? "18t-")) {
      const key = `${f.functionName || "(anon)"} ${f.url.replace(/^.*\/_next\/static\//, "")}:${f.lineNumber}:${f.columnNumber}`;
      under[key] = (under[key] ?? 0) + total0(n.id);
    }
  }
  for (const n of profile.nodes) {
    const t = dt.get(n.id) ?? 0;
    if (!t) continue;
    const f = n.callFrame;
    const url = f.url.replace(/^.*\/_next\/static\//, "").slice(0, 60);
    if (f.functionName === "(idle)") continue;
    total += t;
    const k = `${f.functionName || "(anon)"} ${url}:${f.lineNumber}:${f.columnNumber}`;
    agg[k] = (agg[k] ?? 0) + t;
    byUrl[url || f.functionName] = (byUrl[url || f.functionName] ?? 0) + t;
  }
  await cdp.detach();
}
console.log(`${dir} ${which}: non-idle sampled ms per start ${(total / 3).toFixed(0)}`);
for (const [k, v] of Object.entries(byUrl).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(v / 3).toFixed(1).padStart(7)}  ${k}`);
console.log("functions:");
for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`  ${(v / 3).toFixed(1).padStart(7)}  ${k}`);
console.log("under:");
const { readFileSync, existsSync } = await import("node:fs");
for (const [k, v] of Object.entries(under).sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  const m = /(chunks\/\S+\.js):(\d+):(\d+)$/.exec(k);
  let snip = "";
  const file = m ? `${dir}/.next/static/${m[1]}` : "";
  if (m && existsSync(file)) snip = readFileSync(file, "utf8").split("\n")[Number(m[2])].slice(Number(m[3]) - 20, Number(m[3]) + 160).replace(/\s+/g, " ");
  console.log(`  ${(v / 3).toFixed(1).padStart(7)}  ${k}   ${snip}`);
}
console.log("inclusive:");
for (const [k, v] of Object.entries(inclAgg).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOPI ?? 60))) console.log(`  ${(v / 3).toFixed(1).padStart(7)}  ${k}`);
await browser.close();
await app.stop();
await upstream.stop();
