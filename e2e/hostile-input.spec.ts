import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { APPS } from "./support/ports";
import { openGate } from "./support/stand-in-client";

/**
 * Malformed input never yields a 500: every hostile body below gets a 4xx with the one error
 * envelope. Runs against the zai server (no access codes, a generous chat rate).
 */
const BASE = APPS.zai.url;
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const user = (content: unknown) => ({ model: "glm-4.5v", messages: [{ role: "user", content }] });
const image = (data: string, mimeType = "image/png") => ({ type: "image", mimeType, data });
const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

const chatBodies: Array<[string, string | Buffer]> = [
  ["empty", ""],
  ["null", "null"],
  ["an array", "[]"],
  ["a number", "123"],
  ["truncated JSON", '{"model":"glm-4.5v","messages":['],
  ["deep nesting", `{"model":"glm-4.5v","messages":${deep(5000)}}`],
  ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc3, 0x28])],
  ["no messages", JSON.stringify({ model: "glm-4.5v", messages: [] })],
  ["a string for messages", JSON.stringify({ model: "glm-4.5v", messages: "hi" })],
  ["an unknown role", JSON.stringify({ model: "glm-4.5v", messages: [{ role: "tool", content: "x" }] })],
  ["an unknown part", JSON.stringify(user([{ type: "audio", data: "AAAA" }]))],
  ["bad base64 (length)", JSON.stringify(user([image("abc")]))],
  ["bad base64 (characters)", JSON.stringify(user([image("!!!!")]))],
  ["base64 padding in the middle", JSON.stringify(user([image("iV==BORw0KGgo=")]))],
  ["non-image bytes as an image", JSON.stringify(user([image(Buffer.from("<svg onload=alert(1)>").toString("base64"))]))],
  ["a PNG claimed as JPEG", JSON.stringify(user([image(PNG_1PX, "image/jpeg")]))],
  ["an SVG type", JSON.stringify(user([image(PNG_1PX, "image/svg+xml")]))],
  ["an image on an assistant turn", JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: "x" }, { role: "assistant", content: [image(PNG_1PX)] }] })],
  ["too many parts", JSON.stringify(user(Array.from({ length: 101 }, () => ({ type: "text", text: "x" }))))],
  ["too many images", JSON.stringify(user(Array.from({ length: 51 }, () => image(PNG_1PX))))],
  ["a huge model name", JSON.stringify({ ...user("x"), model: "m".repeat(10_000) })],
  ["temperature as text", JSON.stringify({ ...user("x"), temperature: "hot" })],
  ["negative max_tokens", JSON.stringify({ ...user("x"), max_tokens: -1 })],
];

