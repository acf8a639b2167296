import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/lib/chat/message";
import { onScreenConversation } from "./on-screen";

const conversation = { id: "c1", title: "T", createdAt: 1, updatedAt: 2, settings: { model: "glm-4.5v", thinking: true } };
const question: ChatMessage = { id: "u1", role: "user", parentId: null, content: "Hi", createdAt: 1, status: "done" };
const answer: ChatMessage = { id: "a1", role: "assistant", parentId: "u1", content: "", createdAt: 2, status: "streaming" };
const none = () => undefined;

describe("onScreenConversation", () => {
  it("is every message the tab holds, an answer still streaming as it stands now", () => {
    const live = { ...answer, content: "Half an answer" };
    const shown = onScreenConversation({ conversation, allMessages: [question, answer], saved: true, routeStatus: "ready" }, (id) => (id === "a1" ? live : undefined));
    expect(shown).toEqual({ conversation, messages: [question, live] });
  });

  it("is nothing for a new empty chat or one still opening", () => {
    expect(onScreenConversation({ conversation, allMessages: [], saved: false, routeStatus: "ready" }, none)).toBeUndefined();
    expect(onScreenConversation({ conversation, allMessages: [], saved: false, routeStatus: "loading" }, none)).toBeUndefined();
    expect(onScreenConversation({ conversation, allMessages: [], saved: true, routeStatus: "missing" }, none)).toBeUndefined();
  });
});
