import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/lib/chat/message";
import { removeQuestion } from "@/lib/chat/tree";
import { makeMessage } from "@/test/persist";
import { messageUndoApplies, oldestRemoved, undoneMessages, type MessageUndo } from "./message-undo";

const q1 = makeMessage("q1", { parentId: null, createdAt: 1 });
const a1 = makeMessage("a1", { role: "assistant", parentId: "q1", createdAt: 2 });
const a2 = makeMessage("a2", { role: "assistant", parentId: "q1", createdAt: 3, feedback: { rating: "up" } });
const q2 = makeMessage("q2", { parentId: "a1", createdAt: 4 });
const all: ChatMessage[] = [q1, a1, a2, q2];

describe("undoneMessages", () => {
  it("brings back what removeQuestion took and the parent it relinked, keeping the rest as it is now", () => {
    const removal = removeQuestion(all, { q1: "a1" }, "q1");
    expect(removal.relinked.map((m) => m.id)).toEqual(["q2"]);
    // A field changed since the delete (e.g. a save landed) stays; only the parent goes back.
    const now = removal.messages.map((m) => (m.id === "q2" ? { ...m, content: "as saved" } : m));
    const undo: MessageUndo = { conversationId: "c", before: all, branches: { q1: "a1" }, after: now, afterBranches: removal.branches };
    const { messages, writes } = undoneMessages(undo, now);
    expect(messages.map((m) => [m.id, m.parentId])).toEqual(all.map((m) => [m.id, m.parentId]));
    expect(messages.find((m) => m.id === "q2")?.content).toBe("as saved");
    expect(writes.map((m) => m.id).sort()).toEqual(["a1", "a2", "q1", "q2"]);
    expect(writes.find((m) => m.id === "a2")?.feedback).toEqual({ rating: "up" });
  });
});

describe("messageUndoApplies", () => {
  const after = [q1];
  const undo: MessageUndo = { conversationId: "c", before: all, branches: undefined, after, afterBranches: undefined };
  const state = { messageUndo: undo, conversation: { id: "c", title: "", createdAt: 0, updatedAt: 0, settings: { model: "m", thinking: true } }, allMessages: after, streamingId: null, answeringElsewhere: null };

  it("holds only while the chat is as the delete left it and idle", () => {
    expect(messageUndoApplies(state)).toBe(true);
    expect(messageUndoApplies({ ...state, allMessages: [...after] })).toBe(false);
    expect(messageUndoApplies({ ...state, conversation: { ...state.conversation, id: "other" } })).toBe(false);
    expect(messageUndoApplies({ ...state, conversation: { ...state.conversation, branches: {} } })).toBe(false);
    expect(messageUndoApplies({ ...state, streamingId: "x" })).toBe(false);
    expect(messageUndoApplies({ ...state, answeringElsewhere: "y" })).toBe(false);
    expect(messageUndoApplies({ ...state, messageUndo: null })).toBe(false);
  });
});

describe("oldestRemoved", () => {
  it("is the time of the oldest message the delete took, ignoring those it kept", () => {
    expect(oldestRemoved({ before: all, after: [q1, a1] })).toBe(3);
    expect(oldestRemoved({ before: all, after: all })).toBeUndefined();
  });
});
