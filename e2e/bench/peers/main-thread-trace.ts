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
}

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
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.dur !== undefined)
    .map((e) => ({ start: e.ts / 1000 - offset, wallMs: e.dur! / 1000, threadMs: (e.tdur ?? e.dur!) / 1000 }));
  return { tasks, toTrace: (ms) => (ms + offset) * 1000 };
}

/** The longest task (by wall and by thread time) starting inside [from, to] (performance.now() ms). */
export function longestTasks(tasks: Task[], from: number, to: number) {
  const inside = tasks.filter((t) => t.start > from && t.start < to);
  return {
    wallMs: Math.max(0, ...inside.map((t) => t.wallMs)),
    threadMs: Math.max(0, ...inside.map((t) => t.threadMs)),
    over50Wall: inside.filter((t) => t.wallMs > 50).length,
    over50Thread: inside.filter((t) => t.threadMs > 50).length,
  };
}
