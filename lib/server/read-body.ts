import { AppError } from "@/lib/errors";

/**
 * Reads a request body up to `limit` bytes. Stops reading (and never buffers the rest) as soon as
 * the limit is passed, so an oversized upload cannot exhaust memory.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const tooLarge = () =>
    new AppError("payload_too_large", `The message is too large to send (limit ${Math.round(limit / 1024 / 1024)} MB). Remove an attachment and try again.`, 413);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) throw new AppError("bad_request", "The request has no body.", 400);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.", 400);
  }
}
