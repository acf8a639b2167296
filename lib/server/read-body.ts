import { AppError } from "@/lib/errors";
import type { HeaderReader } from "@/lib/server/http/headers";

/** What `readCapped` reads: a web stream, or the chat fast path's plain reader over Node's request. */
export interface BodySource {
  getReader(): { read(): Promise<ReadableStreamReadResult<Uint8Array>>; cancel(reason?: unknown): Promise<void> };
}

type BodyReader = ReturnType<BodySource["getReader"]>;

/**
 * Reads a stream up to `limit` bytes. Returns undefined (and stops reading, never buffering the
 * rest) as soon as the limit is passed, so an oversized body cannot exhaust memory.
 */
export async function readCapped(body: BodySource, limit: number, signal?: AbortSignal): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const onAbort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    return await collect(reader, limit, () => {
      if (signal?.aborted) throw signal.reason;
    });
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * The reads themselves; `check` runs after each read (given the bytes read before it) and throws
 * to stop (a cancelled read ends as done). Past `limit` nothing more is kept; with `drainTo` the
 * rest is still read and dropped up to that many bytes in all (see `readJsonBody`), otherwise
 * reading stops at once.
 */
async function collect(reader: BodyReader, limit: number, check: (total: number) => void, drainTo = limit): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    check(total);
    if (done) break;
    total += value.byteLength;
    if (total > drainTo) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    if (total > limit) chunks.length = 0;
    else chunks.push(value);
  }
  if (total > limit) return undefined;
  // A small body usually arrives as one chunk: no copy.
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

class BodyDeadline extends Error {
  constructor(readonly overCap: boolean) {
    super("body deadline");
  }
}

/** How far past its cap a body is still read (and dropped) so the 413 reaches the client. */
export const DRAIN_MARGIN = 64 * 1024 * 1024;

const utf8 = new TextDecoder();

/**
 * Reads a JSON request body up to `limit` bytes within `deadlineMs`: a client trickling bytes
 * (slowloris) gets 408 instead of holding the request open. The deadline is a timer that cancels
 * the read, not an AbortController: the chat path runs this for every request.
 */
export async function readJsonBody(request: { headers: HeaderReader; body: BodySource | null }, limit: number, deadlineMs = 60_000): Promise<unknown> {
  const tooLarge = () =>
    new AppError("payload_too_large", `The message is too large to send (limit ${Math.round(limit / 1024 / 1024)} MB). Remove an attachment and try again.`, 413);
  // A body a little over the cap is read to its end and dropped before the 413 goes out: answered
  // mid-upload, the client is still writing when the exchange ends, and a reset of the connection
  // can reach it before the answer does ("fetch failed: write EPIPE" in e2e under load, 3 times in
  // two sessions). Far over the cap it is refused at once: not worth the bandwidth.
  const drainTo = limit + DRAIN_MARGIN;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > drainTo) throw tooLarge();
  if (!request.body) throw new AppError("bad_request", "The request has no body.", 400);

  const reader = request.body.getReader();
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    void reader.cancel().catch(() => {});
  }, deadlineMs);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await collect(
      reader,
      limit,
      (total) => {
        if (late) throw new BodyDeadline(total > limit);
      },
      drainTo,
    );
  } catch (error) {
    // Still draining a body already known to be too large: that is the answer, not the slowness.
    if (error instanceof BodyDeadline && error.overCap) throw tooLarge();
    if (error instanceof BodyDeadline) throw new AppError("bad_request", "The request took too long to arrive. Check the connection and retry.", 408);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (!bytes) throw tooLarge();
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.", 400);
  }
}
