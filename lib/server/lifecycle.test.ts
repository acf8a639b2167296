import { afterEach, describe, expect, it, vi } from "vitest";
import { createLifecycle } from "./lifecycle";

afterEach(() => vi.useRealTimers());

describe("lifecycle", () => {
  it("counts live streams and forgets released ones", () => {
    const life = createLifecycle();
    const a = life.track(() => {});
    const b = life.track(() => {});
    expect(life.liveStreams()).toBe(2);
    a();
    a();
    expect(life.liveStreams()).toBe(1);
    b();
    expect(life.liveStreams()).toBe(0);
  });

  it("drains at once when nothing is running", async () => {
    const life = createLifecycle();
    expect(life.isDraining()).toBe(false);
    await expect(life.drain(60_000)).resolves.toEqual({ running: 0, interrupted: 0 });
    expect(life.isDraining()).toBe(true);
  });

  it("lets a stream that finishes within the grace period end on its own", async () => {
    vi.useFakeTimers();
    const life = createLifecycle();
    const interrupt = vi.fn();
    const release = life.track(interrupt);
    const result = life.drain(10_000);
    expect(life.isDraining()).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    release();
    await expect(result).resolves.toEqual({ running: 1, interrupted: 0 });
    expect(interrupt).not.toHaveBeenCalled();
  });

  it("interrupts the streams still running when the grace period ends", async () => {
    vi.useFakeTimers();
    const life = createLifecycle();
    const slow = vi.fn();
    const quick = vi.fn();
    life.track(slow);
    const releaseQuick = life.track(quick);
    const result = life.drain(10_000);
    releaseQuick();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(slow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ running: 2, interrupted: 1 });
    expect(slow).toHaveBeenCalledTimes(1);
    expect(quick).not.toHaveBeenCalled();
  });

  it("ends a stream that opens after the grace period ran out", async () => {
    vi.useFakeTimers();
    const life = createLifecycle();
    life.track(() => {});
    const result = life.drain(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await result;
    const late = vi.fn();
    life.track(late);
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it("drains once however often the signal arrives", async () => {
    const life = createLifecycle();
    expect(life.drain(1)).toBe(life.drain(1));
  });
});
