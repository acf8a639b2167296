import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "@/test/memory-storage";
import { forgetProfile, readProfile, restoreProfile } from "./profile";
import { LEGACY_OWNER_KEY, resetStorageScope } from "./storage-scope";

const link = { id: "s1", title: "Boxes", url: "/s/s1", deleteToken: "secret", createdAt: 5, messageCount: 2, conversationId: "c1" };
let store: ReturnType<typeof memoryStorage>;
const page = { documentElement: { dataset: {} as Record<string, string> }, cookie: "" };

function signedIn(scope: string | undefined) {
  resetStorageScope();
  page.documentElement.dataset = scope ? { storageScope: scope } : {};
}

beforeEach(() => {
  store = memoryStorage();
  page.cookie = "";
  vi.stubGlobal("localStorage", store);
  vi.stubGlobal("document", page);
  vi.stubGlobal("window", { dispatchEvent: () => true });
  signedIn(undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetStorageScope();
});

describe("the profile beside the conversations", () => {
  it("reads what was chosen: settings (not the empty model other saves leave), theme, language, the share list with tokens", () => {
    store.setItem("glm-chat:settings", JSON.stringify({ model: "", thinking: true, customInstructions: "Be brief." }));
    store.setItem("glm-chat:theme", "dark");
    store.setItem("glm-chat:shared-links", JSON.stringify([link]));
    page.cookie = "other=1; glm-locale=zh";
    expect(readProfile()).toEqual({ settings: { customInstructions: "Be brief.", theme: "dark", language: "zh" }, shares: [link] });
  });

  it("restores into an empty profile: settings written, theme and language through the page, links added", () => {
    const theme = vi.fn();
    const language = vi.fn();
    const result = restoreProfile({ settings: { customInstructions: "Be brief.", model: "glm-4.5v", thinking: false, theme: "dark", language: "zh" }, shares: [link] }, { theme, language });
    expect(result).toEqual({ restored: ["customInstructions", "model", "thinking", "theme", "language"], sharesAdded: 1 });
    expect(JSON.parse(store.getItem("glm-chat:settings")!)).toMatchObject({ customInstructions: "Be brief.", model: "glm-4.5v", thinking: false });
    expect(theme).toHaveBeenCalledWith("dark");
    expect(language).toHaveBeenCalledWith("zh");
    expect(JSON.parse(store.getItem("glm-chat:shared-links")!)).toEqual([link]);
  });

  it("never overwrites custom instructions typed here: the file's are handed back for the user to choose", () => {
    store.setItem("glm-chat:settings", JSON.stringify({ model: "glm-4.6", thinking: true, customInstructions: "Mine." }));
    const result = restoreProfile({ settings: { customInstructions: "Older." } }, { theme: vi.fn(), language: vi.fn() });
    expect(result).toEqual({ restored: [], sharesAdded: 0, differingInstructions: "Older." });
    expect(JSON.parse(store.getItem("glm-chat:settings")!).customInstructions).toBe("Mine.");
  });

  it("forgets everything of a profile without sign-in, the theme and language included", () => {
    for (const key of ["glm-chat:settings", "glm-chat:drafts", "glm-chat:draft-files", "glm-chat:shared-links", "glm-chat:shared-links-revoked", "glm-chat:budget-spent", "glm-chat:theme"]) store.setItem(key, "x");
    store.setItem("someone-else", "kept");
    forgetProfile();
    expect(store.getItem("glm-chat:settings")).toBeNull();
    expect(store.getItem("glm-chat:drafts")).toBeNull();
    expect(store.getItem("glm-chat:draft-files")).toBeNull();
    expect(store.getItem("glm-chat:shared-links")).toBeNull();
    expect(store.getItem("glm-chat:shared-links-revoked")).toBeNull();
    expect(store.getItem("glm-chat:budget-spent")).toBeNull();
    expect(store.getItem("glm-chat:theme")).toBeNull();
    expect(page.cookie).toBe("glm-locale=; path=/; max-age=0; samesite=lax");
    expect(store.getItem("someone-else")).toBe("kept");
  });

  it("signed in as a second person on this browser, forgets only that person's keys", () => {
    store.setItem(LEGACY_OWNER_KEY, "first");
    signedIn("second");
    for (const key of ["glm-chat:settings", "glm-chat:shared-links", "glm-chat:theme"]) store.setItem(key, "first's");
    store.setItem("glm-chat:settings@second", "second's");
    store.setItem("glm-chat:shared-links@second", "second's");
    forgetProfile();
    expect(store.getItem("glm-chat:settings@second")).toBeNull();
    expect(store.getItem("glm-chat:shared-links@second")).toBeNull();
    expect(store.getItem("glm-chat:settings")).toBe("first's");
    expect(store.getItem("glm-chat:shared-links")).toBe("first's");
    // The browser's theme and language are the first person's names: they stay.
    expect(store.getItem("glm-chat:theme")).toBe("first's");
    expect(page.cookie).toBe("");
  });
});
