/**
 * One JSON line per API request: id, method, route, status, duration, user name when known and
 * upstream timing; an answer with the app's error envelope adds its `code`, and a refused sign-in
 * its `reason` and the client address the limits key on. The id comes back as `x-request-id` so a
 * user's report can be matched to it. Route handlers are wrapped at their export; code deeper down
 * (the upstream client, the access check, the sign-in route) adds facts through `noteUpstream` /
 * `noteUser` / `noteRefusal` / `noteCodeRemoved` without being handed anything.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { envelopeCode } from "@/lib/errors";
import { getRequestLineLogger, safeError } from "./logger";
import type { HeaderReader } from "../http/headers";

/** Why a sign-in was refused: a fixed word, never what was typed. */
export type RefusalReason = "wrong_code" | "throttled";

export interface RequestFacts {
  user?: string;
  upstream?: { status: number; ms: number };
  reason?: RefusalReason;
  /** The address as the limits derive it (TRUST_PROXY_HOPS), never a header taken at its word. */
  client?: string;
  /** The session named `user` is signed by this server but its code is no longer listed for that name. */
  codeRemoved?: true;
}

const current = new AsyncLocalStorage<RequestFacts>();

/** The signed-in user's name for this request's log line (hook for the session check). */
export function noteUser(name: string | undefined): void {
  const facts = current.getStore();
  if (facts && name) facts.user = name.slice(0, 64);
}

/**
 * Why this request was refused, and from where (`requestClient`'s address, as the sign-in
 * throttle keys on it), so an admin can tell a mistyped code from someone guessing.
 */
export function noteRefusal(reason: RefusalReason, client: string): void {
  const facts = current.getStore();
  if (facts) Object.assign(facts, { reason, client: client.slice(0, 64) });
}

/**
 * The user noted for this line holds a session whose code was removed from ACCESS_CODES (or, a
 * bare code, renumbered): the name is the one this server signed, but it no longer grants access,
 * so the line says so rather than pass it for a live session.
 */
export function noteCodeRemoved(): void {
  const facts = current.getStore();
  if (facts) facts.codeRemoved = true;
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

export type Outcome = "done" | "aborted" | "failed";

/** What one line says, apart from the logger's own fields (level, time). */
export interface RequestLine {
  reqId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  user?: string;
  upstream?: { status: number; ms: number };
  /** The error envelope's code (`budget_exhausted`, `unauthorized` ...), with a 4xx or 5xx. */
  code?: string;
  reason?: RefusalReason;
  client?: string;
  codeRemoved?: true;
  aborted?: true;
}

/** The line's fields, only those known: a field's absence means nothing was learnt of it. */
export function requestLine(at: { reqId: string; method: string; route: string; status: number; durationMs: number }, facts: RequestFacts, outcome: Outcome, code?: string): RequestLine {
  return {
    ...at,
    ...(facts.user ? { user: facts.user } : {}),
    ...(facts.user && facts.codeRemoved ? { codeRemoved: true as const } : {}),
    ...(facts.upstream ? { upstream: facts.upstream } : {}),
    ...(code && at.status >= 400 ? { code } : {}),
    ...(facts.reason ? { reason: facts.reason } : {}),
    ...(facts.reason && facts.client ? { client: facts.client } : {}),
    ...(outcome === "aborted" ? { aborted: true as const } : {}),
  };
}

/** One request's log line, for a handler that answers outside Next.js (the chat fast path). */
export interface RequestLog {
  id: string;
  /** Runs the handler with this request's facts (user, upstream timing) collected. */
  run<T>(fn: () => T): T;
  /**
   * Writes the line once (with the error when the handler threw, the envelope's code when the
   * answer was `response`); later calls do nothing.
   */
  end(status: number, outcome: Outcome, more?: { error?: unknown; response?: Response }): void;
}

export function beginRequestLog(route: string, method: string, headers: HeaderReader): RequestLog {
  const id = requestId(headers);
  const start = performance.now();
  const facts: RequestFacts = {};
  let logged = false;
  return {
    id,
    run: (fn) => current.run(facts, fn),
    end(status, outcome, more) {
      if (logged) return;
      logged = true;
      const code = more?.response ? envelopeCode(more.response) : undefined;
      const entry = requestLine({ reqId: id, method, route, status, durationMs: Math.round(performance.now() - start) }, facts, outcome, code);
      const logger = getRequestLineLogger();
      if (outcome === "failed") logger.error({ ...entry, err: safeError(more?.error) }, "request failed");
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
      log.end(500, "failed", { error });
      throw error;
    }
    const headers = new Headers(response.headers);
    headers.set("x-request-id", log.id);
    const once = (outcome: "done" | "aborted") => log.end(response.status, outcome, { response });
    if (!response.body) once("done");
    const body = response.body ? onBodyEnd(response.body, once) : null;
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
