import { beforeEach, describe, expect, it, vi } from "vitest";
import { rememberContinueIntent, takeContinueIntent } from "./continue-intent";

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal("sessionStorage", {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
});

describe("continue intent", () => {
  it("holds for the share that was clicked, once", () => {
    rememberContinueIntent("share-aaaaaaaaaaaaaaaa");
    expect(takeContinueIntent("share-aaaaaaaaaaaaaaaa")).toBe(true);
    expect(takeContinueIntent("share-aaaaaaaaaaaaaaaa")).toBe(false);
  });

  it("does not hold for another share, and is spent by asking about it", () => {
    rememberContinueIntent("share-aaaaaaaaaaaaaaaa");
    expect(takeContinueIntent("share-bbbbbbbbbbbbbbbb")).toBe(false);
    expect(takeContinueIntent("share-aaaaaaaaaaaaaaaa")).toBe(false);
  });

  it("without storage, nothing is held and nothing throws", () => {
    vi.stubGlobal("sessionStorage", {
      getItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
      removeItem: () => undefined,
    });
    rememberContinueIntent("share-aaaaaaaaaaaaaaaa");
    expect(takeContinueIntent("share-aaaaaaaaaaaaaaaa")).toBe(false);
  });
});
