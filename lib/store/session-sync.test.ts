import { afterEach, describe, expect, it } from "vitest";
import { announceSession, onSessionChange, reactionTo, SESSION_CHANNEL, type SessionEvent } from "./session-sync";

describe("reactionTo", () => {
  it("a page with someone's chats leaves on a sign-out and on anyone else's sign-in", () => {
    expect(reactionTo("alice", { type: "signed-out" })).toBe("leave");
    expect(reactionTo("alice", { type: "signed-in", scope: "bob" })).toBe("leave");
    // The same person signing in again in another tab (a lapsed session): their chats stay.
    expect(reactionTo("alice", { type: "signed-in", scope: "alice" })).toBe("stay");
  });

  it("the sign-in page opens the app on a sign-in, and stays on a sign-out", () => {
    expect(reactionTo(null, { type: "signed-in", scope: "bob" })).toBe("leave");
    expect(reactionTo(null, { type: "signed-out" })).toBe("stay");
  });
});

describe("the session channel", () => {
  const open: BroadcastChannel[] = [];
  const otherTab = () => {
    const channel = new BroadcastChannel(SESSION_CHANNEL);
    open.push(channel);
    return channel;
  };
  afterEach(() => {
    for (const channel of open.splice(0)) channel.close();
  });

  it("tells other tabs, never under a per-person name", async () => {
    const heard = new Promise((resolve) => (otherTab().onmessage = (m) => resolve(m.data)));
    announceSession({ type: "signed-out" });
    expect(await heard).toEqual({ type: "signed-out" });
  });

  it("hears other tabs, and drops what is not a session event", async () => {
    const events: SessionEvent[] = [];
    const second = new Promise<void>((resolve) => {
      const stop = onSessionChange((event) => {
        events.push(event);
        if (events.length === 2) {
          stop();
          resolve();
        }
      });
    });
    const poster = otherTab();
    poster.postMessage({ type: "signed-in" });
    poster.postMessage("signed-out");
    poster.postMessage({ type: "signed-in", scope: "bob" });
    poster.postMessage({ type: "signed-out" });
    await second;
    expect(events).toEqual([{ type: "signed-in", scope: "bob" }, { type: "signed-out" }]);
  });
});
