/**
 * Runs prepareImage in a Web Worker (lib/media/prepare-image.worker.ts) so the page stays
 * responsive while a large photo is decoded, rotated and re-encoded. Falls back to the main
 * thread when a worker cannot start or lacks an API the preparation needs.
 */
import { prepareImage, PrepareImageError, type PreparedImage } from "./prepare-image";
import type { PrepareReply, PrepareRequest } from "./prepare-image.worker";

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: PrepareReply) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined") return (worker = null);
  try {
    worker = new Worker(new URL("./prepare-image.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<PrepareReply>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    worker.onerror = () => {
      // A worker that cannot start: everything waiting is prepared on the main thread instead.
      worker = null;
      for (const [id, resolve] of waiting) resolve({ id, ok: false, fallback: true });
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

export async function prepareImageOffThread(blob: Blob): Promise<PreparedImage> {
  const w = getWorker();
  if (!w) return prepareImage(blob);
  const id = nextId++;
  const reply = await new Promise<PrepareReply>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, blob } satisfies PrepareRequest);
  });
  if (reply.ok) return reply.image;
  if ("fallback" in reply) return prepareImage(blob);
  throw new PrepareImageError(reply.message, reply.code);
}
