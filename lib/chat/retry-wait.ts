/**
 * A refused request's `Retry-After` (our rate limit, the provider's), kept on the message as the
 * moment Retry may be pressed: the card counts down to it instead of repeating "wait 13 seconds"
 * for as long as the chat is kept.
 */

import type { ChatMessage, MessageError } from "./message";

/** Longer waits are not held against the button: the words still say to wait. */
const LONGEST_WAIT_MS = 60 * 60 * 1000;

/** The header's seconds or HTTP date as an ISO time, or undefined without a usable one. */
export function retryAtFrom(header: string | null | undefined, now: number): string | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const wait = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(wait) || wait <= 0 || wait > LONGEST_WAIT_MS) return undefined;
  return new Date(now + wait).toISOString();
}

/** Whole seconds until `retryAt` (rounded up, so the count never shows 0 while it waits). */
export function secondsLeft(retryAt: string | undefined, now: number): number {
  if (!retryAt) return 0;
  const left = Date.parse(retryAt) - now;
  return Number.isFinite(left) && left > 0 ? Math.ceil(left / 1000) : 0;
}

/**
 * Milliseconds until the count shown for `retryAt` next changes, or undefined once it has passed.
 * Above `countFrom` seconds nothing is counted (a clock time is shown), so the next change is the
 * moment the count starts: a wait of hours for a budget's reset wakes the page once, not each second.
 */
export function nextWakeMs(retryAt: string | undefined, now: number, countFrom = Infinity): number | undefined {
  if (!retryAt) return undefined;
  const left = Date.parse(retryAt) - now;
  if (!Number.isFinite(left) || left <= 0) return undefined;
  if (left > countFrom * 1000) return left - countFrom * 1000;
  // When the shown number changes, not on a fixed tick that drifts against it.
  return left % 1000 || 1000;
}

const WAITS_FOR_RESET: ReadonlySet<string> = new Set(["usage_limit", "budget_exhausted", "length_budget"]);

/** A card whose `resetAt` is when a spent cap lifts: before it, Retry (and Continue) would only be refused again. */
export function waitsForReset(code: string): boolean {
  return WAITS_FOR_RESET.has(code);
}

/**
 * When a card's Retry and Continue start to work: a refusal's Retry-After, or the reset of the
 * spent budget or plan cap that refused the request or cut the answer; undefined for no wait.
 */
export function waitsUntil(error: Pick<MessageError, "code" | "resetAt" | "retryAt">): string | undefined {
  return error.retryAt ?? (waitsForReset(error.code) ? error.resetAt : undefined);
}

/**
 * When the daily budget spent in this chat resets: the latest reset named by a refused request
 * (`budget_exhausted`) or by an answer the budget cut, among `messages` (the shown branch). Until
 * then any card's Retry or Continue would only be refused, not just the card that says why.
 */
export function budgetResetOf(messages: readonly Pick<ChatMessage, "error" | "finishReason" | "resetAt">[]): string | undefined {
  let latest: string | undefined;
  for (const m of messages) {
    const at = m.error?.code === "budget_exhausted" ? m.error.resetAt : m.finishReason === "budget" ? m.resetAt : undefined;
    latest = laterOf(latest, at);
  }
  return latest;
}

/** The later of two ISO times (either may be missing or unreadable: the other wins). */
export function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  const ta = a ? Date.parse(a) : NaN;
  const tb = b ? Date.parse(b) : NaN;
  if (!Number.isFinite(tb)) return a;
  if (!Number.isFinite(ta)) return b;
  return tb > ta ? b : a;
}
