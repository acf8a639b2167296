import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LEGACY_OWNER_KEY, resetStorageScope, scopedName, storageIsPerPerson } from "./storage-scope";

// The two browser objects the scope reads: the page's <html> data and localStorage.
const html = { dataset: {} as Record<string, string> };
const saved = new Map<string, string>();

function pageFor(scope: string | undefined) {
  resetStorageScope();
  html.dataset = scope ? { storageScope: scope } : {};
}

describe("storage scope", () => {
  beforeEach(() => {
    vi.stubGlobal("document", { documentElement: html });
    vi.stubGlobal("localStorage", { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => saved.set(k, v) });
  });
  afterEach(() => {
    saved.clear();
    vi.unstubAllGlobals();
    resetStorageScope();
  });

  it("keeps every name as it was without sign-in", () => {
    pageFor(undefined);
    expect(scopedName("glm-chat")).toBe("glm-chat");
    expect(saved.get(LEGACY_OWNER_KEY)).toBeUndefined();
  });

  it("gives the earlier names to the first person who signs in, and their own to everyone after", () => {
    pageFor("alice1");
    expect(scopedName("glm-chat")).toBe("glm-chat");
    pageFor("bob222");
    expect(scopedName("glm-chat")).toBe("glm-chat@bob222");
    expect(scopedName("glm-chat:settings")).toBe("glm-chat:settings@bob222");
    pageFor("alice1");
    expect(scopedName("glm-chat")).toBe("glm-chat");
  });

  it("with storage blocked, nobody gets the earlier names", () => {
    vi.stubGlobal("localStorage", { getItem: () => { throw new Error("blocked"); }, setItem: () => undefined });
    pageFor("carol3");
    expect(scopedName("glm-chat")).toBe("glm-chat@carol3");
  });

  it("is per person on a page with sign-in, whoever signed in first, and not without one", () => {
    pageFor(undefined);
    expect(storageIsPerPerson()).toBe(false);
    // The first person keeps the earlier names, yet another person's chats may be on this browser too.
    pageFor("alice1");
    expect(scopedName("glm-chat")).toBe("glm-chat");
    expect(storageIsPerPerson()).toBe(true);
    pageFor("bob222");
    expect(storageIsPerPerson()).toBe(true);
  });
});
