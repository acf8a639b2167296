import { describe, expect, it } from "vitest";
import { shareRequestSchema } from "@/lib/chat/share";
import { AppError } from "@/lib/errors";
import { bytesToBase64 } from "@/lib/media/base64";
import { ftypBytes, jpegBytes, pngBytes, text } from "@/test/media-bytes";
import { buildShareWrite, expiryFor } from "./build-write";

const NOW = Date.UTC(2025, 5, 1);
const OPTS = { now: NOW, maxVideoBytes: 50 * 1024 * 1024 };
const b64 = (bytes: Uint8Array) => bytesToBase64(bytes);

function body(overrides: Record<string, unknown> = {}) {
  return shareRequestSchema.parse({
    title: "Cats",
    messages: [
      { role: "user", content: "look", createdAt: NOW - 10, attachments: [{ asset: 0, name: "cat.png" }] },
      { role: "assistant", content: "a cat", reasoning: "secret thoughts", reasoningMs: 2100, model: "glm-4.5v", createdAt: NOW - 5 },
    ],
    assets: [{ mimeType: "image/png", data: b64(pngBytes(20, 10)) }],
    ...overrides,
  });
}

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("buildShareWrite", () => {
  it("keeps how much of an earlier chat a continued one was given, and refuses anything else there", () => {
    expect(buildShareWrite(body({ continues: { included: 4, total: 9 } }), OPTS).snapshot.continues).toEqual({ included: 4, total: 9 });
    expect(buildShareWrite(body(), OPTS).snapshot).not.toHaveProperty("continues");
    expect(() => body({ continues: { included: -1, total: 9 } })).toThrow();
    // Only the counts are kept: an earlier chat's title or words sent along are not published.
    expect(buildShareWrite(body({ continues: { included: 1, total: 1, fromTitle: "secret" } as never }), OPTS).snapshot.continues).toEqual({ included: 1, total: 1 });
  });

  it("keeps a GUI-agent session's task and platform, and refuses an unknown platform", () => {
    expect(buildShareWrite(body({ agent: { task: "Save", platform: "android" } }), OPTS).snapshot.agent).toEqual({ task: "Save", platform: "android" });
    expect(buildShareWrite(body(), OPTS).snapshot).not.toHaveProperty("agent");
    expect(() => body({ agent: { task: "Save", platform: "ios" } })).toThrow();
  });

  it("keeps which PDF page an image is, and drops page claims that cannot be true", () => {
    const doc = { docId: "d1", name: "report.pdf", page: 2, pageCount: 3 };
    const write = (ref: Record<string, unknown>) =>
      buildShareWrite(body({ messages: [{ role: "user", content: "pdf", createdAt: NOW, attachments: [{ asset: 0, ...ref }] }] }), OPTS).snapshot.messages[0].attachments?.[0];
    expect(write({ doc })?.doc).toEqual(doc);
    expect(write({ doc: { ...doc, page: 4 } })?.doc).toBeUndefined();
    expect(() => body({ messages: [{ role: "user", content: "x", createdAt: 1, attachments: [{ asset: 0, doc: { ...doc, page: 0 } }] }] })).toThrow();
  });

  it("keeps a question's count of text-file blocks, and refuses one that is not a count", () => {
    const question = (textFiles: unknown) => body({ messages: [{ role: "user", content: "File: a.txt\n```\nx\n```", textFiles, createdAt: NOW }], assets: [] });
    expect(buildShareWrite(question(1), OPTS).snapshot.messages[0].textFiles).toBe(1);
    expect(buildShareWrite(question(0), OPTS).snapshot.messages[0].textFiles).toBe(0);
    expect(() => question(-1)).toThrow();
    expect(() => question(1.5)).toThrow();
  });

  it("keeps how an answer ended, and of an error only its code", () => {
    const ended = (m: Record<string, unknown>) => buildShareWrite(body({ messages: [{ role: "assistant", createdAt: NOW, ...m }], assets: [] }), OPTS).snapshot.messages[0];
    expect(ended({ content: "", finishReason: "error", error: { code: "upstream_rate_limited", message: "quota of key sk-1" } })).toEqual({ role: "assistant", content: "", createdAt: NOW, finishReason: "error", error: { code: "upstream_rate_limited" } });
    expect(ended({ content: "cut in the mid", finishReason: "length" })).toMatchObject({ finishReason: "length" });
    expect(ended({ content: "done", finishReason: "stop" })).not.toHaveProperty("finishReason");
    expect(() => ended({ content: "", error: { code: "x".repeat(61) } })).toThrow();
    expect(ended({ content: "Half a tho", finishReason: "aborted" })).toMatchObject({ finishReason: "aborted" });
  });

  it("keeps an answer's tool calls, their three fields only", () => {
    const call = { id: "call_0", name: "get_weather", arguments: '{"city":"Beijing"}' };
    const message = { role: "assistant", content: "", finishReason: "tool_calls", createdAt: NOW, toolCalls: [{ ...call, extra: "<b>" }] };
    const kept = buildShareWrite(body({ messages: [message], assets: [] }), OPTS).snapshot.messages[0];
    expect(kept).toMatchObject({ finishReason: "tool_calls", toolCalls: [call] });
    expect(JSON.stringify(kept)).not.toContain("extra");
    expect(() => body({ messages: [{ ...message, toolCalls: [{ ...call, name: "x".repeat(201) }] }], assets: [] })).toThrow();
  });

  it("drops reasoning unless includeReasoning is true", () => {
    const without = buildShareWrite(body(), OPTS).snapshot.messages[1];
    expect(without).toEqual({ role: "assistant", content: "a cat", model: "glm-4.5v", createdAt: NOW - 5 });
    const withIt = buildShareWrite(body({ includeReasoning: true }), OPTS).snapshot.messages[1];
    expect(withIt).toMatchObject({ reasoning: "secret thoughts", reasoningMs: 2100 });
  });

  it("takes attachment metadata from the sniffed bytes, not from the request", () => {
    const write = buildShareWrite(body(), OPTS);
    expect(write.assets[0]).toMatchObject({ kind: "image", mimeType: "image/png", width: 20, height: 10 });
    expect(write.snapshot.messages[0].attachments).toEqual([
      { asset: 0, kind: "image", mimeType: "image/png", name: "cat.png", width: 20, height: 10, size: pngBytes(20, 10).length },
    ]);
    expect(write.snapshot.createdAt).toBe(NOW - 10);
  });

  it("accepts an MP4 video", () => {
    const mp4 = ftypBytes("isom", ["isom", "mp42"], new Array(64).fill(0));
    const write = buildShareWrite(body({ assets: [{ mimeType: "video/mp4", data: b64(mp4) }] }), OPTS);
    expect(write.assets[0]).toMatchObject({ kind: "video", mimeType: "video/mp4" });
  });

  it.each([
    ["SVG", "image/svg+xml", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["HTML claimed as PNG", "image/png", text("<html><script>alert(1)</script></html>")],
    ["JPEG claimed as PNG", "image/png", jpegBytes(10, 10)],
    ["a truncated PNG", "image/png", pngBytes(10, 10, false)],
  ])("refuses %s with 400 unsupported_media", (_name, mimeType, bytes) => {
    const error = refusal(() => buildShareWrite(body({ assets: [{ mimeType, data: b64(bytes) }] }), OPTS));
    expect(error.status).toBe(400);
    expect(error.code).toBe("unsupported_media");
    expect(error.message).toMatch(/^Attachment 1: /);
  });

  it("refuses a video over the cap with 413", () => {
    const mp4 = ftypBytes("isom", ["isom"], new Array(200).fill(0));
    const error = refusal(() => buildShareWrite(body({ assets: [{ mimeType: "video/mp4", data: b64(mp4) }] }), { ...OPTS, maxVideoBytes: 100 }));
    expect(error.status).toBe(413);
    expect(error.code).toBe("payload_too_large");
  });
});

describe("share request schema", () => {
  it("refuses attachments pointing at missing assets and assets no message uses", () => {
    const base = { title: "t", messages: [{ role: "user", content: "x", createdAt: 1, attachments: [{ asset: 1 }] }] };
    expect(shareRequestSchema.safeParse({ ...base, assets: [{ mimeType: "image/png", data: "AAAA" }] }).success).toBe(false);
    const unused = { title: "t", messages: [{ role: "user", content: "x", createdAt: 1 }], assets: [{ mimeType: "image/png", data: "AAAA" }] };
    expect(shareRequestSchema.safeParse(unused).success).toBe(false);
    expect(shareRequestSchema.safeParse({ title: " ", messages: [{ role: "user", content: "x", createdAt: 1 }] }).success).toBe(false);
    expect(shareRequestSchema.safeParse({ title: "t", messages: [] }).success).toBe(false);
  });
});

describe("expiryFor", () => {
  it("uses the earlier of the server's and the sharer's expiry", () => {
    expect(expiryFor(NOW)).toBeNull();
    expect(expiryFor(NOW, 30)).toBe(NOW + 30 * 86_400_000);
    expect(expiryFor(NOW, undefined, 1)).toBe(NOW + 86_400_000);
    expect(expiryFor(NOW, 7, 30)).toBe(NOW + 7 * 86_400_000);
    expect(expiryFor(NOW, 7, 0.5)).toBe(NOW + 43_200_000);
  });
});
