import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keepAskingToStop } from "./stop-elsewhere";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("asking another tab to stop its answer", () => {
  it("asks at once, and again each second while the answer still runs there", () => {
    let asks = 0;
    let running = true;
    keepAskingToStop(() => asks++, () => running);
    expect(asks).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(asks).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(asks).toBe(3);
    running = false;
    vi.advanceTimersByTime(5000);
    expect(asks).toBe(3);
  });

  it("gives up after a number of asks when the other tab never answers", () => {
    let asks = 0;
    keepAskingToStop(() => asks++, () => true, { times: 4 });
    vi.advanceTimersByTime(60_000);
    expect(asks).toBe(4);
  });
});
