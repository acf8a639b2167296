/**
 * Proxy overhead: time to first event and throughput through /api/chat versus straight from the
 * stand-in upstream, medians over many runs, plus event count versus upstream chunk count.
 */
import type { RecordedRequest } from "../stand-in/server";
import { median, report, startApp, startStandIn } from "./harness";

const RUNS = 60;
const KEY = "bench-key";

async function timeStream(url: string, body: unknown, headers: Record<string, string>) {
  const t0 = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const reader = res.body!.getReader();
  let first = 0;
  let bytes = 0;
  let text = "";
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!first) first = performance.now() - t0;
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
  const total = performance.now() - t0;
  const events = text.split("\n").filter((l) => l.startsWith("data: ") && l !== "data: [DONE]").length;
  return { first, total, bytes, events };
}

/** Milliseconds from the client aborting a streaming answer to the upstream seeing its connection close. */
async function stopLatency(url: string, headers: Record<string, string>, requests: RecordedRequest[]) {
  const marker = `stop-${Math.random().toString(36).slice(2)}`;
  const controller = new AbortController();
  const body = { model: "glm-4.5v", messages: [{ role: "user", content: `[[scenario:long]] [[tps:40]] ${marker}` }] };
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal: controller.signal });
  await res.body!.getReader().read();
  const record = requests.find((r) => JSON.stringify(r.body).includes(marker))!;
  const abortedAt = Date.now();
  controller.abort();
  while (!record.clientClosedAt) await new Promise((r) => setTimeout(r, 1));
  return record.clientClosedAt - abortedAt;
}

async function main() {
  const upstream = await startStandIn({ key: KEY, tokensPerSecond: Number.POSITIVE_INFINITY });
  const app = await startApp(3301, { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4` });
  try {
    const short = { model: "glm-4.5v", messages: [{ role: "user", content: "[[scenario:no-reasoning]] hi" }] };
    const long = { model: "glm-4.5v", messages: [{ role: "user", content: "[[scenario:long]]" }] };
    const direct = (b: unknown) => timeStream(`${upstream.url}/api/paas/v4/chat/completions`, b, { authorization: `Bearer ${KEY}` });
    const proxied = (b: unknown) => timeStream(`${app.url}/api/chat`, b, {});

    // Warm both paths: the first dozens of requests still pay for JIT and lazy route loading.
    for (let i = 0; i < 30; i++) {
      await proxied(short);
      await direct(short);
    }
    const ttfbDirect: number[] = [];
    const ttfbProxy: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ttfbDirect.push((await direct(short)).first);
      ttfbProxy.push((await proxied(short)).first);
    }
    const tputDirect: number[] = [];
    const tputProxy: number[] = [];
    let chunks = 0;
    let events = 0;
    for (let i = 0; i < 15; i++) {
      const d = await direct(long);
      const p = await proxied(long);
      // Throughput in answer tokens per second: both carry the same tokens, in different framing.
      tputDirect.push(d.events / (d.total / 1000));
      tputProxy.push(p.events / (p.total / 1000));
      chunks = d.events;
      events = p.events;
    }
    // At a fixed fast rate (20x GLM's real speed) the proxy should deliver what the upstream sends.
    const paced = { model: "glm-4.5v", messages: [{ role: "user", content: "[[scenario:long]] [[tps:2000]]" }] };
    const pacedDirect: number[] = [];
    const pacedProxy: number[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await direct(paced);
      const p = await proxied(paced);
      pacedDirect.push(d.events / (d.total / 1000));
      pacedProxy.push(p.events / (p.total / 1000));
    }
    // Stop: the upstream must hear the user's Stop about as soon as it would without the proxy.
    const stopDirect: number[] = [];
    const stopProxy: number[] = [];
    for (let i = 0; i < 10; i++) {
      stopDirect.push(await stopLatency(`${upstream.url}/api/paas/v4/chat/completions`, { authorization: `Bearer ${KEY}` }, upstream.requests));
      stopProxy.push(await stopLatency(`${app.url}/api/chat`, {}, upstream.requests));
    }
    const pacedRatio = median(pacedProxy) / median(pacedDirect);
    if (process.env.BENCH_VERBOSE) console.log("proxy ttfb", ttfbProxy.map((v) => v.toFixed(1)).join(" "));
    const added = median(ttfbProxy) - median(ttfbDirect);
    const ratio = median(tputProxy) / median(tputDirect);
    console.log(`\nProxy overhead (${RUNS} runs, medians)`);
    report("time to first event, direct from stand-in", `${median(ttfbDirect).toFixed(2)} ms`, "-", true);
    report("time to first event, through /api/chat", `${median(ttfbProxy).toFixed(2)} ms`, "-", true);
    report("added time to first event", `${added.toFixed(2)} ms`, "< 5 ms", added < 5);
    report("throughput at 2,000 tokens/s: direct (chunks/s)", `${median(pacedDirect).toFixed(0)}`, "-", true);
    report("throughput at 2,000 tokens/s: through proxy (events/s)", `${median(pacedProxy).toFixed(0)}`, "-", true);
    report("throughput ratio at 2,000 tokens/s, proxy / direct", `${(pacedRatio * 100).toFixed(1)} %`, ">= 90 %", pacedRatio >= 0.9);
    report("capacity, unpaced: direct (chunks/s, CPU-bound)", `${median(tputDirect).toFixed(0)}`, "-", true);
    report("capacity, unpaced: through proxy (events/s)", `${median(tputProxy).toFixed(0)}`, "-", true);
    report("capacity ratio proxy / direct (parse + re-encode cost)", `${(ratio * 100).toFixed(1)} %`, "info", true);
    report("stop to upstream closed, direct", `${median(stopDirect).toFixed(1)} ms`, "-", true);
    report("stop to upstream closed, through /api/chat", `${median(stopProxy).toFixed(1)} ms`, "< 500 ms", median(stopProxy) < 500);
    report("events streamed vs upstream chunks (long answer)", `${events} / ${chunks}`, "1 per chunk (+usage)", events >= chunks);
  } finally {
    await app.stop();
    await upstream.stop();
  }
}

await main();