for (const [name, body] of chatBodies) {
  test(`/api/chat: ${name} gets a 4xx envelope, never a 500`, async ({ request }) => {
    const res = await request.post(`${BASE}/api/chat`, { data: body, headers: { "content-type": "application/json" } });
    expect(res.status(), await res.text()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    const envelope = await res.json();
    expect(typeof envelope.code).toBe("string");
    expect(typeof envelope.message).toBe("string");
  });
}

test("/api/chat: bad base64 in an image part is a 400 that says so", async ({ request }) => {
  const res = await request.post(`${BASE}/api/chat`, { data: user([{ type: "text", text: "what is this" }, image("abc")]) });
  expect(res.status()).toBe(400);
  expect((await res.json()).message).toMatch(/not valid base64/);
});

const shareBodies: Array<[string, unknown]> = [
  ["null", null],
  ["no messages", { title: "x", messages: [] }],
  ["bad base64 asset", { title: "x", messages: [{ role: "user", content: "x", createdAt: 1, attachments: [{ asset: 0 }] }], assets: [{ mimeType: "image/png", data: "abc" }] }],
  ["a missing asset", { title: "x", messages: [{ role: "user", content: "x", createdAt: 1, attachments: [{ asset: 3 }] }] }],
  ["a negative time", { title: "x", messages: [{ role: "user", content: "x", createdAt: -5 }] }],
];

for (const [name, body] of shareBodies) {
  test(`/api/share: ${name} gets a 4xx envelope, never a 500`, async ({ request }) => {
    const res = await request.post(`${BASE}/api/share`, { data: JSON.stringify(body), headers: { "content-type": "application/json", "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` } });
    expect(res.status(), await res.text()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    expect(typeof (await res.json()).code).toBe("string");
  });
}

test("/api/session on an open server, odd share ids and broken percent-encoding never 500", async ({ request }) => {
  for (const [method, path, data] of [
    ["POST", "/api/session", { code: 123 }],
    ["PUT", "/api/share/%00%ff", { title: "x" }],
    ["DELETE", `/api/share/${"a".repeat(5000)}`, { token: 5 }],
    ["GET", "/api/share/..%2f..%2fetc%2fpasswd", undefined],
    ["GET", "/s/%ff", undefined],
    ["GET", "/c/%ff", undefined],
    ["GET", "/s/%ff/assets/0", undefined],
    ["DELETE", "/api/share/abc%E0%A4", undefined],
  ] as const) {
    const res = await request.fetch(`${BASE}${path}`, { method, data: data === undefined ? undefined : JSON.stringify(data), headers: { "content-type": "application/json" } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(500);
  }
});

/** The app's SSE answer as a list of events. */
const eventsOf = (text: string) => text.split("\n\n").filter(Boolean).map((l) => JSON.parse(l.slice("data: ".length)) as Record<string, unknown>);

test.describe("caps on what one client or upstream can take", () => {
  test("/api/chat: past CHAT_MAX_IN_FLIGHT answers get 503 server_busy with Retry-After, and a finished answer frees its slot", async () => {
    const CAPS = APPS.caps.url;
    const gate = `in-flight-${randomUUID()}`;
    const post = (text: string) => fetch(`${CAPS}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(user(text)) });
    // The stand-in sends each answer's first chunk, then holds it at the gate: two slots taken.
    const held = await Promise.all([post(`[[gate:${gate}]] one`), post(`[[gate:${gate}]] two`)]);
    expect(held.map((r) => r.status)).toEqual([200, 200]);
    const refused = await post("three");
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ code: "server_busy", message: expect.stringMatching(/as many chats as it can/) });
    await openGate(gate);
    for (const r of held) expect(eventsOf(await r.text()).at(-1)).toMatchObject({ type: "finish" });
    const after = await post("four");
    expect(after.status).toBe(200);
    expect(eventsOf(await after.text()).at(-1)).toMatchObject({ type: "finish" });
  });

  test("/api/chat: an upstream event that grows past 1 MB ends the answer with a plain error, what came before kept", async ({ request }) => {
    const res = await request.post(`${BASE}/api/chat`, { data: user(`[[scenario:huge-event]] ${randomUUID()}`) });
    expect(res.status()).toBe(200);
    const body = await res.text();
    // Cut at the cap: the 1.5 MB event is never passed on.
    expect(body.length).toBeLessThan(64 * 1024);
    const events = eventsOf(body);
    expect(events.filter((e) => e.type === "text").map((e) => e.delta).join("")).toBe("Before the flood.");
    expect(events.at(-1)).toMatchObject({ type: "error", code: "upstream_unavailable", message: expect.stringMatching(/one event over 1 MB/) });
    expect(events.some((e) => e.type === "finish")).toBe(false);
  });

  test("/api/chat: an upstream error body over 64 KB is not read: the status alone decides the envelope", async ({ request }) => {
    // Read, the body's code 1113 would make this 402 upstream_quota.
    const res = await request.post(`${BASE}/api/chat`, { data: user(`[[scenario:error-huge-body]] ${randomUUID()}`) });
    expect(res.status()).toBe(429);
    const envelope = await res.json();
    expect(envelope).toEqual({ code: "upstream_rate_limited", message: expect.any(String) });
    expect(envelope.message).not.toContain("xxxx");
  });
});
