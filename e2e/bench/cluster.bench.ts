/**
 * Streams per instance: how many concurrent answers one standalone instance holds with zero
 * errors, and the memory (RSS) each costs, against two references measured in the same run: the
 * instance's own idle RSS and a bare Node pass-through (e2e/bench/floor-server.mjs).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { ask } from "../cluster/api";
import { startApp, waitFor } from "../cluster/services";
import { startStandIn, upstreamEnv } from "../cluster/stand-in";
import { median, report } from "./harness";

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PORTS = { standIn: 4120 + offset, app: 4121 + offset, floor: 4122 + offset };
const LEVELS = [100, 200, 400, 800];
const ROUNDS = 3;
const HELD = 200;

type StandIn = Awaited<ReturnType<typeof startStandIn>>;
interface Server { url: string; pid: number; stop(): Promise<void> }

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

/** One stream: resolves `first` on its first bytes, `ok` once it ended with `end` in it. */
function consume(res: Response, end: string) {
  const reader = res.body!.getReader();
  const first = reader.read();
  const ok = (async () => {
    let text = new TextDecoder().decode((await first).value);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text.includes(end);
      text += new TextDecoder().decode(value);
    }
  })().catch(() => false);
  return { first: first.catch(() => null), ok };
}

let gateId = 0;
/** Opens `n` streams held at a gate, reads RSS while all are open, releases them, counts errors. */
async function hold(server: Server, n: number, standIn: StandIn, end: string) {
  const gate = `bench-${gateId++}`;
  const streams = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      ask(server.url, "", `[[scenario:no-reasoning]] [[gate:${gate}]] bench ${i}`).then((res) => (res.status === 200 ? consume(res, end) : null), () => null),
    ),
  );
  await Promise.all(streams.map((s) => s?.first));
  const rss = rssMb(server.pid);
  standIn.openGate(gate);
  const oks = await Promise.all(streams.map((s) => s?.ok ?? false));
  return { rss, errors: oks.filter((ok) => !ok).length };
}

async function app(standIn: StandIn): Promise<Server> {
  const a = await startApp("bench", PORTS.app, {
    ...upstreamEnv(standIn.url),
    DATA_DIR: "/tmp/glm-cluster-bench",
    // Only capacity is measured here: per-client limits would refuse a flood from one address.
    CHAT_RATE_PER_MINUTE: "1000000",
    CHAT_MAX_IN_FLIGHT: "100000",
  });
  return { url: a.url, pid: a.child!.pid!, stop: a.stop };
}

async function floor(standIn: StandIn): Promise<Server> {
  const child = spawn(process.execPath, [new URL("./floor-server.mjs", import.meta.url).pathname], {
    env: { PATH: process.env.PATH, PORT: String(PORTS.floor), UPSTREAM_URL: `${standIn.url}/api/paas/v4/chat/completions`, UPSTREAM_KEY: upstreamEnv(standIn.url).ZAI_API_KEY } as unknown as NodeJS.ProcessEnv,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${PORTS.floor}`;
  await waitFor("floor server", async () => (await fetch(url)).ok, child);
  return { url, pid: child.pid!, stop: async () => void child.kill("SIGKILL") };
}

/** RSS per held stream on a fresh process, from its warmed idle RSS. */
async function perStream(start: () => Promise<Server>, standIn: StandIn, end: string) {
  const server = await start();
  try {
    // Warm the route (JIT, lazy bundles) before the idle reference.
    for (let i = 0; i < 20; i++) await (await ask(server.url, "", "[[scenario:no-reasoning]] warm")).text();
    const idle = rssMb(server.pid);
    const { rss, errors } = await hold(server, HELD, standIn, end);
    return { idle, per: (rss - idle) / HELD, errors };
  } finally {
    await server.stop();
  }
}

async function main() {
  const standIn = await startStandIn(PORTS.standIn);
  try {
    const appRuns = [];
    const floorRuns = [];
    for (let r = 0; r < ROUNDS; r++) {
      appRuns.push(await perStream(() => app(standIn), standIn, '"type":"finish"'));
      floorRuns.push(await perStream(() => floor(standIn), standIn, "[DONE]"));
    }
    const ramp = await app(standIn);
    let held = 0;
    try {
      for (const n of LEVELS) {
        if ((await hold(ramp, n, standIn, '"type":"finish"')).errors) break;
        held = n;
      }
    } finally {
      await ramp.stop();
    }
    const kb = (mb: number) => `${(mb * 1024).toFixed(0)} KB`;
    const spread = (v: number[]) => `${kb(Math.min(...v))}–${kb(Math.max(...v))}`;
    const appPer = appRuns.map((r) => r.per);
    const floorPer = floorRuns.map((r) => r.per);
    const idle = median(appRuns.map((r) => r.idle));
    const errors = [...appRuns, ...floorRuns].reduce((n, r) => n + r.errors, 0);
    console.log(`\nStreams per instance (fresh standalone instance per round, ${ROUNDS} rounds of ${HELD} held streams)`);
    report(`streams held at zero errors (tried ${LEVELS.join(", ")})`, `${held}`, ">= 200", held >= 200);
    report(`errors in the ${ROUNDS} x ${HELD}-stream rounds, app and pass-through`, `${errors}`, "0", errors === 0);
    report("idle RSS of a warmed instance (reference)", `${idle.toFixed(0)} MB`, "-", true);
    report("RSS per held stream, app: median (spread)", `${kb(median(appPer))} (${spread(appPer)})`, "-", true);
    report("RSS per held stream, bare Node pass-through: median (spread)", `${kb(median(floorPer))} (${spread(floorPer)})`, "-", true);
    report("per-stream memory, app / pass-through", `${(median(appPer) / median(floorPer)).toFixed(1)}x`, "info", true);
    report(`${HELD} streams as a share of idle RSS`, `${((median(appPer) * HELD * 100) / idle).toFixed(0)} %`, "info", true);
  } finally {
    await standIn.stop();
  }
}

await main();
