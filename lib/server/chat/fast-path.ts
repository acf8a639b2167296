import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, errorResponse } from "@/lib/errors";
import { proxyToNode } from "@/lib/glm/proxy-stream";
import { nodeHeaders } from "@/lib/server/http/headers";
import { beginRequestLog } from "@/lib/server/log/request-log";
import type { BodySource } from "@/lib/server/read-body";
import { SSE_HEADERS, prepareChat } from "./prepare";

/** What next.config.mjs `headers()` adds to every answer: this path does not pass through Next. */
const APP_HEADERS = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY" };
const STREAM_HEADERS = { ...SSE_HEADERS, ...APP_HEADERS };

/**
 * POST /api/chat answered straight from Node's request and response, before Next.js routes it.
 * A CPU profile of the proxy under 100-200 concurrent streams (e2e/bench/proxy-load.bench.ts)
 * spent most of the app's time beside the floor in Next's request handling and in the three web
 * streams each chunk crossed (ours, the log's, Next's pipe to the socket). The checks are the
 * route's own (prepareChat: access, limits, body, validation); only the plumbing is skipped: each
 * upstream chunk becomes one `res.write`. Returns false for any other request.
 */
export function serveChatFast(req: IncomingMessage, res: ServerResponse): boolean {
  const path = req.url?.split("?")[0];
  if (req.method !== "POST" || path !== "/api/chat") return false;
  void serve(req, res);
  return true;
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = nodeHeaders(req.headers);
  const log = beginRequestLog("POST /api/chat", "POST", headers);
  // The request's one controller. The client went away before the answer was written out: stop
  // paying for tokens nobody reads.
  const abort = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  // Answered before the body was read (401, 429, 413 on a declared length far over the cap): the
  // rest of the upload is discarded so the client sees the answer instead of a stalled upload.
  res.once("finish", () => {
    if (req.complete) return;
    req.removeAllListeners("data");
    req.resume();
  });
  try {
    const request = { method: "POST", headers, body: bodyOf(req) };
    const prepared = await log.run(() => prepareChat(request, abort, (outcome) => log.end(200, outcome)));
    if (prepared instanceof Response) {
      await send(res, prepared, log.id);
      log.end(prepared.status, "done", { response: prepared });
      return;
    }
    res.writeHead(200, { ...STREAM_HEADERS, "x-request-id": log.id });
    proxyToNode(prepared.upstream, res, prepared.abortUpstream, prepared.options);
  } catch (error) {
    const failed = errorResponse(new AppError("internal", "Something went wrong on the server. Retry in a moment.", 500));
    log.end(500, "failed", { error, response: res.headersSent ? undefined : failed });
    if (!res.headersSent) await send(res, failed, log.id);
    else res.destroy();
  }
}

/**
 * The request body as the reader `readCapped` uses, straight over Node's request: a web stream
 * per chat cost ~0.1 ms of the per-request CPU at 200 concurrent starts. Not `Readable.toWeb`:
 * cancelling that destroys the request, and with it the socket the 413 / 408 answer must go out
 * on; here cancelling only stops reading (Node discards the rest of the body once the answer is
 * sent). Listeners attach on the first read, so a request refused before it reads nothing.
 */
function bodyOf(req: IncomingMessage): BodySource {
  return {
    getReader() {
      const chunks: Buffer[] = [];
      let state: "open" | "ended" | "cancelled" | "cut" = "open";
      let wake: (() => void) | undefined;
      const settle = (next: typeof state) => {
        if (state === "open") state = next;
        wake?.();
      };
      req.on("data", (chunk: Buffer) => {
        if (state !== "open") return;
        chunks.push(chunk);
        req.pause();
        wake?.();
      });
      req.once("end", () => settle("ended"));
      req.once("close", () => settle("cut"));
      return {
        async read(): Promise<ReadableStreamReadResult<Uint8Array>> {
          for (;;) {
            const chunk = chunks.shift();
            if (chunk) return { done: false, value: new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) };
            if (state === "cut") throw new Error("The request body was cut off.");
            if (state !== "open") return { done: true, value: undefined };
            const arrived = new Promise<void>((resolve) => (wake = resolve));
            req.resume();
            await arrived;
            wake = undefined;
          }
        },
        async cancel() {
          settle("cancelled");
          chunks.length = 0;
          req.resume();
        },
      };
    },
  };
}

/** A small, complete answer (an error envelope). */
async function send(res: ServerResponse, response: Response, id: string): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const head: Record<string, string> = { ...APP_HEADERS, "x-request-id": id, "Content-Length": String(body.byteLength) };
  response.headers.forEach((value, name) => (head[name] = value));
  res.writeHead(response.status, head);
  res.end(body);
}
