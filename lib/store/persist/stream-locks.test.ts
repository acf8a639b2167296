import { afterEach, describe, expect, it, vi } from "vitest";
import { parseStreamLockName, streamingAnswers, streamLockName, whenStreamLockFree } from "./stream-locks";

afterEach(() => vi.unstubAllGlobals());

describe("whenStreamLockFree", () => {
  it("waits for the answer's lock in shared mode, lets it go at once and says the stream has no owner", async () => {
    const request = vi.fn(async (_name: string, _options: LockOptions, callback: () => unknown) => callback());
    vi.stubGlobal("navigator", { locks: { request } });
    const signal = new AbortController().signal;
    await expect(whenStreamLockFree("c1", "m1", signal)).resolves.toBe(true);
    expect(request).toHaveBeenCalledWith(streamLockName("c1", "m1"), { mode: "shared", signal }, expect.any(Function));
  });

  it("says nothing ended when the wait is given up, or where Web Locks are missing", async () => {
    vi.stubGlobal("navigator", { locks: { request: () => Promise.reject(new DOMException("aborted", "AbortError")) } });
    await expect(whenStreamLockFree("c1", "m1", AbortSignal.abort())).resolves.toBe(false);
    vi.stubGlobal("navigator", {});
    await expect(whenStreamLockFree("c1", "m1", new AbortController().signal)).resolves.toBe(false);
  });
});

describe("streamingAnswers", () => {
  it("lists the answers whose stream lock a tab holds exclusively, not waiters let in for an instant nor other locks", async () => {
    const held = [
      { name: streamLockName("c1", "m1"), mode: "exclusive" },
      { name: streamLockName("c2", "m2"), mode: "shared" },
      { name: "other-lock", mode: "exclusive" },
    ];
    vi.stubGlobal("navigator", { locks: { query: async () => ({ held, pending: [] }) } });
    await expect(streamingAnswers()).resolves.toEqual([{ conversationId: "c1", messageId: "m1" }]);
    vi.stubGlobal("navigator", {});
    await expect(streamingAnswers()).resolves.toEqual([]);
  });

  it("reads a lock's name back, and nothing from other names", () => {
    expect(parseStreamLockName(streamLockName("c1", "m1"))).toEqual({ conversationId: "c1", messageId: "m1" });
    expect(parseStreamLockName("glm-chat-stream:c1")).toBeNull();
    expect(parseStreamLockName("something-else")).toBeNull();
  });
});
