import { beforeEach, describe, expect, it } from "vitest";
import { eventually } from "@/test/eventually";
import { deleteConversation, listConversations, putConversation } from "./conversations";
import { deleteMessages, putMessage } from "./messages";
import { announceAllDeleted, askToStopAnswer, CHANNEL_NAME, onAllDeleted, onOwnChanges, onStopRequest, subscribeToChanges, TAB_ID, type ChangeEvent, type StopRequest } from "./sync";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";

beforeEach(async () => {
  await freshDb();
});

/** Collect messages another tab would see on the channel, resolving once `count` arrived. */
function otherTab(count: number): Promise<unknown[]> {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const seen: unknown[] = [];
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      seen.push(event.data);
      if (seen.length === count) {
        channel.close();
        resolve(seen);
      }
    };
  });
}

describe("cross-tab sync", () => {
  it("announces each write and delete on the glm-chat channel", async () => {
    const received = otherTab(3);
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("m1"));
    const { updatedAt } = (await listConversations()).conversations[0];
    await deleteConversation("c1");
    expect(await received).toEqual([
      { type: "conversation-changed", id: "c1", source: TAB_ID },
      { type: "conversation-changed", id: "c1", updatedAt, source: TAB_ID },
      { type: "conversation-deleted", id: "c1", source: TAB_ID },
    ]);
  });

  it("tells this tab of its own message writes with the activity time stored, and nothing of other tabs'", async () => {
    const own: ChangeEvent[] = [];
    const stop = onOwnChanges((e) => own.push(e));
    await putConversation(makeConversation("c2", { updatedAt: 5 }));
    await putMessage("c2", makeMessage("m1"));
    const saved = (await listConversations()).conversations[0].updatedAt;
    expect(saved).toBeGreaterThan(5);
    await deleteMessages("c2", ["m1"]);
    const deleted = (await listConversations()).conversations[0].updatedAt;
    const poster = new BroadcastChannel(CHANNEL_NAME);
    poster.postMessage({ type: "conversation-changed", id: "elsewhere", updatedAt: 1, source: "other" });
    poster.close();
    await putConversation(makeConversation("c3"));
    stop();
    await putMessage("c2", makeMessage("m2"));
    expect(own).toEqual([
      { type: "conversation-changed", id: "c2" },
      { type: "conversation-changed", id: "c2", updatedAt: saved },
      { type: "conversation-changed", id: "c2", updatedAt: deleted },
      { type: "conversation-changed", id: "c3" },
    ]);
  });

  it("delivers other tabs' changes to subscribers and filters this tab's echo", async () => {
    const events: ChangeEvent[] = [];
    const done = new Promise<void>((resolve) => {
      const unsubscribe = subscribeToChanges((event) => {
        events.push(event);
        if (event.id === "from-other-tab") {
          unsubscribe();
          resolve();
        }
      });
    });
    const poster = new BroadcastChannel(CHANNEL_NAME);
    poster.postMessage({ type: "conversation-changed", id: "echo", source: TAB_ID });
    poster.postMessage({ type: "bogus", id: "x", source: "other" });
    poster.postMessage({ type: "conversation-deleted", id: "from-other-tab", source: "other" });
    await done;
    poster.close();
    expect(events).toEqual([{ type: "conversation-deleted", id: "from-other-tab" }]);
  });

  it("hands other tabs' stop requests to their listener only, well-formed and not this tab's echo", async () => {
    const stops: StopRequest[] = [];
    const changes: ChangeEvent[] = [];
    const offs = [subscribeToChanges((event) => changes.push(event)), onStopRequest((request) => stops.push(request))];
    const poster = new BroadcastChannel(CHANNEL_NAME);
    const ask = (fields: object, source = "other") => poster.postMessage({ type: "stop-answer", conversationId: "c1", ...fields, source });
    ask({ messageId: "echo" }, TAB_ID);
    ask({});
    ask({ messageId: "m1" });
    ask({ messageId: "last" });
    await eventually(() => expect(stops.map((r) => r.messageId)).toContain("last"));
    poster.close();
    for (const off of offs) off();
    expect(stops).toEqual([
      { type: "stop-answer", conversationId: "c1", messageId: "m1" },
      { type: "stop-answer", conversationId: "c1", messageId: "last" },
    ]);
    expect(changes).toEqual([]);
  });

  it("tells other tabs that all data was deleted, on a listener of its own (not a change of one conversation)", async () => {
    const received = otherTab(1);
    announceAllDeleted();
    expect(await received).toEqual([{ type: "all-deleted", source: TAB_ID }]);

    let heard = 0;
    const changes: ChangeEvent[] = [];
    const offs = [subscribeToChanges((event) => changes.push(event)), onAllDeleted(() => heard++)];
    const poster = new BroadcastChannel(CHANNEL_NAME);
    poster.postMessage({ type: "all-deleted", source: TAB_ID });
    poster.postMessage({ type: "all-deleted", source: "other" });
    await eventually(() => expect(heard).toBe(1));
    poster.close();
    for (const off of offs) off();
    expect(changes).toEqual([]);
  });

  it("asks on the channel for another tab's answer to be stopped", async () => {
    const received = otherTab(1);
    askToStopAnswer("c1", "m1");
    expect(await received).toEqual([{ type: "stop-answer", conversationId: "c1", messageId: "m1", source: TAB_ID }]);
  });

  it("every subscriber hears other tabs until it unsubscribes, and subscribing again after all left works", async () => {
    const heard: string[] = [];
    const next = (count: number) =>
      new Promise<void>((resolve) => {
        const check = setInterval(() => heard.length >= count && (clearInterval(check), resolve()), 5);
      });
    const stopA = subscribeToChanges((e) => heard.push(`a:${e.id}`));
    const stopB = subscribeToChanges((e) => heard.push(`b:${e.id}`));
    const poster = new BroadcastChannel(CHANNEL_NAME);
    poster.postMessage({ type: "conversation-changed", id: "1", source: "other" });
    await next(2);
    stopA();
    poster.postMessage({ type: "conversation-changed", id: "2", source: "other" });
    await next(3);
    stopB();
    const stopC = subscribeToChanges((e) => heard.push(`c:${e.id}`));
    poster.postMessage({ type: "conversation-changed", id: "3", source: "other" });
    await next(4);
    stopC();
    poster.close();
    expect(heard).toEqual(["a:1", "b:1", "b:2", "c:3"]);
  });

  it("includeSelf delivers this tab's writes synchronously after they commit", async () => {
    const events: ChangeEvent[] = [];
    const unsubscribe = subscribeToChanges((e) => events.push(e), { includeSelf: true });
    await putConversation(makeConversation("c9"));
    expect(events).toContainEqual({ type: "conversation-changed", id: "c9" });
    unsubscribe();
    await putConversation(makeConversation("c10"));
    expect(events.some((e) => e.id === "c10")).toBe(false);
  });
});
