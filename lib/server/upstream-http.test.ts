import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { postStream } = await import("./upstream-http");

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? (server.closeAllConnections(), server.close(() => r())) : r())));

function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  return new Promise((r) => server!.listen(0, "127.0.0.1", () => r(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/x`)));
}

async function text(body: NodeJS.ReadableStream): Promise<string> {
  let out = "";
  for await (const c of body) out += c.toString();
  return out;
}

describe("postStream", () => {
  it("sends the body with its headers and streams the answer back", async () => {
    const url = await serve((req, res) => {
      let got = "";
      req.on("data", (c) => (got += c));
      req.on("end", () => {
        res.writeHead(200, { "retry-after": "7" });
        res.end(`${req.headers.authorization} ${got}`);
      });
    });
    const res = await postStream(url, { Authorization: "Bearer k" }, '{"a":1}', new AbortController().signal);
    expect(res.status).toBe(200);
    expect(res.header("Retry-After")).toBe("7");
    expect(await text(res.body)).toBe('Bearer k {"a":1}');
  });

  it("resends once when a kept-alive socket was closed by the server while idle", async () => {
    let calls = 0;
    const url = await serve((req, res) => {
      calls++;
      // The second request arrives on the reused socket: drop it as an idle-timeout close would.
      if (calls === 2) return req.socket.destroy();
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    const signal = new AbortController().signal;
    expect(await text((await postStream(url, {}, "1", signal)).body)).toBe("ok");
    const second = await postStream(url, {}, "2", signal);
    expect(await text(second.body)).toBe("ok");
    expect(calls).toBe(3);
  });

  it("resends until a socket works when several kept-alive sockets went stale at once", async () => {
    let calls = 0;
    const url = await serve((req, res) => {
      calls++;
      // Requests 3 and 4 arrive on the two reused sockets: both dropped as idle-timeout closes.
      if (calls === 3 || calls === 4) return req.socket.destroy();
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    const signal = new AbortController().signal;
    // Two answers at once leave two kept-alive sockets in the pool.
    const first = await Promise.all([postStream(url, {}, "1", signal), postStream(url, {}, "2", signal)]);
    for (const r of first) expect(await text(r.body)).toBe("ok");
    expect(await text((await postStream(url, {}, "3", signal)).body)).toBe("ok");
    expect(calls).toBe(5);
  });

  it("retires an idle kept-alive socket before the server's announced keep-alive timeout", async () => {
    let clientClosed = false;
    const url = await serve((req, res) => {
      req.socket.once("end", () => (clientClosed = true));
      req.resume();
      // The server announces 2 s but keeps the socket far longer: only the client can close it.
      res.setHeader("Keep-Alive", "timeout=2");
      req.on("end", () => res.end("ok"));
    });
    server!.keepAliveTimeout = 60_000;
    expect(await text((await postStream(url, {}, "1", new AbortController().signal)).body)).toBe("ok");
    await expect.poll(() => clientClosed, { timeout: 10_000 }).toBe(true);
  });

  it("rejects with the abort reason when aborted before the answer", async () => {
    const url = await serve(() => {});
    const controller = new AbortController();
    const pending = postStream(url, {}, "{}", controller.signal);
    controller.abort(new Error("stopped"));
    await expect(pending).rejects.toThrow("stopped");
  });
});
