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
const R = 3;
for (let round = 0; round < R; round++) {
  await browser.startTracing(p, { categories: ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline", "blink"] });
  if (which === "list") {
    await p.reload();
    await p.waitForSelector('[data-testid="conversation-list"][data-count="5000"]', { timeout: 60000 });
  } else {
    await p.goto(`${app.url}/c/bench-long`);
    await p.waitForFunction(() => [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1)?.textContent?.includes("Answer 499"), undefined, { timeout: 60000, polling: "raf" });
  }
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: Array<{ name: string; ph: string; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string } } }> };
  // main thread of the renderer: the thread with CrRendererMain name
  const main = traceEvents.find((e) => e.name === "thread_name" && (e as unknown as { args: { name: string } }).args.name === "CrRendererMain");
  for (const e of traceEvents) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== "X") continue;
    const d = (e.tdur ?? e.dur ?? 0) / 1000;
    let k = e.name;
    if (k === "EvaluateScript" || k === "v8.compile" || k === "v8.compileModule" || k === "v8.evaluateModule") k += " " + (e.args?.data?.url ?? "").replace(/^.*\/_next\/static\//, "").slice(0, 40);
    agg[k] = (agg[k] ?? 0) + d;
  }
}
console.log(`${dir} ${which}: main-thread event totals (ms per start, nested events overlap)`);
for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`  ${(v / R).toFixed(1).padStart(7)}  ${k}`);
await browser.close();
await app.stop();
await upstream.stop();
