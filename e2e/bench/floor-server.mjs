// The floor for the cluster bench: a bare Node pass-through (no Next.js, no parsing) that relays
// POST /api/chat to the upstream's chat completions and pipes the answer back.
import { createServer } from "node:http";

const upstream = process.env.UPSTREAM_URL;
const key = process.env.UPSTREAM_KEY;
createServer(async (req, res) => {
  if (req.method === "GET") return res.end("ok");
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const r = await fetch(upstream, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: Buffer.concat(chunks) });
  res.writeHead(r.status, { "content-type": "text/event-stream" });
  for await (const c of r.body) res.write(c);
  res.end();
}).listen(Number(process.env.PORT), "127.0.0.1");
