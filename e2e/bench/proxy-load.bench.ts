/**
 * The proxy under load, as ratios against the proxy floor (e2e/bench/peers/proxy-floor.mjs: a bare
 * Node pass-through piping the same stand-in's bytes) run beside it in the same process,
 * interleaved A B A B. Per round: N concurrent streams of ~400 chunks through each; time to first
 * byte (median over the N streams) and server CPU per stream (utime + stime from /proc).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { reportCheck, reportRatio, rotate, summarise } from "./compare";
import { freePort, median, startApp, type Running } from "./harness";
import { cpuMs } from "./proc";

const KEY = "bench-key";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LEVELS = (process.env.BENCH_LEVELS ?? "100,200").split(",").map(Number);
// ~400 content chunks of 44 characters at 100 chunks/s: GLM's own pace, 4 s per stream.
const PROMPT = "[[scenario:long]] [[chunk:44]] [[tps:100]]";

async function child(args: string[], env: Record<string, string>, health: string): Promise<Running> {
  const proc: ChildProcess = spawn(args[0], args.slice(1), { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(health)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: new URL(health).origin,
    pid: proc.pid,
    stop: async () => {
      proc.kill("SIGTERM");
      await new Promise((r) => proc.once("exit", r));
    },
  };
}

interface Load { ttfb: number; cpuPerStream: number; errors: number }

/**
 * One stream on its own connection (node:http, no keep-alive). With a pooled client (fetch) a
 * contender's connections sat idle for the other's round, ~5 s, which is when Node's servers close
 * idle sockets: a POST sent on one as it closed failed ("other side closed"), counted against
 * whichever server it hit. A failed stream: an error, a non-200, an `error` event or no end marker.
 */
function one(url: string, body: string, done: string): Promise<{ ttfb: number; ok: boolean }> {
  const t0 = performance.now();
  let ttfb = 0;
  return new Promise((resolve) => {
    const fail = (why: string) => {
      if (process.env.BENCH_VERBOSE) console.log("stream failed:", why);
      resolve({ ttfb: ttfb || performance.now() - t0, ok: false });
    };
    const req = request(url, { method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let tail = "";
      res.setEncoding("utf8");
      res.on("data", (text: string) => {
        if (!ttfb) ttfb = performance.now() - t0;
        tail = (tail + text).slice(-400);
      });
      res.once("end", () => {
        if (res.statusCode === 200 && tail.includes(done) && !tail.includes('"type":"error"')) resolve({ ttfb, ok: true });
        else fail(`${res.statusCode} ${tail.slice(-200)}`);
      });
      res.once("close", () => {
        if (!res.complete) fail(`cut off after ${tail.slice(-200)}`);
      });
      res.on("error", (error) => fail(String(error)));
    });
    req.on("error", (error) => fail(String(error)));
    req.end(body);
  });
}

async function load(server: Running, path: string, streams: number, done: string): Promise<Load> {
  const body = JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: PROMPT }] });
  const before = cpuMs(server.pid!);
  const results = await Promise.all(Array.from({ length: streams }, () => one(`${server.url}${path}`, body, done)));
  const cpu = cpuMs(server.pid!) - before;
  return { ttfb: median(results.map((r) => r.ttfb)), cpuPerStream: cpu / streams, errors: results.filter((r) => !r.ok).length };
}

function ratioText(values: number[]): string {
  const s = summarise(values);
  return `${s.median.toFixed(2)}x (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}

async function main() {
  const standInPort = await freePort();
  const upstream = await child(["node_modules/.bin/tsx", "e2e/stand-in/main.ts"], { STANDIN_PORT: String(standInPort), STANDIN_KEY: KEY }, `http://127.0.0.1:${standInPort}/health`);
  const upstreamBase = `${upstream.url}/api/paas/v4`;
  const floorPort = await freePort();
  const floor = await child(["node", "e2e/bench/peers/proxy-floor.mjs"], { FLOOR_PORT: String(floorPort), FLOOR_UPSTREAM: `${upstreamBase}/chat/completions`, FLOOR_KEY: KEY }, `http://127.0.0.1:${floorPort}/`);
  // BENCH_PROFILE=<dir>: a V8 CPU profile of the app under this load, written when it stops.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const app = await startApp(0, { ZAI_API_KEY: KEY, ZAI_BASE_URL: upstreamBase, CHAT_MAX_IN_FLIGHT: "1000" }, profile);
  const stops: Array<() => Promise<void> | undefined> = [];
  try {
    const onFloor = (n: number) => load(floor, "/", n, "[DONE]");
    const onApp = (n: number) => load(app, "/api/chat", n, '"type":"finish"');
    // Warm both: JIT, lazy route loading, connection pools.
    for (let i = 0; i < 3; i++) await Promise.all([onFloor(20), onApp(20)]);
    // BENCH_BASE_DIR=<another checkout with its own build>: that build runs as a third contender,
    // giving the before/after ratio of a change measured in the same rounds.
    const base = process.env.BENCH_BASE_DIR ? await startApp(0, { ZAI_API_KEY: KEY, ZAI_BASE_URL: upstreamBase }, [], process.env.BENCH_BASE_DIR) : null;
    stops.push(() => base?.stop());
    if (base) for (let i = 0; i < 3; i++) await load(base, "/api/chat", 20, '"type":"finish"');
    console.log(`\nProxy under load vs the proxy floor (bare Node pass-through), ${ROUNDS} interleaved rounds`);
    for (const n of LEVELS) {
      const runners: Record<string, () => Promise<Load>> = { floor: () => onFloor(n), app: () => onApp(n) };
      if (base) runners.before = () => load(base, "/api/chat", n, '"type":"finish"');
      const rounds = await rotate(ROUNDS, runners);
      if (process.env.BENCH_VERBOSE) for (const r of rounds) console.log(JSON.stringify(r));
      reportRatio(`${n} streams: time to first byte, app / floor`, rounds.map((r) => r.app.ttfb / r.floor.ttfb), 2);
      reportRatio(`${n} streams: CPU per stream, app / floor`, rounds.map((r) => r.app.cpuPerStream / r.floor.cpuPerStream), 2);
      if (base) {
        console.log(`      ${n} streams, before: ttfb ${ratioText(rounds.map((r) => r.before.ttfb / r.floor.ttfb))} of floor, CPU ${ratioText(rounds.map((r) => r.before.cpuPerStream / r.floor.cpuPerStream))}; after / before: ttfb ${ratioText(rounds.map((r) => r.app.ttfb / r.before.ttfb))}, CPU ${ratioText(rounds.map((r) => r.app.cpuPerStream / r.before.cpuPerStream))}`);
      }
      const appErrors = rounds.reduce((sum, r) => sum + r.app.errors, 0);
      const floorErrors = rounds.reduce((sum, r) => sum + r.floor.errors, 0);
      const ttfb = median(rounds.map((r) => r.app.ttfb));
      const cpu = median(rounds.map((r) => r.app.cpuPerStream));
      reportCheck(`${n} streams: failed streams (app + floor)`, `${appErrors} + ${floorErrors} (app ttfb ${ttfb.toFixed(0)} ms, ${cpu.toFixed(1)} ms CPU/stream)`, "0", appErrors + floorErrors === 0);
    }
  } finally {
    for (const stop of stops) await stop();
    await app.stop();
    await floor.stop();
    await upstream.stop();
  }
}

await main();
