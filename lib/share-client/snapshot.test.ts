import { describe, expect, it } from "vitest";
import { shareRequestSchema } from "@/lib/chat/share";
import type { ChatMessage, Conversation } from "@/lib/chat/message";
import { buildShareBody, shareMediaSizes, shareSummary, shareableMessages } from "./snapshot";
import { mediaFit } from "@/lib/chat/request-size";

const conversation: Conversation = { id: "c1", title: "  Shapes  ", createdAt: 1000.4, updatedAt: 2000, settings: { model: "glm-4.5v", thinking: true } };
const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" });
const messages: ChatMessage[] = [
  {
    id: "u1", role: "user", content: "Where?", createdAt: 1001, status: "done",
    attachments: [{ id: "a1", kind: "image", mimeType: "image/png", blob: png, name: "shapes.png", size: 4 }],
  },
  { id: "m1", role: "assistant", content: "Left.", reasoning: "secret thoughts", reasoningMs: 1200, model: "glm-4.5v", createdAt: 1002, status: "done" },
  { id: "u2", role: "user", content: "Again", createdAt: 1003, status: "done" },
  { id: "m2", role: "assistant", content: "", createdAt: 1004, status: "error", finishReason: "error", error: { code: "upstream_rate_limited", message: "Rate limit reached (request 9f2c)" } },
  { id: "u3", role: "user", content: "More", createdAt: 1005, status: "done" },
  { id: "m4", role: "assistant", content: "Cut in the mid", createdAt: 1005.5, status: "done", finishReason: "length" },
  // An answer with nothing in it: nothing to show or tell.
  { id: "m5", role: "assistant", content: " ", createdAt: 1005.7, status: "done", finishReason: "stop" },
  { id: "m3", role: "assistant", content: "Partial", createdAt: 1006, status: "streaming" },
];

