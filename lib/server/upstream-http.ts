import "server-only";
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

// Kept-alive connections: under load most requests reuse a socket instead of a new TCP (+TLS) setup.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/**
 * POSTs a JSON body and answers with a standard Response whose body streams the upstream bytes.
 * Node's own HTTP client instead of `fetch`: a profile of the proxy under 100-200 concurrent
 * streams put a third of its CPU in undici's web-stream body plumbing and the fetch wrapper
 * Next.js installs (tracing, cache bookkeeping) that a streaming POST never uses.
 */
export function postStream(url: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<Response> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const req = send(target, {
      method: "POST",
      agent: secure ? agents.https : agents.http,
      headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
    });
    const onAbort = () => req.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    // `on`, not `once`: a socket error after the response started must not crash the server.
    req.on("error", (error) => {
      signal.removeEventListener("abort", onAbort);
      reject(signal.aborted ? signal.reason : error);
    });
    req.once("response", (res) => {
      const responseHeaders = new Headers();
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) responseHeaders.set(k, Array.isArray(v) ? v.join(", ") : v);
      resolve(new Response(toWebStream(res, () => signal.removeEventListener("abort", onAbort)), { status: res.statusCode ?? 502, headers: responseHeaders }));
    });
    req.end(body);
  });
}

/** A byte stream over the response that pauses the socket when the reader falls behind. */
function toWebStream(res: IncomingMessage, done: () => void): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        res.on("data", (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) res.pause();
        });
        // Reported through "close" below; unhandled it would crash the process.
        res.on("error", () => {});
        res.once("end", () => {
          finished = true;
          done();
          controller.close();
        });
        // A connection that drops mid-answer closes without "end": the reader must see an error.
        res.once("close", () => {
          // Complete but not yet read to its end (paused by backpressure): "end" still comes.
          if (finished || res.complete) return;
          finished = true;
          done();
          controller.error(new TypeError("terminated"));
        });
      },
      pull() {
        res.resume();
      },
      cancel() {
        finished = true;
        done();
        res.destroy();
      },
    },
    { highWaterMark: 16 },
  );
}
