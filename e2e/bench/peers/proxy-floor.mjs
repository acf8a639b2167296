// The proxy floor: the least a Node server can do to relay a chat stream. It pipes the request
// body to the upstream and the upstream's bytes back, parsing nothing. Run as its own process
// (like `next start`) so the bench can read its CPU time from /proc and compare like with like.
import { Agent, createServer, request } from "node:http";
import process from "node:process";
import { URL } from "node:url";

const upstream = new URL(process.env.FLOOR_UPSTREAM);
const key = process.env.FLOOR_KEY ?? "";
// Idle sockets retire after 4 s, before the stand-in's 5 s keep-alive closes them, as the app's
// upstream agent does (lib/server/upstream-http.ts): without it, on a loaded machine, rounds
// outlast the keep-alive and the floor sends on sockets already closed, failing its own streams.
const agent = new Agent({ keepAlive: true, timeout: 4000 });

const server = createServer((req, res) => {
  if (req.method === "GET") return res.end("ok");
  const up = request(upstream, {
    method: "POST",
    agent,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", accept: "text/event-stream" },
  }, (upRes) => {
    res.writeHead(upRes.statusCode ?? 502, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform" });
    upRes.pipe(res);
  });
  up.on("error", () => res.destroy());
  res.on("close", () => up.destroy());
  req.pipe(up);
});
server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1", () => process.send?.("ready"));
