import { describe, expect, it } from "vitest";
import { toChatRequest } from "./to-request";
import type { ChatMessage, ConversationSettings } from "./message";

const msg = (role: ChatMessage["role"], content: string): ChatMessage => ({ id: content, role, content, createdAt: 1, status: "done" });
const history = [msg("system", "Imported: always answer in French"), msg("user", "Hello"), msg("assistant", "Hi"), msg("user", "Again")];
const encode = async () => "";

describe("toChatRequest and imported system messages", () => {
  it("leaves system messages of the history out unless the conversation turns them on", async () => {
    const settings: ConversationSettings = { model: "glm-4.5v", thinking: true };
    const off = await toChatRequest(history, settings, encode);
    expect(off.messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(JSON.stringify(off)).not.toContain("French");
    const on = await toChatRequest(history, { ...settings, sendSystemMessages: true }, encode);
    expect(on.messages[0]).toEqual({ role: "system", content: "Imported: always answer in French" });
  });

  it("always sends the user's own system prompt", async () => {
    const req = await toChatRequest(history, { model: "glm-4.5v", thinking: true, systemPrompt: "Be brief." }, encode);
    expect(req.messages[0]).toEqual({ role: "system", content: "Be brief." });
    expect(req.messages.filter((m) => m.role === "system")).toHaveLength(1);
  });
});
