import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./message";
import { tooLargeCauseOf } from "./too-large-cause";

const MB = 1024 * 1024;
const video = (id: string, mb: number) => ({ id, kind: "video" as const, name: `${id}.mp4`, mimeType: "video/mp4", size: mb * MB, dataUrl: "" });
const user = (id: string, mb?: number): ChatMessage => ({ id, role: "user", content: id, createdAt: 0, ...(mb ? { attachments: [video(id, mb) as never] } : {}) });
const answer = (id: string): ChatMessage => ({ id, role: "assistant", content: "", createdAt: 0 });
const settings = { model: "glm-4.5v", thinking: true };

describe("tooLargeCauseOf", () => {
  it("names the chat's earlier files when the question's own fit the body alone", () => {
    const messages = [user("q1", 0.9), answer("a1"), user("q2", 0.9), answer("a2")];
    expect(tooLargeCauseOf(messages, "a2", settings, 2)).toBe("earlier");
  });

  it("names the question's own files when they alone are too large", () => {
    const messages = [user("q1", 1.8), answer("a1")];
    expect(tooLargeCauseOf(messages, "a1", settings, 2)).toBe("own");
  });

  it("does not know for an answer it cannot find, or one with no files before it", () => {
    expect(tooLargeCauseOf([user("q1"), answer("a1")], "a1", settings, 2)).toBe("unknown");
    expect(tooLargeCauseOf([user("q1", 0.9), answer("a1")], "gone", settings, 2)).toBe("unknown");
  });
});
