/**
 * The daily token budget (USER_DAILY_TOKENS) as this browser last heard of it. An answer the budget
 * cut, or a request it refused, says it is spent until its reset: anything sent before then, in any
 * chat, would only be refused again. An answer the server wrote to its end says it is not: the
 * server is the authority (the operator may have raised the budget). Kept by lib/store/budget-spent.ts.
 */
import type { ChatMessage, MessageError } from "./message";
import { budgetResetOf, laterOf } from "./retry-wait";

/** Ends the upstream wrote: the server took the request, so the budget was not spent then. */
const ANSWERED: ReadonlySet<string> = new Set(["stop", "length", "tool_calls", "sensitive", "other"]);

/** What an ended answer says of the budget: spent until a reset, open, or nothing (stopped, offline...). */
export type BudgetNews = { spentUntil: string } | "open" | undefined;

export function budgetNewsOf(message: Pick<ChatMessage, "status" | "error" | "finishReason" | "resetAt">): BudgetNews {
  const spentUntil = budgetResetOf([message]);
  if (spentUntil) return { spentUntil };
  return message.status === "done" && message.finishReason !== undefined && ANSWERED.has(message.finishReason) ? "open" : undefined;
}

/** `until` (a stored ISO time) while it is still ahead of `now`; undefined once passed or unreadable. */
export function stillSpent(until: string | null | undefined, now: number): string | undefined {
  const at = until ? Date.parse(until) : NaN;
  return Number.isFinite(at) && at > now ? until! : undefined;
}

/** The budget's state after `news`: the later of two resets (a refusal after a cut names the same one), open on a success. */
export function spentAfter(current: string | undefined, news: BudgetNews, now: number): string | undefined {
  if (news === "open") return undefined;
  return stillSpent(news ? laterOf(current, news.spentUntil) : current, now);
}

/**
 * A card as it reads once the daily budget is known to be spent (`spentUntil`: the reset heard by
 * this browser, or named in this chat). A `budget_held` refusal ("answers still being written hold
 * the budget, Retry when they finish") made before that reset was overtaken: those answers spent it,
 * and its Retry now waits for the reset. Its words would contradict its own button, so it reads as
 * the spent budget's card. Derived, never stored: the server's refusal stays what it was, and an
 * answer written to its end (the budget open again) gives the card its own words back.
 */
export function overtakenByBudget(notice: MessageError, madeAt: number, spentUntil: string | undefined): MessageError {
  const reset = spentUntil ? Date.parse(spentUntil) : NaN;
  if (notice.code !== "budget_held" || !Number.isFinite(reset) || reset <= madeAt) return notice;
  // No message: the catalogue words the card in every language (the held refusal's English would not fit).
  return { code: "budget_exhausted", message: "", resetAt: spentUntil };
}
