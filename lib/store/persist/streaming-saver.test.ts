import { afterEach, describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";
import type { ChatMessage } from "@/lib/chat/message";
import { loadConversation, putConversation } from "./conversations";
import { createStreamingSaver } from "./streaming-saver";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";

const partial = (content: string, status: ChatMessage["status"] = "streaming") =>
  makeMessage("a1", { role: "assistant", content, status });

afterEach(() => {
  vi.useRealTimers();
});

describe("createStreamingSaver throttling", () => {
  it("writes at once, then at most once per interval with the latest text, and at the end", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const writes: string[] = [];
    const saver = createStreamingSaver("c1", "a1", {
      intervalMs: 1000,
      write: async (_c, m) => {
        writes.push(m.content);
      },
    });
    saver.update(partial("H"));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(["H"]);

    for (const text of ["He", "Hel", "Hell"]) {
      saver.update(partial(text));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(writes).toEqual(["H"]);
    await vi.advanceTimersByTimeAsync(400);
    expect(writes).toEqual(["H", "Hell"]);

    saver.update(partial("Hello", "done"));
    await saver.flush();
    expect(writes).toEqual(["H", "Hell", "Hello"]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(3);
  });

  it("a token stream of 10 s writes about 11 times, not once per token", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    let count = 0;
    const saver = createStreamingSaver("c1", "a1", { write: async () => void (count += 1) });
    let text = "";
    for (let i = 0; i < 500; i += 1) {
      text += "x";
      saver.update(partial(text));
      await vi.advanceTimersByTimeAsync(20);
    }
    await saver.flush();
    expect(count).toBeGreaterThanOrEqual(10);
    expect(count).toBeLessThanOrEqual(12);
  });

  it("reports background failures to onError and rejects flush when the final write fails", async () => {
    const errors: unknown[] = [];
    const saver = createStreamingSaver("c1", "a1", {
      onError: (e) => errors.push(e),
      write: async () => {
        throw new Error("disk full");
      },
    });
    saver.update(partial("x"));
    saver.update(partial("xy"));
    await expect(saver.flush()).rejects.toThrow("disk full");
    expect(errors).toHaveLength(1);
  });

  it("dispose drops pending writes", async () => {
    let count = 0;
    const saver = createStreamingSaver("c1", "a1", { intervalMs: 60_000, write: async () => void (count += 1) });
    saver.update(partial("a"));
    saver.update(partial("ab"));
    saver.dispose();
    await saver.flush();
    expect(count).toBe(1);
  });
});

describe("createStreamingSaver with IndexedDB", () => {
  it("keeps the partial answer across a crash and reports it as interrupted", async () => {
    await freshDb();
    await putConversation(makeConversation("c1"));
    const saver = createStreamingSaver("c1", "a1", { intervalMs: 60_000 });
    saver.update(partial("The answer so"));
    saver.update(partial("The answer so far"));
    await saver.flush();
    // No final "done" write: the tab died here.
    const loaded = await loadConversation("c1");
    expect(loaded?.messages[0]).toMatchObject({ id: "a1", content: "The answer so far", status: "interrupted" });
  });

  it("stores the finished answer as done after the final flush", async () => {
    await freshDb();
    await putConversation(makeConversation("c1"));
    const saver = createStreamingSaver("c1", "a1");
    saver.update(partial("partial"));
    saver.update(partial("complete", "done"));
    await saver.flush();
    const loaded = await loadConversation("c1");
    expect(loaded?.messages).toHaveLength(1);
    expect(loaded?.messages[0]).toMatchObject({ content: "complete", status: "done" });
  });
});

/** Enough of the Web Locks API: a held lock stays listed until its callback's promise settles. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request(name: string, callback: () => Promise<void>) {
      held.add(name);
      return callback().finally(() => held.delete(name));
    },
    async query() {
      return { held: [...held].map((name) => ({ name, mode: "exclusive" })), pending: [] };
    },
  };
}

describe("live streams in another tab", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("stays 'streaming' while a tab holds the stream lock, and becomes 'interrupted' once it is gone", async () => {
    await freshDb();
    await putConversation(makeConversation("c1"));
    const locks = fakeLocks();
    vi.stubGlobal("navigator", { locks });

    const streaming = createStreamingSaver("c1", "a1", { intervalMs: 60_000 });
    streaming.update(partial("so far"));
    const crashed = createStreamingSaver("c1", "a2", { intervalMs: 60_000 });
    crashed.update(makeMessage("a2", { role: "assistant", content: "lost tab", status: "streaming", createdAt: 3_000 }));
    await crashed.flush(); // written mid-stream...
    crashed.dispose(); // ...then the tab died, releasing its lock.
    await eventually(() => expect(locks.held.size).toBe(1));

    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => [m.id, m.status])).toEqual([
      ["a1", "streaming"],
      ["a2", "interrupted"],
    ]);

    streaming.update(partial("so far, done", "done"));
    await streaming.flush();
    await eventually(() => expect(locks.held.size).toBe(0));
    expect((await loadConversation("c1"))?.messages[0]).toMatchObject({ status: "done", content: "so far, done" });
  });
});
