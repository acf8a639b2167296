/** A small client for the cluster tests: sign in, ask, read the event stream. */
import type { StreamEvent } from "../../lib/glm/events";

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/** Ports for the cluster run, shifted like e2e/support/ports.ts. */
export const CLUSTER_PORTS = {
  nginx: 4100 + offset,
  appA: 4101 + offset,
  appB: 4102 + offset,
  drain: 4103 + offset,
  redis: 4104 + offset,
  postgres: 4105 + offset,
  standIn: 4106 + offset,
};
export const STAND_IN_KEY = "cluster-key-7c1d";

export async function signIn(base: string, code: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) });
  if (!res.ok) throw new Error(`sign-in on ${base} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie) throw new Error(`sign-in on ${base} set no cookie`);
  return cookie;
}

export function ask(base: string, cookie: string, text: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: text }] }),
    signal,
  });
}

/** Reads an /api/chat stream: `first` resolves with the first event, `all` with every event once it ends. */
export function readEvents(res: Response): { first: Promise<StreamEvent>; all: Promise<StreamEvent[]> } {
  let resolveFirst!: (e: StreamEvent) => void;
  let rejectFirst!: (e: unknown) => void;
  const first = new Promise<StreamEvent>((res, rej) => ((resolveFirst = res), (rejectFirst = rej)));
  const all = (async () => {
    const events: StreamEvent[] = [];
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let at: number;
        while ((at = buffer.indexOf("\n\n")) >= 0) {
          const line = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          if (!line.startsWith("data: ")) continue;
          events.push(JSON.parse(line.slice(6)) as StreamEvent);
          if (events.length === 1) resolveFirst(events[0]);
        }
      }
    } catch (error) {
      rejectFirst(error);
      throw error;
    }
    rejectFirst(new Error("the stream ended with no event"));
    return events;
  })();
  all.catch(() => {});
  first.catch(() => {});
  return { first, all };
}

export const textOf = (events: StreamEvent[]) => events.map((e) => (e.type === "text" ? e.delta : "")).join("");
