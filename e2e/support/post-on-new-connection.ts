import { request } from "node:http";

export interface PlainResponse {
  status: number;
  json(): unknown;
}

/**
 * POSTs a large body on a connection of its own, closed after the answer. Node's fetch reuses a
 * kept-alive socket from its pool, and building a 40 MB body holds the test's event loop, so the
 * pool's expiry check can run late while the server closes that idle socket just as the upload
 * begins ("fetch failed: write EPIPE", four times in loaded runs, never on a quiet machine; the
 * server reads such a body to its end before its 413, lib/server/read-body.ts). What these tests
 * check is the server's answer, not the client's pool.
 */
export function postOnNewConnection(url: string, body: string, headers: Record<string, string> = {}): Promise<PlainResponse> {
  const bytes = Buffer.from(body);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", ...headers, "content-length": String(bytes.byteLength), connection: "close" },
    });
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, json: () => JSON.parse(text) });
      });
      res.on("error", reject);
    });
    // An error after the answer arrived (the server closing once it has answered) changes nothing.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.end(bytes);
  });
}
