/**
 * Main-thread tasks from a Chrome trace, for the markdown peer bench and its profiler. A long
 * task's wall time (what PerformanceObserver "longtask" reports) grows when the machine is loaded
 * and the renderer's thread waits for a core; its thread time (CPU spent on it) does not, so the
 * two side by side tell a slow task from a starved one.
 */
import type { Browser, Page } from "playwright-core";

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { name?: string };
}

export interface Task {
  /** performance.now() of the page, in ms. */
  start: number;
  wallMs: number;
  threadMs: number;
  /** Thread time of garbage collection inside the task (0 unless the trace had GC_CATEGORY). */
  gcMs: number;
}

/** V8's GC phases (scavenges, mark-compact pauses, incremental marking steps): cheap, few events. */
export const GC_CATEGORY = "disabled-by-default-v8.gc";

export async function startTrace(browser: Browser, page: Page, categories: string[] = []) {
  await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing", ...categories] });
}

export async function stopTrace(browser: Browser): Promise<TraceEvent[]> {
  return (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

export function rendererMain(events: TraceEvent[]): { pid: number; tid: number } {
  const t = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!t) throw new Error("no renderer main thread in the trace");
  return { pid: t.pid, tid: t.tid };
}

/**
 * The page's top-level tasks, on its performance.now() clock: `marks` are performance.mark()s the
 * page made, each with its performance.now() then; the first one found in the trace fixes the offset.
 */
export function mainThreadTasks(events: TraceEvent[], marks: Record<string, number>): { tasks: Task[]; toTrace: (ms: number) => number } {
  const main = rendererMain(events);
  const found = Object.entries(marks)
    .map(([name, at]) => ({ at, e: events.findLast((e) => e.name === name && e.pid === main.pid) }))
    .find((m) => m.e);
  if (!found) throw new Error(`none of the marks ${Object.keys(marks).join(", ")} is in the trace`);
  const offset = found.e!.ts / 1000 - found.at;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined);
  const gc = outermost(onMain.filter((e) => e.cat?.includes(GC_CATEGORY)));
  let g = 0;
  const tasks = onMain
    .filter((e) => e.name === "ThreadControllerImpl::RunTask")
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      let gcMs = 0;
      while (g < gc.length && gc[g].ts < e.ts) g++;
      for (let k = g; k < gc.length && gc[k].ts < e.ts + e.dur!; k++) gcMs += (gc[k].tdur ?? gc[k].dur!) / 1000;
      return { start: e.ts / 1000 - offset, wallMs: e.dur! / 1000, threadMs: (e.tdur ?? e.dur!) / 1000, gcMs };
    });
  return { tasks, toTrace: (ms) => (ms + offset) * 1000 };
}

/** Events not nested in another of the same list (GC phases nest), in time order. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const last = out[out.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) out.push(e);
  }
  return out;
}

/** The longest task (by wall and by thread time) starting inside [from, to] (performance.now() ms). */
export function longestTasks(tasks: Task[], from: number, to: number) {
  const inside = tasks.filter((t) => t.start > from && t.start < to);
  const byThread = inside.reduce<Task | undefined>((a, t) => (!a || t.threadMs > a.threadMs ? t : a), undefined);
  return {
    wallMs: Math.max(0, ...inside.map((t) => t.wallMs)),
    threadMs: byThread?.threadMs ?? 0,
    /** GC's share of the task with the most thread time. */
    gcMsOfLongest: byThread?.gcMs ?? 0,
    over50Wall: inside.filter((t) => t.wallMs > 50).length,
    over50Thread: inside.filter((t) => t.threadMs > 50).length,
  };
}
