import { beforeEach, describe, expect, it } from "vitest";
import { clearAllRecords } from "./clear";
import { listConversations, loadConversation, putConversation } from "./conversations";
import { getDb } from "./db";
import { ConversationNotFoundError } from "./errors";
import { putMessage } from "./messages";
import { countQuarantine, quarantineRecords } from "./quarantine";
import { freshDb, makeConversation, makeImage, makeMessage } from "@/test/persist";

beforeEach(async () => {
  await freshDb();
});

describe("clearAllRecords (Delete all data)", () => {
  it("empties conversations, messages, attachments and the quarantine, and a late write cannot bring a chat back", async () => {
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("m1", { attachments: [makeImage("i1")] }));
    await putConversation(makeConversation("c2"));
    await quarantineRecords(await getDb(), [{ store: "conversations", key: "c2", record: { broken: true }, reason: "test" }]);
    expect(await countQuarantine()).toBe(1);

    await clearAllRecords();
    expect((await listConversations()).conversations).toEqual([]);
    expect(await loadConversation("c1")).toBeNull();
    expect(await countQuarantine()).toBe(0);
    // Another tab's answer saving a moment later finds no conversation to write into.
    await expect(putMessage("c1", makeMessage("a1", { role: "assistant", content: "late" }))).rejects.toBeInstanceOf(ConversationNotFoundError);
    expect(await loadConversation("c1")).toBeNull();
  });
});
