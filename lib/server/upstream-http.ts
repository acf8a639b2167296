import "server-only";
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { urlToHttpOptions } from "node:url";

/**
 * How long a kept-alive socket may sit unused. Servers close idle connections on their side (5 s
 * for Node and for uvicorn under vLLM; Node's agent retires a socket 1 s before a `Keep-Alive:
 * timeout=N` hint, but only when a timeout is set at all): a request sent on a socket the server
 * is closing fails with ECONNRESET. Without this the bench saw 502s at 100 concurrent streams.
 */
const IDLE_SOCKET_MS = 4000;
/** Kept-alive sockets found closed in a row before a request gives up (each retry drops the dead one). */
const STALE_SOCKET_RETRIES = 3;

// Kept-alive connections: under load most requests reuse a socket instead of a new TCP (+TLS) setup.
// `timeout` only retires idle sockets: an answer in progress ignores it (no 'timeout' listener).
const agents = { http: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }), https: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }) };

export interface UpstreamResponse {
  status: number;
  header(name: string): string | null;
  /** The raw body, read by the proxy straight from the socket. */
  body: IncomingMessage;
  /** The body as text if it is at most `limit` bytes (error answers), else undefined unread. */
  text(limit: number): Promise<string | undefined>;
}

/**
 * POSTs a JSON body and answers once the status line is in. Node's own HTTP client instead of
 * `fetch`: a profile of the proxy under 100-200 concurrent streams showed undici's web-stream body
 * plumbing and the fetch wrapper Next.js installs (tracing, cache bookkeeping) on every chunk and
 * request, none of which a streaming POST uses; the proxy reads this body with no stream in between.
 */
export function postStream(url: string, headers: Record<string, string>, body: string, signal: AbortSignal, retries = STALE_SOCKET_RETRIES): Promise<UpstreamResponse> {
  const target = targetOf(url);
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const req = (target.secure ? httpsRequest : httpRequest)({
      ...target.options,
      method: "POST",
      agent: target.secure ? agents.https : agents.http,
      headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
    });
    const onAbort = () => req.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    let answered = false;
    // `on`, not `once`: a socket error after the response started must not crash the server.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      signal.removeEventListener("abort", onAbort);
      // A kept-alive socket the server closed while idle fails before any answer: the request
      // never reached the server, so it is sent again (as Node's docs advise). Under load several
      // free sockets can go stale at once, so this repeats a few times; a fresh socket ends it.
      if (retries > 0 && req.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE") && !signal.aborted) {
        return resolve(postStream(url, headers, body, signal, retries - 1));
      }
      reject(signal.aborted ? signal.reason : error);
    });
    req.once("response", (res) => {
      answered = true;
      // Reported to the reader through "close" without "end"; unhandled it would crash the process.
      res.on("error", () => {});
      res.once("close", () => signal.removeEventListener("abort", onAbort));
      resolve({
        status: res.statusCode ?? 502,
        header: (name) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
        },
        body: res,
        text: (limit) => readText(res, limit),
      });
    });
    req.end(body);
  });
}

interface Target {
  secure: boolean;
  options: ReturnType<typeof urlToHttpOptions>;
}

let lastTarget: { url: string; target: Target } | undefined;

/**
 * The upstream URL as request options, parsed once: every chat goes to the same URL, and parsing
 * it (WHATWG URL, then Node's conversion to options) was ~a fifth of opening the upstream request
 * in a profile at 200 concurrent starts.
 */
function targetOf(url: string): Target {
  if (lastTarget?.url !== url) {
    const parsed = new URL(url);
    lastTarget = { url, target: { secure: parsed.protocol === "https:", options: urlToHttpOptions(parsed) } };
  }
  return lastTarget.target;
}

function readText(res: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (c: Buffer) => {
      size += c.byteLength;
      if (size > limit) {
        res.destroy();
        return resolve(undefined);
      }
      chunks.push(c);
    });
    res.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    res.once("close", () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString("utf8")));
  });
}
