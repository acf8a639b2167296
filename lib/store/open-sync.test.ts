import { describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import { followOtherTabs, type WaitForStreamEnd } from "./open-sync";

interface Fake {
  conversation: { id: string };
  streamingId: string | null;
  pendingWrites: number;
  answeringElsewhere: string | null;
  reloadOpen: () => Promise<boolean>;
}

/** A store with the fields open-sync reads; reloadOpen refuses while busy, as the real one does. */
function fakeStore(initial: Partial<Fake> = {}) {
  const reads: string[] = [];
  const store = createStore<Fake>()((_set, get) => ({
    conversation: { id: "c1" },
    streamingId: null,
    pendingWrites: 0,
    answeringElsewhere: null,
    reloadOpen: async () => {
      const s = get();
      if (s.streamingId || s.pendingWrites > 0) return false;
      reads.push(s.conversation.id);
      return true;
    },
    ...initial,
  }));
  return { store, reads };
}

/** Each wait, answerable by the test: `end()` stands for the lock being let go. */
function waits() {
  const calls: { conversationId: string; messageId: string; signal: AbortSignal; end: () => void }[] = [];
  const wait: WaitForStreamEnd = (conversationId, messageId, signal) =>
    new Promise((resolve) => {
      calls.push({ conversationId, messageId, signal, end: () => resolve(!signal.aborted) });
      signal.addEventListener("abort", () => resolve(false));
    });
  return { calls, wait };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("followOtherTabs", () => {
  it("reads the open conversation again when another tab changes it", async () => {
    const { store, reads } = fakeStore();
    const sync = followOtherTabs(store, waits().wait);
    sync.changed();
    await flush();
    expect(reads).toEqual(["c1"]);
    sync.stop();
  });

  it("a change heard while this tab's own answer streams is read once the answer ends, not dropped", async () => {
    const { store, reads } = fakeStore({ streamingId: "mine" });
    const sync = followOtherTabs(store, waits().wait);
    sync.changed();
    await flush();
    expect(reads).toEqual([]);
    // Other state changes while still busy do not retry (reloadOpen would refuse again).
    store.setState({ answeringElsewhere: null });
    await flush();
    expect(reads).toEqual([]);
    store.setState({ streamingId: null });
    await flush();
    expect(reads).toEqual(["c1"]);
    // Once: later changes of state do not read again.
    store.setState({ pendingWrites: 0 });
    await flush();
    expect(reads).toEqual(["c1"]);
    sync.stop();
  });

  it("a change heard while writes wait for space is read once they have landed; one of a chat left meanwhile is not", async () => {
    const { store, reads } = fakeStore({ pendingWrites: 2 });
    const sync = followOtherTabs(store, waits().wait);
    sync.changed();
    await flush();
    store.setState({ pendingWrites: 0 });
    await flush();
    expect(reads).toEqual(["c1"]);

    store.setState({ pendingWrites: 1 });
    sync.changed();
    await flush();
    store.setState({ conversation: { id: "c2" } });
    store.setState({ pendingWrites: 0 });
    await flush();
    expect(reads).toEqual(["c1"]);
    sync.stop();
  });

  it("waits for another tab's answer to lose its owner, then reads the conversation again", async () => {
    const { store, reads } = fakeStore();
    const { calls, wait } = waits();
    const sync = followOtherTabs(store, wait);
    store.setState({ answeringElsewhere: "a1" });
    expect(calls.map((c) => [c.conversationId, c.messageId])).toEqual([["c1", "a1"]]);
    // Each interval save read again keeps the same wait.
    store.setState({ answeringElsewhere: "a1" });
    expect(calls).toHaveLength(1);
    calls[0].end();
    await flush();
    expect(reads).toEqual(["c1"]);
    sync.stop();
  });

  it("stops waiting when the answer is seen ended or another chat is opened", async () => {
    const { store, reads } = fakeStore({ answeringElsewhere: "a1" });
    const { calls, wait } = waits();
    const sync = followOtherTabs(store, wait);
    expect(calls).toHaveLength(1);
    store.setState({ answeringElsewhere: null });
    expect(calls[0].signal.aborted).toBe(true);
    store.setState({ answeringElsewhere: "a2" });
    store.setState({ conversation: { id: "c2" }, answeringElsewhere: null });
    expect(calls[1].signal.aborted).toBe(true);
    await flush();
    expect(reads).toEqual([]);
    sync.stop();
  });

  it("an answer whose owner is gone while this tab is busy is read once it is idle", async () => {
    const { store, reads } = fakeStore({ answeringElsewhere: "a1", pendingWrites: 1 });
    const { calls, wait } = waits();
    const reload = vi.spyOn(store.getState(), "reloadOpen");
    const sync = followOtherTabs(store, wait);
    calls[0].end();
    await flush();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reads).toEqual([]);
    store.setState({ pendingWrites: 0 });
    await flush();
    expect(reads).toEqual(["c1"]);
    sync.stop();
  });
});
