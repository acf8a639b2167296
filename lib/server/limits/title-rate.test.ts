import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
Object.assign(process.env, { ZAI_API_KEY: "", TITLE_RATE_PER_MINUTE: "2", CHAT_RATE_PER_MINUTE: "30" });
const { checkChatRate, checkTitleRate } = await import("./server");

describe("the title rate", () => {
  it("refuses a subject over TITLE_RATE_PER_MINUTE with a 429, per subject, apart from the chat rate", async () => {
    await checkTitleRate("user:a");
    await checkTitleRate("user:a");
    await expect(checkTitleRate("user:a")).rejects.toMatchObject({ code: "rate_limited", status: 429 });
    // Another user, and the same user's chats, are not charged for a's titles.
    await expect(checkTitleRate("user:b")).resolves.toBeUndefined();
    await expect(checkChatRate("user:a")).resolves.toBeUndefined();
  });
});
