/**
 * One JSON line per API request: id, method, route, status, duration, user name when known and
 * upstream timing. The id comes back as `x-request-id` so a user's report can be matched to it.
 * Route handlers are wrapped at their export; code deeper down (the upstream client, the access
 * check) adds facts through `noteUpstream` / `noteUser` without being handed anything.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { getRequestLineLogger, safeError } from "./logger";
import type { HeaderReader } from "../http/headers";

interface RequestFacts {
  user?: string;
  upstream?: { status: number; ms: number };
}

const current = new AsyncLocalStorage<RequestFacts>();

/** The signed-in user's name for this request's log line (hook for the session check). */
export function noteUser(name: string | undefined): void {
  const facts = current.getStore();
  if (facts && name) facts.user = name.slice(0, 64);
}

/** Status and milliseconds until the upstream answered with headers. */
export function noteUpstream(status: number, ms: number): void {
  const facts = current.getStore();
  if (facts) facts.upstream = { status, ms: Math.round(ms) };
}

/** A caller may pass its own id (nginx's $request_id); anything odd is replaced by a fresh one. */
function requestId(headers: HeaderReader): string {
  const given = headers.get("x-request-id");
  // node:crypto's own: Next wraps the global one with a check of its render stores on every call.
  return given && /^[A-Za-z0-9_-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Calls `onEnd` once the body has been sent or abandoned (streams end long after the handler). */
function onBodyEnd(body: ReadableStream<Uint8Array>, onEnd: (outcome: "done" | "aborted") => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          onEnd("done");
        } else controller.enqueue(value);
      } catch (error) {
        onEnd("aborted");
        controller.error(error);
      }
    },
    cancel(reason) {
      onEnd("aborted");
      return reader.cancel(reason);
    },
  });
}

/** One request's log line, for a handler that answers outside Next.js (the chat fast path). */
export interface RequestLog {
  id: string;
  /** Runs the handler with this request's facts (user, upstream timing) collected. */
  run<T>(fn: () => T): T;
  /** Writes the line once (with the error when the handler threw); later calls do nothing. */
  end(status: number, outcome: "done" | "aborted" | "failed", error?: unknown): void;
}

export function beginRequestLog(route: string, method: string, headers: HeaderReader): RequestLog {
  const id = requestId(headers);
  const start = performance.now();
  const facts: RequestFacts = {};
  let logged = false;
  return {
    id,
    run: (fn) => current.run(facts, fn),
    end(status, outcome, error) {
      if (logged) return;
      logged = true;
      const entry = {
        reqId: id,
        method,
        route,
        status,
        durationMs: Math.round(performance.now() - start),
        ...(facts.user ? { user: facts.user } : {}),
        ...(facts.upstream ? { upstream: facts.upstream } : {}),
        ...(outcome === "aborted" ? { aborted: true } : {}),
      };
      const logger = getRequestLineLogger();
      if (outcome === "failed") logger.error({ ...entry, err: safeError(error) }, "request failed");
      else if (status >= 500) logger.error(entry, "request");
      else logger.info(entry, "request");
    },
  };
}

export function withRequestLog<C>(route: string, handler: (request: Request, context: C) => Promise<Response> | Response) {
  return async (request: Request, context: C): Promise<Response> => {
    const log = beginRequestLog(route, request.method, request.headers);
    let response: Response;
    try {
      response = await log.run(() => handler(request, context));
    } catch (error) {
      log.end(500, "failed", error);
      throw error;
    }
    const headers = new Headers(response.headers);
    headers.set("x-request-id", log.id);
    const once = (outcome: "done" | "aborted") => log.end(response.status, outcome);
    if (!response.body) once("done");
    const body = response.body ? onBodyEnd(response.body, once) : null;
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
