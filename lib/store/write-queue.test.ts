import { describe, expect, it, vi } from "vitest";
import { createWriteQueue } from "./write-queue";

class Full extends Error {}
const isFull = (e: unknown) => e instanceof Full;

describe("write queue", () => {
  it("runs writes in order and reports drained", async () => {
    const order: string[] = [];
    const onDrained = vi.fn();
    const q = createWriteQueue({ onFull: vi.fn(), onDrained }, isFull);
    void q.enqueue("a", async () => order.push("a"));
    await q.enqueue("b", async () => order.push("b"));
    expect(order).toEqual(["a", "b"]);
    expect(q.size).toBe(0);
    expect(onDrained).toHaveBeenCalled();
  });

  it("keeps a write refused for quota and lands the latest version once space is freed", async () => {
    let full = true;
    const stored: string[] = [];
    const onFull = vi.fn();
    const q = createWriteQueue({ onFull, onDrained: vi.fn() }, isFull);
    const put = (v: string) => async () => {
      if (full) throw new Full();
      stored.push(v);
    };
    await q.enqueue("msg:1", put("v1"));
    await q.enqueue("msg:1", put("v2"));
    expect(onFull).toHaveBeenCalledTimes(2);
    expect(q.size).toBe(1);
    full = false;
    await q.drain();
    expect(stored).toEqual(["v2"]);
    expect(q.size).toBe(0);
  });

  it("drops a write that fails for another reason and goes on", async () => {
    const onDropped = vi.fn();
    const stored: string[] = [];
    const q = createWriteQueue({ onFull: vi.fn(), onDrained: vi.fn(), onDropped }, isFull);
    void q.enqueue("x", async () => {
      throw new Error("gone");
    });
    await q.enqueue("y", async () => stored.push("y"));
    expect(onDropped).toHaveBeenCalledWith("x", expect.any(Error));
    expect(stored).toEqual(["y"]);
  });

  it("discards queued writes of a deleted conversation", async () => {
    const q = createWriteQueue({ onFull: vi.fn(), onDrained: vi.fn() }, isFull);
    await q.enqueue("msg:c1:a", async () => {
      throw new Full();
    });
    q.discard("msg:c1:");
    expect(q.size).toBe(0);
  });
});
