import { AppError } from "@/lib/errors";

/** What `readCapped` reads: a web stream, or the chat fast path's plain reader over Node's request. */
export interface BodySource {
  getReader(): { read(): Promise<ReadableStreamReadResult<Uint8Array>>; cancel(reason?: unknown): Promise<void> };
}

/**
 * Reads a stream up to `limit` bytes. Returns undefined (and stops reading, never buffering the
 * rest) as soon as the limit is passed, so an oversized body cannot exhaust memory.
 */
export async function readCapped(body: BodySource, limit: number, signal?: AbortSignal): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const onAbort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener("abort", onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw signal.reason;
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

class BodyDeadline extends Error {}

/**
 * Reads a JSON request body up to `limit` bytes within `deadlineMs`: a client trickling bytes
 * (slowloris) gets 408 instead of holding the request open.
 */
export async function readJsonBody(request: { headers: Headers; body: BodySource | null }, limit: number, deadlineMs = 60_000): Promise<unknown> {
  const tooLarge = () =>
    new AppError("payload_too_large", `The message is too large to send (limit ${Math.round(limit / 1024 / 1024)} MB). Remove an attachment and try again.`, 413);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) throw new AppError("bad_request", "The request has no body.", 400);

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new BodyDeadline()), deadlineMs);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCapped(request.body, limit, deadline.signal);
  } catch (error) {
    if (error instanceof BodyDeadline) throw new AppError("bad_request", "The request took too long to arrive. Check the connection and retry.", 408);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (!bytes) throw tooLarge();
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.", 400);
  }
}
