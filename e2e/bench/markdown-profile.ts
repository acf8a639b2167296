/**
 * Attributes the markdown peer's long tasks (issue 14): streams the answer once into one renderer
 * under a Chrome trace (top-level tasks with wall AND thread time, timeline phases, V8's sampling
 * profiler; unminified bundle, so function names survive) and prints where the main thread's
 * time went in the measured window (first second of streaming to the final render's last DOM
 * change), then the busiest tasks with their samples. Not a benchmark: no figures to compare.
 *   npx tsx e2e/bench/markdown-profile.ts [app|streamdown|naive] [step] [pace]
 */
import { launchChromium } from "./harness";
import type { Kind } from "./peers/markdown-harness";
import { openPeerPage, runPeer } from "./peers/markdown-page";
import { longestTasks, mainThreadTasks, rendererMain, startTrace, stopTrace, type TraceEvent } from "./peers/main-thread-trace";

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string };
}
type ChunkData = { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };

function samplesOf(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  // Chunks come from V8's sampler thread; the "Profile" event names the sampled thread.
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid);
  let t = (profile?.args?.data as ChunkData | undefined)?.startTime ?? 0;
  for (const e of events) {
    if (!profile || e.name !== "ProfileChunk" || e.pid !== pid || e.id !== profile.id) continue;
    const d = e.args!.data as ChunkData;
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    (d.cpuProfile?.samples ?? []).forEach((s, i) => {
      t += d.timeDeltas![i];
      samples.push({ ts: t, node: s });
    });
  }
  const name = (id: number) => nodes.get(id)?.callFrame.functionName || "(anonymous)";
  const frames = (id: number) => {
    const out = new Set<string>();
    for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) out.add(n.callFrame.functionName || "(anonymous)");
    return out;
  };
  return { samples, name, frames };
}

const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(", ");
const add = (m: Map<string, number>, k: string, v = 1) => m.set(k, (m.get(k) ?? 0) + v);

const PHASES = ["FunctionCall", "TimerFire", "Paint", "PrePaint", "Layout", "UpdateLayoutTree", "Layerize", "HitTest", "MinorGC", "MajorGC", "ParseHTML"];

async function main() {
  const kind = (process.argv[2] ?? "app") as Kind;
  const step = Number(process.argv[3] ?? 20);
  const pace = Number(process.argv[4] ?? (step <= 20 ? 4 : 80));
  const browser = await launchChromium();
  try {
    const page = await openPeerPage(browser, { minify: false });
    await runPeer(page, kind, 8000, 0);
    await startTrace(browser, page, ["devtools.timeline", "disabled-by-default-v8.cpu_profiler"]);
    const result = await runPeer(page, kind, step, pace);
    const events = await stopTrace(browser);
    console.log(`${kind}, ${step}-char updates:`, JSON.stringify(result));
    const { tasks, toTrace } = mainThreadTasks(events, { "mdpeer-start": result.started, "mdpeer-end": result.endMark });
    const from = result.started + 1000;
    const window = tasks.filter((t) => t.start > from && t.start < result.finished);
    const l = longestTasks(tasks, from, result.finished);
    const cpu = window.reduce((a, t) => a + t.threadMs, 0);
    console.log(`${window.length} tasks in the window, thread time ${cpu.toFixed(0)} ms; longest: wall ${l.wallMs.toFixed(0)} ms, thread ${l.threadMs.toFixed(0)} ms; over 50 ms: ${l.over50Wall} by wall, ${l.over50Thread} by thread time`);

    const main = rendererMain(events);
    const [a, b] = [toTrace(from), toTrace(result.finished)];
    const phaseMs = new Map<string, number>();
    const phaseN = new Map<string, number>();
    for (const e of events) {
      if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== "X" || e.ts < a || e.ts > b || !PHASES.includes(e.name)) continue;
      add(phaseMs, e.name, Math.round((e.tdur ?? e.dur ?? 0) / 1000));
      add(phaseN, e.name);
    }
    console.log(`thread ms by phase: ${top(phaseMs, 12)}\nevents by phase: ${top(phaseN, 12)}`);
    // Whether a frame's cost grows with the answer: mean ms per event in each quarter of the window.
    for (const phase of ["Paint", "Layout", "PrePaint", "UpdateLayoutTree"]) {
      const q = [0, 0, 0, 0].map(() => ({ ms: 0, n: 0 }));
      for (const e of events) {
        if (e.pid !== main.pid || e.tid !== main.tid || e.name !== phase || e.ph !== "X" || e.ts < a || e.ts > b) continue;
        const k = Math.min(3, Math.floor(((e.ts - a) / (b - a)) * 4));
        q[k].ms += (e.tdur ?? e.dur ?? 0) / 1000;
        q[k].n++;
      }
      console.log(`  ${phase} ms per event by quarter: ${q.map((x) => (x.n ? x.ms / x.n : 0).toFixed(2)).join(", ")}`);
    }

    const { samples, name, frames } = samplesOf(events, main.pid, main.tid);
    const inWindow = samples.filter((s) => s.ts > a && s.ts < b && name(s.node) !== "(idle)");
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (const s of inWindow) {
      add(self, name(s.node));
      for (const f of frames(s.node)) add(incl, f);
    }
    console.log(`samples in the window by function\n  self: ${top(self, 30)}\n  incl: ${top(incl, 45)}`);

    for (const t of window.sort((x, y) => y.threadMs - x.threadMs).slice(0, 6)) {
      const [ta, tb] = [toTrace(t.start), toTrace(t.start + t.wallMs)];
      const tself = new Map<string, number>();
      for (const s of inWindow) if (s.ts >= ta && s.ts <= tb) add(tself, name(s.node));
      console.log(`task @${((t.start - result.started) / 1000).toFixed(2)} s: wall ${t.wallMs.toFixed(0)} ms, thread ${t.threadMs.toFixed(0)} ms; samples ${top(tself, 8)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
