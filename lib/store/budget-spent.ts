/**
 * The spent daily budget (lib/chat/budget-spent.ts), kept for the signed-in person: one
 * localStorage entry named for them (./storage-scope.ts), so a reload and every other tab know it
 * (the `storage` event), and another person signed in on this browser is not held by it. One timer
 * drops it at its reset, so everything that waits opens again without a reload.
 */
import { budgetNewsOf, spentAfter, stillSpent } from "@/lib/chat/budget-spent";
import type { ChatMessage } from "@/lib/chat/message";
import { scopedName } from "./storage-scope";

export const BUDGET_KEY = "glm-chat:budget-spent";
/** setTimeout takes at most 2^31-1 ms (about 24 days); a longer wait wakes once on the way. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

const listeners = new Set<() => void>();
let shown: string | undefined;
let loaded = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

function stored(): string | undefined {
  try {
    return storage()?.getItem(scopedName(BUDGET_KEY)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Takes the state (by default the stored one), wakes at its reset, and tells the listeners of a change. */
function show(value = stored()): void {
  const until = stillSpent(value, Date.now());
  clearTimeout(timer);
  timer = until ? setTimeout(() => show(), Math.min(Date.parse(until) - Date.now(), LONGEST_TIMER_MS)) : undefined;
  if (until === shown) return;
  shown = until;
  for (const listener of [...listeners]) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key === scopedName(BUDGET_KEY)) show();
}

function load(): void {
  if (loaded || typeof window === "undefined") return;
  loaded = true;
  window.addEventListener("storage", onStorage);
  show();
}

/** An answer ended (in any chat of this tab): what it says of the budget is kept and shown. */
export function learnBudget(message: ChatMessage): void {
  const news = budgetNewsOf(message);
  if (!news) return;
  load();
  const next = spentAfter(stored(), news, Date.now());
  try {
    if (next) storage()?.setItem(scopedName(BUDGET_KEY), next);
    else storage()?.removeItem(scopedName(BUDGET_KEY));
  } catch {
    // Full: this tab still waits; only a reload or another tab does not know.
  }
  show(next);
}

/** When the spent budget resets (ISO time), or undefined while it is not known to be spent. */
export function budgetSpentUntil(): string | undefined {
  load();
  return shown;
}

/** For useSyncExternalStore: called back when the budget is spent or opens, here or in another tab. */
export function subscribeBudget(listener: () => void): () => void {
  load();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
