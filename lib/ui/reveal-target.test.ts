import { describe, expect, it, vi } from "vitest";
import { firstMounted, revealMessage, revealTarget, subscribeReveal, takeReveal } from "./reveal-target";

describe("reveal target", () => {
  it("mounts back to the message to reveal, else the newest ones", () => {
    expect(firstMounted(58, 6)).toBe(52);
    expect(firstMounted(58, 6, 2)).toBe(2);
    expect(firstMounted(58, 6, 55)).toBe(52);
    expect(firstMounted(3, 6, -1)).toBe(0);
  });

  it("is taken once, and a later pick is not dropped by an earlier one's take", () => {
    const heard = vi.fn();
    const stop = subscribeReveal(heard);
    revealMessage("c1", "m1");
    const first = revealTarget()!;
    revealMessage("c2", "m2");
    takeReveal(first);
    expect(revealTarget()).toEqual({ conversationId: "c2", messageId: "m2" });
    takeReveal(revealTarget()!);
    expect(revealTarget()).toBeNull();
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
  });

  it("keeps what was searched for, whose words the opened message marks", () => {
    revealMessage("c3", "m3", "apple pie");
    expect(revealTarget()).toEqual({ conversationId: "c3", messageId: "m3", query: "apple pie" });
    takeReveal(revealTarget()!);
  });
});
