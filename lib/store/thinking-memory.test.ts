import { beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/test/persist";

/** A Map-backed localStorage: the store remembers settings there (node has none). */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}
(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();

const { useChatStore, hydrateSettings } = await import("./chat-store");
const store = () => useChatStore.getState();

beforeEach(async () => {
  await freshDb();
  localStorage.clear();
  store().newChat();
});

describe("thinking is remembered per model", () => {
  it("survives a round trip through a model that cannot turn thinking off", () => {
    store().setModel("glm-4.5v");
    store().setThinking(false);
    store().setModel("glm-5.1"); // cannot disable thinking: forced on
    expect(store().conversation.settings.thinking).toBe(true);
    store().setModel("glm-4.5v");
    expect(store().conversation.settings.thinking).toBe(false);
  });

  it("keeps each model's own choice, also after a reload", () => {
    store().setModel("glm-4.6");
    store().setThinking(false);
    store().setModel("glm-4.5v");
    store().setThinking(true);
    store().setModel("glm-4.6");
    expect(store().conversation.settings.thinking).toBe(false);
    store().setModel("glm-4.5v");
    expect(store().conversation.settings.thinking).toBe(true);
    store().setModel("glm-4.6");
    useChatStore.setState({ defaults: { model: "glm-4.5v", thinking: true } });
    hydrateSettings();
    expect(store().defaults).toMatchObject({ model: "glm-4.6", thinking: false });
  });
});
