/**
 * Runs prepareImage in a Web Worker (lib/media/prepare-image.worker.ts) so the page stays
 * responsive while a large photo is decoded, rotated and re-encoded. Falls back to the main
 * thread when there is no Worker or OffscreenCanvas, when the worker cannot start, and when it
 * lacks an API the preparation needs or answers in a shape it never sends.
 */
import { prepareImage, PrepareImageError, type PreparedImage } from "./prepare-image";
import type { PrepareReply, PrepareRequest } from "./prepare-image.worker";

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: unknown) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined") return (worker = null);
  try {
    worker = new Worker(new URL("./prepare-image.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<unknown>) => {
      const id = (e.data as { id?: unknown } | null)?.id;
      if (typeof id !== "number") return;
      waiting.get(id)?.(e.data);
      waiting.delete(id);
    };
    worker.onerror = () => {
      // A worker that cannot start: everything waiting is prepared on the main thread instead.
      worker = null;
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Only the two answers that carry a result count; anything else (a fallback request, or a reply
 * from code that is not ours, as when a stale offline cache booted another worker's script in
 * this one) means: prepare it here.
 */
function settled(reply: unknown): Extract<PrepareReply, { ok: true }> | Extract<PrepareReply, { code: string }> | null {
  if (typeof reply !== "object" || reply === null) return null;
  const r = reply as Partial<Record<"ok" | "image" | "code" | "message", unknown>>;
  if (r.ok === true && typeof r.image === "object" && r.image !== null) return reply as Extract<PrepareReply, { ok: true }>;
  if (r.ok === false && typeof r.code === "string" && typeof r.message === "string") return reply as Extract<PrepareReply, { code: string }>;
  return null;
}

export async function prepareImageOffThread(blob: Blob): Promise<PreparedImage> {
  const w = getWorker();
  if (!w) return prepareImage(blob);
  const id = nextId++;
  const reply = settled(
    await new Promise<unknown>((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ id, blob } satisfies PrepareRequest);
    }),
  );
  if (!reply) return prepareImage(blob);
  if (reply.ok) return reply.image;
  throw new PrepareImageError(reply.message, reply.code);
}
