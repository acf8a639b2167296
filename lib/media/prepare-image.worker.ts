/// <reference lib="webworker" />
/**
 * Image preparation off the main thread: decoding a 12 MP photo, rotating it (a 2D draw) and
 * re-encoding it blocks for seconds on a busy machine; here it never freezes the page.
 */
import { prepareImage, PrepareImageError, type PreparedImage } from "./prepare-image";

export type PrepareRequest = { id: number; blob: Blob };
export type PrepareReply =
  | { id: number; ok: true; image: PreparedImage }
  | { id: number; ok: false; message: string; code: string }
  /** Something the worker cannot do (an API missing here): the page prepares it itself. */
  | { id: number; ok: false; fallback: true };

/** A refusal about the file goes to the user; one about this context means: try on the page. */
function replyFor(id: number, error: unknown): PrepareReply {
  if (error instanceof PrepareImageError && error.code !== "no_browser") return { id, ok: false, message: error.message, code: error.code };
  return { id, ok: false, fallback: true };
}

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
  const { id, blob } = event.data;
  let reply: PrepareReply;
  try {
    reply = { id, ok: true, image: await prepareImage(blob) };
  } catch (error) {
    reply = replyFor(id, error);
  }
  (self as unknown as Worker).postMessage(reply);
};
