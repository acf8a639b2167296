import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { APPS, STAND_IN } from "./support/ports";
import { postOnNewConnection } from "./support/post-on-new-connection";
import { requestWith, uniqueMarker } from "./support/stand-in-client";

const chat = (body: unknown, init: RequestInit = {}) =>
  fetch(`${APPS.zai.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...init });

test("/api/health answers 200", async () => {
  expect((await fetch(`${APPS.zai.url}/api/health`)).status).toBe(200);
});

test("an invalid body gets 400 with the envelope", async () => {
  const res = await chat({ model: "glm-4.5v", messages: [{ role: "robot", content: "x" }] });
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(body.code).toBe("bad_request");
  expect(typeof body.message).toBe("string");
});

test("a body over the cap gets 413 payload_too_large", async () => {
  const big = "A".repeat(41 * 1024 * 1024);
  const res = await postOnNewConnection(`${APPS.zai.url}/api/chat`, JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: big }] }));
  expect(res.status).toBe(413);
  expect((res.json() as { code: string }).code).toBe("payload_too_large");
});

test("success streams typed events with the SSE headers, flushed as they arrive", async () => {
  const marker = uniqueMarker();
  const res = await chat({ model: "glm-4.5v", messages: [{ role: "user", content: `[[scenario:long]] [[tps:20]] ${marker}` }] });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
  expect(res.headers.get("x-accel-buffering")).toBe("no");
  expect(res.headers.get("content-encoding") ?? "identity").toBe("identity");
  const reader = res.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  // At 20 tokens/s the whole answer takes minutes: the first event must arrive while the upstream
  // is still streaming, i.e. it was flushed, not buffered until the end.
  expect((await requestWith(marker)).completedAt).toBeUndefined();
  expect(first).toMatch(/^data: \{"type":"reasoning","delta":/);
  await reader.cancel();
});

test("the upstream URL cannot be changed by the request", async () => {
  const marker = uniqueMarker();
  const res = await fetch(`${APPS.zai.url}/api/chat?baseUrl=http://evil.example`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-zai-base-url": "http://evil.example", host: "evil.example" },
    body: JSON.stringify({ model: "glm-4.5v", baseUrl: "http://evil.example", messages: [{ role: "user", content: `[[scenario:no-reasoning]] ${marker}` }] }),
  });
  expect(res.status).toBe(200);
  await res.text();
  const recorded = await requestWith(marker);
  expect(recorded.path).toBe("/api/paas/v4/chat/completions");
  expect(JSON.stringify(recorded.body)).not.toContain("evil");
});

test("the key reaches the upstream as a bearer token but appears in no response and no static file", async ({ page }) => {
  const marker = uniqueMarker();
  await (await chat({ model: "glm-4.5v", messages: [{ role: "user", content: `[[scenario:error-1001]] ${marker}` }] })).text();
  const recorded = await requestWith(marker);
  expect(recorded.headers.authorization).toBe("Bearer [redacted]");

  const bodies: string[] = [];
  page.on("response", async (r) => bodies.push(await r.text().catch(() => "")));
  await page.goto(APPS.zai.url);
  for (const path of ["/api/models", "/api/health"]) bodies.push(await (await fetch(`${APPS.zai.url}${path}`)).text());
  for (const scenario of ["error-1001", "error-1302", "normal"]) {
    bodies.push(await (await chat({ model: "glm-4.5v", messages: [{ role: "user", content: `[[scenario:${scenario}]]` }] })).text());
  }
  for (const b of bodies) {
    expect(b).not.toContain(STAND_IN.key);
    expect(b).not.toContain("127.0.0.1:4010");
  }
  const files = walk(".next/static");
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(readFileSync(f, "utf8").includes(STAND_IN.key), f).toBe(false);
});

test("text-only models refuse images with a clear error", async () => {
  const res = await chat({ model: "glm-4.6", messages: [{ role: "user", content: [{ type: "image", mimeType: "image/png", data: "iVBORw0KGgo=" }] }] });
  expect(res.status).toBe(400);
  expect((await res.json()).message).toMatch(/reads text only/);
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

test("a bad configuration value stops the server at start with a message naming the variable", async () => {
  const { spawn } = await import("node:child_process");
  for (const [name, value] of [["ZAI_PROTOCOL", "grpc"], ["ZAI_BASE_URL", "not-a-url"], ["PORT", "eighty"]]) {
    // Next itself reads PORT (and names it when it is bad); the rest are checked at start by us.
    const args = name === "PORT" ? ["start"] : ["start", "-p", "0"];
    const child = spawn("node_modules/.bin/next", args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", [name]: value } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(1);
    expect(output).toContain(name);
  }
});