describe("buildShareBody", () => {
  it("publishes finished turns with images as assets and no reasoning by default", async () => {
    const body = await buildShareBody(conversation, messages, { includeMedia: true, includeReasoning: false });
    expect(body.title).toBe("Shapes");
    expect(body.createdAt).toBe(1000);
    expect(body.messages.map((m) => m.content)).toEqual(["Where?", "Left.", "Again", "", "More", "Cut in the mid"]);
    expect(body.messages[0].attachments).toEqual([{ asset: 0, name: "shapes.png" }]);
    expect(body.assets).toEqual([{ mimeType: "image/png", data: "iVBORw==" }]);
    expect(JSON.stringify(body)).not.toContain("secret thoughts");
    expect(body.includeReasoning).toBe(false);
    expect(shareRequestSchema.safeParse(body).success).toBe(true);
  });

  it("keeps how an answer ended: a failed one (by its code alone) and a cut one, so the page can say so", async () => {
    const body = await buildShareBody(conversation, messages, { includeMedia: false, includeReasoning: false });
    expect(body.messages[3]).toEqual({ role: "assistant", content: "", createdAt: 1004, finishReason: "error", error: { code: "upstream_rate_limited" } });
    expect(body.messages[5]).toMatchObject({ content: "Cut in the mid", finishReason: "length" });
    expect(body.messages[1].finishReason).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain("9f2c");
    expect(shareRequestSchema.safeParse(body).success).toBe(true);
  });

  it("keeps a budget cut as a cut, without when the sharer's budget resets (that is the sharer's business)", async () => {
    const cut: ChatMessage[] = [{ id: "b1", role: "assistant", content: "Half", createdAt: 1, status: "done", finishReason: "budget", resetAt: "2026-12-07T00:00:00.000Z" }];
    const body = await buildShareBody(conversation, cut, { includeMedia: false, includeReasoning: false });
    expect(body.messages[0]).toEqual({ role: "assistant", content: "Half", createdAt: 1, finishReason: "budget" });
    // Nor would the server keep it if a client sent it.
    const parsed = shareRequestSchema.parse({ ...body, messages: [{ ...body.messages[0], resetAt: "2026-12-07T00:00:00.000Z" }] });
    expect(parsed.messages[0]).not.toHaveProperty("resetAt");
  });

  it("keeps answers with no text that have something to show or tell: stopped, thought until the cap, reasoning only, a tool call", async () => {
    const call = { id: "call_0", name: "get_weather", arguments: '{"city":"Beijing"}' };
    const textless: ChatMessage[] = [
      { id: "s", role: "assistant", content: "", reasoning: "Planning", createdAt: 1, status: "done", finishReason: "aborted" },
      { id: "l", role: "assistant", content: "", reasoning: "I keep considering", createdAt: 2, status: "done", finishReason: "length" },
      { id: "r", role: "assistant", content: "", reasoning: "So it is 4.", createdAt: 3, status: "done", finishReason: "stop" },
      { id: "t", role: "assistant", content: "", reasoning: "I should call a tool.", createdAt: 4, status: "done", finishReason: "tool_calls", toolCalls: [call] },
    ];
    expect(shareableMessages(textless).map((m) => m.id)).toEqual(["s", "l", "r", "t"]);
    const body = await buildShareBody(conversation, textless, { includeMedia: false, includeReasoning: false });
    expect(body.messages.map((m) => m.finishReason)).toEqual(["aborted", "length", undefined, "tool_calls"]);
    expect(body.messages[3].toolCalls).toEqual([call]);
    expect(JSON.stringify(body)).not.toContain("I keep considering");
    expect(shareRequestSchema.safeParse(body).success).toBe(true);
    const withReasoning = await buildShareBody(conversation, textless, { includeMedia: false, includeReasoning: true });
    expect(withReasoning.messages[1].reasoning).toBe("I keep considering");
  });

  it("says how many text-file blocks open a question, so the shared page reads them as the app does", async () => {
    const asked: ChatMessage[] = [
      { id: "u1", role: "user", content: "File: a.txt\n```txt\nx\n```\n\nSum", textFiles: 1, createdAt: 1, status: "done" },
      { id: "u2", role: "user", content: "File: looks.txt\n```\ntyped\n```", textFiles: 0, createdAt: 2, status: "done" },
    ];
    const body = await buildShareBody(conversation, asked, { includeMedia: true, includeReasoning: false });
    expect(body.messages.map((m) => m.textFiles)).toEqual([1, 0]);
    expect(shareRequestSchema.safeParse(body).success).toBe(true);
  });

  it("says how much of an earlier chat a continued one carries, never its title or words", async () => {
    const carriedOver = { fromId: "c0", fromTitle: "Private plans", text: "User: my private plans", included: 4, total: 9 };
    const body = await buildShareBody({ ...conversation, settings: { ...conversation.settings, carriedOver } }, messages, { includeMedia: true, includeReasoning: false });
    expect(body.continues).toEqual({ included: 4, total: 9 });
    expect(JSON.stringify(body)).not.toContain("private plans");
    expect(JSON.stringify(body)).not.toContain("Private plans");
  });

  it("says when the conversation is a GUI-agent session", async () => {
    const agent = { task: "Turn on Wi-Fi", platform: "android" as const };
    const body = await buildShareBody({ ...conversation, settings: { ...conversation.settings, agent } }, messages, { includeMedia: true, includeReasoning: false });
    expect(body.agent).toEqual(agent);
    expect((await buildShareBody(conversation, messages, { includeMedia: true, includeReasoning: false })).agent).toBeUndefined();
  });

  it("keeps which PDF page each page image is", async () => {
    const doc = { docId: "d1", name: "report.pdf", page: 2, pageCount: 5 };
    const pdf: ChatMessage = { ...messages[0], attachments: [{ id: "p2", kind: "image", mimeType: "image/jpeg", blob: png, name: "report-p2.jpg", size: 4, doc }] };
    const body = await buildShareBody(conversation, [pdf], { includeMedia: true, includeReasoning: false });
    expect(body.messages[0].attachments).toEqual([{ asset: 0, name: "report-p2.jpg", doc }]);
    expect(shareRequestSchema.safeParse(body).success).toBe(true);
  });

  it("includes reasoning only when chosen, and drops media when asked", async () => {
    const body = await buildShareBody(conversation, messages, { includeMedia: false, includeReasoning: true });
    expect(body.messages[1]).toMatchObject({ reasoning: "secret thoughts", reasoningMs: 1200 });
    expect(body.assets).toEqual([]);
    expect(body.messages[0].attachments).toBeUndefined();
    expect(shareRequestSchema.safeParse(body).success).toBe(true);
  });

  it("falls back to a title when the conversation has none", async () => {
    const body = await buildShareBody({ ...conversation, title: "  " }, messages.slice(0, 2), { includeMedia: true, includeReasoning: false });
    expect(body.title).toBe("Shared conversation");
  });
});

describe("shareSummary", () => {
  it("counts what becomes public", () => {
    expect(shareableMessages(messages)).toHaveLength(6);
    expect(shareSummary(messages)).toEqual({ messages: 6, media: 1, pages: 0, reasoning: 1 });
  });

  it("counts a PDF's pages as pages, not as images", () => {
    const page = (n: number) => ({ id: `p${n}`, kind: "image" as const, mimeType: "image/png", blob: png, name: `report.pdf p${n}`, size: 4, doc: { docId: "d1", name: "report.pdf", page: n, pageCount: 2 } });
    const withPdf: ChatMessage[] = [{ ...messages[0], attachments: [...messages[0].attachments!, page(1), page(2)] }, messages[1]];
    expect(shareSummary(withPdf)).toMatchObject({ media: 1, pages: 2 });
  });
});

describe("shareMediaSizes", () => {
  it("sizes the files a share would upload (finished messages only), for the dialog to hold against SHARE_LIMIT_MB", () => {
    const video = { id: "v", kind: "video" as const, mimeType: "video/mp4", blob: png, name: "clip.mp4", size: 20 * 1024 * 1024 };
    const withVideo: ChatMessage[] = [...messages, { id: "u9", role: "user", content: "clip", createdAt: 1007, status: "done", attachments: [video] }, { ...messages[7], attachments: [video] }];
    const sizes = shareMediaSizes(withVideo);
    expect(sizes).toEqual([4, 20 * 1024 * 1024]);
    // 20 MB is under 25, but not as base64.
    expect(mediaFit(sizes, 25)).toBe(false);
    expect(mediaFit(shareMediaSizes(messages), 25)).toBe(true);
  });
});
