import { beforeEach, describe, expect, it } from "vitest";
import { putConversation } from "@/lib/store/persist/conversations";
import { putMessage } from "@/lib/store/persist/messages";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";
import { startStartupReads, takeConversation, takeFullList, takeRecent } from "./startup-reads";

beforeEach(async () => {
  await freshDb();
  await putConversation(makeConversation("a", { updatedAt: 10 }));
  await putConversation(makeConversation("b", { updatedAt: 20 }));
  await putMessage("b", makeMessage("m1", { content: "hello" }));
});

describe("startup reads", () => {
  it("hands the list and the addressed conversation to the store once", async () => {
    startStartupReads("/c/b");
    expect(takeConversation("other")).toBeNull();
    expect((await takeRecent())?.map((c) => c.id)).toEqual(["b", "a"]);
    expect((await takeFullList())?.conversations.map((c) => c.id)).toEqual(["b", "a"]);
    expect(takeFullList()).toBeNull();
  });

  it("keeps the conversation for the id it was read for", async () => {
    startStartupReads("/c/b");
    expect((await takeConversation("b"))?.messages.map((m) => m.content)).toEqual(["hello"]);
    expect(takeConversation("b")).toBeNull();
    takeRecent();
    takeFullList();
  });

  it("gives nothing once a write was heard meanwhile: the store reads afresh", async () => {
    startStartupReads("/c/b");
    await putConversation(makeConversation("c", { updatedAt: 30 }));
    expect(takeRecent()).toBeNull();
    expect(takeFullList()).toBeNull();
    expect(takeConversation("b")).toBeNull();
  });

  it("reads nothing for a new chat's address but the list", async () => {
    startStartupReads("/");
    expect(takeConversation("b")).toBeNull();
    expect((await takeFullList())?.conversations).toHaveLength(2);
    takeRecent();
  });
});
