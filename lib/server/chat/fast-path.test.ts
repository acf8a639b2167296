import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";

vi.mock("server-only", () => ({}));
// Demo mode (no key): the built-in upstream, fast; a 1 MB body cap to test the 413.
Object.assign(process.env, { ZAI_API_KEY: "", DEMO_TOKENS_PER_SECOND: "2000", CHAT_BODY_LIMIT_MB: "1", CHAT_RATE_PER_MINUTE: "1000" });
const { serveChatFast } = await import("./fast-path");
const { createLogger, setLogger } = await import("@/lib/server/log/logger");
const { inFlight } = await import("@/lib/server/limits/in-flight");

let server: Server;
let base: string;
let lines: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (serveChatFast(req, res)) return;
    res.writeHead(404).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))));
beforeEach(() => {
  lines = [];
  setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(...String(c).split("\n").filter(Boolean)), done()) }), "info"));
});

const chat = (body: string, init: RequestInit = {}) => fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body, ...init });
const question = (text: string) => JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: text }] });

describe("the chat fast path", () => {
  it("streams the answer with the SSE and app headers, and writes one log line when it ends", async () => {
    const res = await chat(question("hello MESSAGE-TEXT-7"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[\w-]{8,64}$/);
    const events = (await res.text()).split("\n\n").filter(Boolean).map((l) => JSON.parse(l.slice(6)));
    expect(events.at(-1)).toMatchObject({ type: "finish" });
    await eventually(() => expect(lines).toHaveLength(1));
    expect(JSON.parse(lines[0])).toMatchObject({ reqId: id, route: "POST /api/chat", status: 200 });
    expect(lines[0]).not.toContain("MESSAGE-TEXT-7");
  });

  it("leaves every other request to Next.js", async () => {
    expect(await (await fetch(`${base}/api/chat`)).text()).toBe("next");
    expect(await (await fetch(`${base}/api/chats`, { method: "POST", body: "{}" })).text()).toBe("next");
  });

  it("answers the route's envelopes: 400 for a bad body, 413 for a declared length over the cap", async () => {
    const bad = await chat('{"model":"glm-4.5v","messages":[{"role":"robot","content":"x"}]}');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "bad_request" });
    // The line says why, as the envelope did.
    await eventually(() => expect(lines).toHaveLength(1));
    expect(JSON.parse(lines[0])).toMatchObject({ route: "POST /api/chat", status: 400, code: "bad_request" });
    // Refused on its declared length: the body is never read (e2e/server.spec.ts sends 41 MB).
    const big = await chat(question("A".repeat(8 * 1024 * 1024)));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: "payload_too_large" });
  });

  it("reads a body that arrives in many pieces, and refuses one over the cap that declared no length", async () => {
    // Streamed uploads (chunked, no Content-Length): read piece by piece, or stopped at the cap.
    const upload = (text: string, pieces: number) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          const bytes = new TextEncoder().encode(text);
          const size = Math.ceil(bytes.length / pieces);
          for (let at = 0; at < bytes.length; at += size) c.enqueue(bytes.slice(at, at + size));
          c.close();
        },
      });
    const init = (body: ReadableStream<Uint8Array>) => ({ body, duplex: "half" }) as RequestInit;
    const ok = await chat("", init(upload(question(`hello ${"x".repeat(300_000)}`), 40)));
    expect(ok.status).toBe(200);
    expect((await ok.text()).trim().split("\n\n").at(-1)).toContain('"type":"finish"');
    const big = await chat("", init(upload(question("A".repeat(2 * 1024 * 1024)), 64)));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: "payload_too_large" });
  });

  it("drops the upstream and frees the in-flight slot when the client goes away mid-answer", async () => {
    const before = inFlight();
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
        expect(inFlight()).toBe(before + 1);
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", () => {});
      req.once("error", reject);
      // A long answer at a slow pace: still running when the client leaves.
      req.end(question("[[scenario:long]] [[tps:5]]"));
    });
    await eventually(() => expect(inFlight()).toBe(before));
    await eventually(() => expect(lines.map((l) => JSON.parse(l))).toContainEqual(expect.objectContaining({ status: 200, aborted: true })));
  });
});
