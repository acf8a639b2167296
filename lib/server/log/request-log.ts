/**
 * One JSON line per API request: id, method, route, status, duration, user name when known and
 * upstream timing. The id comes back as `x-request-id` so a user's report can be matched to it.
 * Route handlers are wrapped at their export; code deeper down (the upstream client, the access
 * check) adds facts through `noteUpstream` / `noteUser` without being handed anything.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { getLogger, safeError } from "./logger";

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
function requestId(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[A-Za-z0-9_-]{8,64}$/.test(given) ? given : crypto.randomUUID();
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

export function withRequestLog<C>(route: string, handler: (request: Request, context: C) => Promise<Response> | Response) {
  return async (request: Request, context: C): Promise<Response> => {
    const id = requestId(request);
    const start = performance.now();
    const facts: RequestFacts = {};
    const line = (status: number, extra: Record<string, unknown> = {}) => ({
      reqId: id,
      method: request.method,
      route,
      status,
      durationMs: Math.round(performance.now() - start),
      ...(facts.user ? { user: facts.user } : {}),
      ...(facts.upstream ? { upstream: facts.upstream } : {}),
      ...extra,
    });
    let response: Response;
    try {
      response = await current.run(facts, () => handler(request, context));
    } catch (error) {
      getLogger().error({ ...line(500), err: safeError(error) }, "request failed");
      throw error;
    }
    const headers = new Headers(response.headers);
    headers.set("x-request-id", id);
    const log = (outcome: "done" | "aborted") => {
      const entry = line(response.status, outcome === "aborted" ? { aborted: true } : {});
      if (response.status >= 500) getLogger().error(entry, "request");
      else getLogger().info(entry, "request");
    };
    let logged = false;
    const once = (outcome: "done" | "aborted") => {
      if (!logged) log(outcome);
      logged = true;
    };
    if (!response.body) once("done");
    const body = response.body ? onBodyEnd(response.body, once) : null;
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
