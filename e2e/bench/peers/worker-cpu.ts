/**
 * Where an image preparation's CPU goes, from a Chrome trace: decoding runs as thread-pool tasks,
 * the 2D draw (with EXIF rotation) is the canvas's FinalizeFrame on the worker, and the rest of
 * the worker's tasks is mostly the JPEG encode. Thread time, so load does not inflate it.
 */
import type { TraceEvent } from "./main-thread-trace";

/** For startTrace: the worker's top-level tasks (devtools.timeline) and the canvas flush (blink). */
export const WORKER_CPU_CATEGORIES = ["disabled-by-default-devtools.timeline", "blink", "__metadata"];

export interface StageCpu {
  decode: number;
  draw: number;
  workerRest: number;
  main: number;
}

/** Mean thread ms per window; windows are [start, end] in trace microseconds. */
export function stageCpu(events: TraceEvent[], windows: Array<[number, number]>): StageCpu {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const thread = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`) ?? "";
  const inside = (e: TraceEvent) => windows.some(([s, t]) => e.ts >= s && e.ts <= t);
  const sum = (pick: (e: TraceEvent) => boolean) =>
    events.filter((e) => e.ph === "X" && e.dur !== undefined && pick(e) && inside(e)).reduce((n, e) => n + (e.tdur ?? e.dur!) / 1000, 0) / windows.length;
  const draw = sum((e) => e.name === "OffscreenCanvasRenderingContext2D::FinalizeFrame");
  return {
    decode: sum((e) => e.name === "ThreadPool_RunTask" && thread(e).startsWith("ThreadPool")),
    draw,
    workerRest: sum((e) => e.name === "RunTask" && thread(e).startsWith("DedicatedWorker")) - draw,
    main: sum((e) => e.name === "ThreadControllerImpl::RunTask" && thread(e) === "CrRendererMain"),
  };
}

export const formatStages = (s: StageCpu) =>
  `decode ${s.decode.toFixed(0)}, rotate/draw ${s.draw.toFixed(0)}, encode and rest ${s.workerRest.toFixed(0)}, page main thread ${s.main.toFixed(0)} ms CPU`;
