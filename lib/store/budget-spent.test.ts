import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChatMessage } from "@/lib/chat/message";

const NOW = Date.parse("2026-12-06T22:00:00.000Z");
const RESET = "2026-12-07T00:00:00.000Z";

class MemoryStorage {
  readonly map = new Map<string, string>();
  getItem = (key: string) => this.map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.map.set(key, value);
  removeItem = (key: string) => void this.map.delete(key);
}

const cut = { id: "a", role: "assistant", content: "cut", createdAt: 1, status: "done", finishReason: "budget", resetAt: RESET } as ChatMessage;
const refused = { id: "b", role: "assistant", content: "", createdAt: 2, status: "error", error: { code: "budget_exhausted", message: "spent", resetAt: RESET } } as ChatMessage;
const answered = { id: "c", role: "assistant", content: "ok", createdAt: 3, status: "done", finishReason: "stop" } as ChatMessage;

/** A fresh page of the person with this storage scope (the module's state is the page's). */
async function page(scope?: string) {
  vi.resetModules();
  vi.stubGlobal("document", { documentElement: { dataset: scope ? { storageScope: scope } : {} } });
  return import("./budget-spent");
}

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  storage = new MemoryStorage();
  vi.stubGlobal("localStorage", storage);
  vi.stubGlobal("window", new EventTarget());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the spent budget in the browser", () => {
  it("is learned from a cut, kept across a reload, and dropped at its reset with the listeners told", async () => {
    const first = await page();
    expect(first.budgetSpentUntil()).toBeUndefined();
    first.learnBudget(cut);
    expect(first.budgetSpentUntil()).toBe(RESET);
    const reloaded = await page();
    const heard = vi.fn();
    reloaded.subscribeBudget(heard);
    expect(reloaded.budgetSpentUntil()).toBe(RESET);
    vi.advanceTimersByTime(Date.parse(RESET) - NOW - 1);
    expect(reloaded.budgetSpentUntil()).toBe(RESET);
    vi.advanceTimersByTime(1);
    expect(reloaded.budgetSpentUntil()).toBeUndefined();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("opens when an answer is written to its end anyway (the server is the authority)", async () => {
    const budget = await page();
    budget.learnBudget(refused);
    expect(budget.budgetSpentUntil()).toBe(RESET);
    budget.learnBudget(answered);
    expect(budget.budgetSpentUntil()).toBeUndefined();
    expect(storage.map.size).toBe(0);
  });

  it("hears another tab learn it", async () => {
    const budget = await page();
    const heard = vi.fn();
    budget.subscribeBudget(heard);
    storage.setItem(budget.BUDGET_KEY, RESET);
    window.dispatchEvent(Object.assign(new Event("storage"), { key: budget.BUDGET_KEY }));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(budget.budgetSpentUntil()).toBe(RESET);
  });

  it("holds only the person who spent it, not another signed in on this browser", async () => {
    storage.setItem("glm-chat:legacy-owner", "someone-earlier");
    (await page("alice")).learnBudget(cut);
    expect((await page("alice")).budgetSpentUntil()).toBe(RESET);
    expect((await page("bob")).budgetSpentUntil()).toBeUndefined();
  });
});
