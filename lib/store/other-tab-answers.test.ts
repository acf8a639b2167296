import { describe, expect, it } from "vitest";
import type { StreamLock } from "./persist/stream-locks";
import { watchOtherTabAnswers } from "./other-tab-answers";

/** Fake locks: `held` is what a listing returns; `free(messageId)` stands for a lock let go. */
function harness(held: StreamLock[] = [], mine: string[] = []) {
  const state = { held, published: [] as string[][] };
  const waits: { messageId: string; signal: AbortSignal; end: () => void }[] = [];
  const watcher = watchOtherTabAnswers({
    streaming: async () => state.held,
    waitFree: (_conversationId, messageId, signal) =>
      new Promise((resolve) => {
        waits.push({ messageId, signal, end: () => resolve(!signal.aborted) });
        signal.addEventListener("abort", () => resolve(false));
      }),
    mine: (messageId) => mine.includes(messageId),
    publish: (ids) => state.published.push(ids),
  });
  const free = (messageId: string) => {
    state.held = state.held.filter((lock) => lock.messageId !== messageId);
    for (const w of waits.filter((w) => w.messageId === messageId && !w.signal.aborted)) w.end();
  };
  return { state, waits, watcher, free };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("watchOtherTabAnswers", () => {
  it("marks the chats other tabs answer in at start, not this tab's own answer", async () => {
    const { state } = harness(
      [
        { conversationId: "c2", messageId: "a2" },
        { conversationId: "c1", messageId: "a1" },
        { conversationId: "c3", messageId: "mine" },
      ],
      ["mine"],
    );
    await settle();
    expect(state.published).toEqual([["c1", "c2"]]);
  });

  it("unmarks an answer as soon as its lock is let go, with no message from its tab (closed or crashed)", async () => {
    const { state, free } = harness([{ conversationId: "c1", messageId: "a1" }]);
    await settle();
    free("a1");
    await settle();
    expect(state.published).toEqual([["c1"], []]);
  });

  it("lists again when told (another tab's change), waits once per answer and gives up waits on ended ones", async () => {
    const { state, waits, watcher } = harness();
    await settle();
    expect(state.published).toEqual([]);
    state.held = [{ conversationId: "c1", messageId: "a1" }];
    watcher.refresh();
    watcher.refresh();
    await settle();
    expect(state.published).toEqual([["c1"]]);
    expect(waits.map((w) => w.messageId)).toEqual(["a1"]);
    // Ended between two listings (its wait not yet answered): the next listing drops it.
    state.held = [];
    watcher.refresh();
    await settle();
    expect(state.published).toEqual([["c1"], []]);
    expect(waits[0].signal.aborted).toBe(true);
  });

  it("an older listing that lands last does not bring back an ended answer", async () => {
    const listings: ((locks: StreamLock[]) => void)[] = [];
    const published: string[][] = [];
    const watcher = watchOtherTabAnswers({
      streaming: () => new Promise((resolve) => listings.push(resolve)),
      waitFree: () => new Promise(() => undefined),
      mine: () => false,
      publish: (ids) => published.push(ids),
    });
    watcher.refresh();
    listings[1]([]);
    await settle();
    listings[0]([{ conversationId: "c1", messageId: "a1" }]);
    await settle();
    expect(published).toEqual([]);
    watcher.stop();
  });
});
