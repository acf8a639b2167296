/**
 * The page's main-thread tasks during each `performance.measure` window, from a Chromium trace.
 * A task's wall time on a loaded machine mostly measures waiting for a core (a trace showed a
 * 63 ms "long task" with 0.1 ms of CPU while the box ran at load 15 on 2 cores); its thread time
 * (`tdur`) is what the page itself did, and means the same on any machine.
 */
import type { Page } from "playwright-core";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface WindowTasks {
  /** The longest task overlapping the window: wall time and its CPU time, in ms. */
  wall: number;
  cpu: number;
}

export function longestPerWindow(events: readonly TraceEvent[], measure: string): WindowTasks[] {
  const marks = events.filter((e) => e.name === measure).sort((a, b) => a.ts - b.ts);
  const starts = marks.filter((e) => e.ph === "b");
  const ends = marks.filter((e) => e.ph === "e");
  if (!starts.length) return [];
  const pid = starts[0].pid;
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.pid === pid && e.args?.name === "CrRendererMain");
  const tasks = events.filter((e) => e.ph === "X" && (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") && e.pid === pid && e.tid === main?.tid);
  return starts.map((s, i) => {
    const end = ends[i]?.ts ?? s.ts;
    const hit = tasks.filter((t) => t.ts < end && t.ts + (t.dur ?? 0) > s.ts);
    return {
      wall: Math.max(0, ...hit.map((t) => (t.dur ?? 0) / 1000)),
      cpu: Math.max(0, ...hit.map((t) => (t.tdur ?? 0) / 1000)),
    };
  });
}

/** Starts tracing top-level tasks and user timing; `stop` returns the longest task per window of `measure`. */
export async function traceTasks(page: Page, measure: string): Promise<{ stop(): Promise<WindowTasks[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", { categories: "toplevel,blink.user_timing", transferMode: "ReportEvents" });
  return {
    async stop() {
      const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
      await cdp.send("Tracing.end");
      await done;
      await cdp.detach();
      return longestPerWindow(events, measure);
    },
  };
}
