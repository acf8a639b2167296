import { afterEach, describe, expect, it, vi } from "vitest";
import { FALLBACK_MS, deliverHighlight, flushHighlights, streamingViewStarted } from "./highlight-batch";

afterEach(() => {
  flushHighlights();
  vi.useRealTimers();
});

describe("highlight batching", () => {
  it("applies at once when nothing streams", () => {
    const apply = vi.fn();
    deliverHighlight("a", apply);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("holds replies while a view streams until the next flush, newest per block", () => {
    const end = streamingViewStarted();
    const older = vi.fn();
    const newer = vi.fn();
    const other = vi.fn();
    deliverHighlight("a", older);
    deliverHighlight("a", newer);
    deliverHighlight("b", other);
    expect(newer).not.toHaveBeenCalled();
    flushHighlights();
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(1);
    end();
  });

  it("applies held replies after the fallback delay when no commit comes", () => {
    vi.useFakeTimers();
    const end = streamingViewStarted();
    const apply = vi.fn();
    deliverHighlight("a", apply);
    vi.advanceTimersByTime(FALLBACK_MS - 1);
    expect(apply).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(apply).toHaveBeenCalledTimes(1);
    end();
  });

  it("flushes when the last streaming view ends", () => {
    const endA = streamingViewStarted();
    const endB = streamingViewStarted();
    const apply = vi.fn();
    deliverHighlight("a", apply);
    endA();
    expect(apply).not.toHaveBeenCalled();
    endB();
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
