import { createServer, type IncomingMessage, type Server } from "node:http";
import { DEFAULT_ENGINE_OPTIONS, planResponse, type EngineOptions } from "../../lib/demo/engine";
import { isTitleRequest } from "../../lib/glm/title";

/**
 * The stand-in GLM upstream over HTTP, on loopback. It serves `POST .../chat/completions` like
 * Z.ai (or vLLM, with `reasoningField: "reasoning"`), checks the bearer key like the real
 * service, and records every request so tests can assert what the app sent and when it left.
 */

export interface RecordedRequest {
  id: number;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  receivedAt: number;
  /** When the client closed the connection before the answer was complete. */
  clientClosedAt?: number;
  completedAt?: number;
}

/** What the self-hosted side (`/v1`) serves, as vLLM names them with and without --served-model-name. */
export const SERVED_MODELS = ["glm-4.5v", "zai-org/GLM-4.6V", "zai-org/GLM-4.7", "glm-4.5"];

export interface StandInOptions extends Partial<EngineOptions> {
  key?: string;
}

export interface StandIn {
  server: Server;
  requests: RecordedRequest[];
  /** Releases every answer holding at `[[gate:name]]` (now and later ones). */
  openGate(name: string): void;
}

export function createStandIn(options: StandInOptions = {}): StandIn {
  const requests: RecordedRequest[] = [];
  // Each request's body as received, so `/__requests?contains=` filters without re-serialising.
  const rawBodies = new WeakMap<RecordedRequest, string>();
  const engine: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  let nextId = 1;
  // `[[gate:name]]` in the question: the answer sends its first chunk, then holds until the gate
  // opens, so tests can hold many streams open at once and release them on a condition.
  // `[[gate:name@N]]` holds after chunk N instead, so a test can pause a long answer midway.
  const gates = new Map<string, { opened: Promise<void>; open: () => void }>();
  const gate = (name: string) => {
    let entry = gates.get(name);
    if (!entry) {
      let open!: () => void;
      const opened = new Promise<void>((r) => (open = r));
      entry = { opened, open };
      gates.set(name, entry);
    }
    return entry;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    if (req.method === "GET" && url.pathname === "/__requests") {
      // A test polls for its own marked request: sending every body (images included) each time
      // made the log's size, not the test, decide the cost.
      const contains = url.searchParams.get("contains");
      return sendJson(res, 200, contains === null ? requests : requests.filter((r) => rawBodies.get(r)?.includes(contains)));
    }
    if (req.method === "POST" && url.pathname === "/__reset") {
      requests.length = 0;
      return sendJson(res, 200, { ok: true });
    }
    if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname.startsWith("/__gate/")) {
      gate(decodeURIComponent(url.pathname.slice("/__gate/".length))).open();
      return sendJson(res, 200, { ok: true });
    }
    if (req.method === "GET" && url.pathname === "/v1/models") {
      if (options.key && req.headers.authorization !== `Bearer ${options.key}`) return sendJson(res, 401, { error: { code: "1001", message: "Authentication failed" } });
      return sendJson(res, 200, { object: "list", data: SERVED_MODELS.map((id) => ({ id, object: "model", owned_by: "vllm" })) });
    }
    if (req.method !== "POST" || !url.pathname.endsWith("/chat/completions")) {
      return sendJson(res, 404, { error: { code: "404", message: "Not found" } });
    }
    const raw = await readAll(req);
    const record: RecordedRequest = { id: nextId++, path: url.pathname, headers: redact(req.headers), body: null, receivedAt: Date.now() };
    requests.push(record);
    rawBodies.set(record, raw);
    try {
      record.body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: { code: "1214", message: "Invalid JSON body" } });
    }
    if (options.key && req.headers.authorization !== `Bearer ${options.key}`) {
      return sendJson(res, 401, { error: { code: "1001", message: "Authentication failed" } });
    }
    // Like vLLM: a name it does not serve is a 404, whatever the catalogue says.
    const model = (record.body as { model?: unknown } | null)?.model;
    if (url.pathname.startsWith("/v1/") && typeof model === "string" && !SERVED_MODELS.includes(model)) {
      return sendJson(res, 404, { object: "error", message: `The model \`${model}\` does not exist.`, type: "NotFoundError", code: 404 });
    }
    // Self-hosted vLLM (served under /v1) sends `delta.reasoning`; Z.ai sends `reasoning_content`.
    const dialect: EngineOptions = url.pathname.startsWith("/v1/") ? { ...engine, reasoningField: "reasoning" } : engine;
    const plan = planResponse(record.body, dialect);
    if (plan.kind === "error") return sendJson(res, plan.status, plan.body, plan.headers);

    let closed = false;
    res.on("close", () => {
      closed = true;
      if (!record.completedAt) record.clientClosedAt = Date.now();
    });
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.flushHeaders();
    // A title request quotes the question, gate markers included, but never holds.
    const holds = new Map(
      isTitleRequest(record.body) ? [] : [...lastUserText(record.body).matchAll(/\[\[gate:([\w-]+)(?:@(\d+))?\]\]/g)].map((m) => [Number(m[2] ?? 1), m[1]]),
    );
    let sent = 0;
    // Paced against the clock, not per step, so high token rates are exact despite 1 ms timers.
    let due = performance.now();
    for (const step of plan.steps()) {
      const hold = holds.get(sent++);
      if (hold) {
        await gate(hold).opened;
        due = performance.now();
      }
      due += step.delayMs;
      const wait = due - performance.now();
      if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
      if (closed) return;
      if (step.kind === "drop") {
        // Let what was written reach the client first, so the test knows what "arrived" means.
        await new Promise<void>((r) => res.write("", () => r()));
        record.completedAt = Date.now();
        res.socket?.destroy();
        return;
      }
      res.write(step.bytes);
    }
    record.completedAt = Date.now();
    res.end();
  });
  return { server, requests, openGate: (name) => gate(name).open() };
}

/** Only the newest question holds at a gate: a Continue carries the old one in its history. */
function lastUserText(body: unknown): string {
  const messages = (body as { messages?: Array<{ role?: string; content?: unknown }> } | null)?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === "user");
  return JSON.stringify(last?.content ?? "");
}

function redact(headers: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    out[k] = k === "authorization" ? "Bearer [redacted]" : String(v);
  }
  return out;
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: import("node:http").ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
