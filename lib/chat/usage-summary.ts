import { stripMarkup } from "@/lib/glm/strip-markup";
import type { ChatMessage, Usage } from "./message";

/** Token counts and cost for display: per answer, for the conversation, and against the context window. */

export function formatTokens(n: number): string {
  return n.toLocaleString("en-US");
}

/** Dollars with enough digits to show small answers (a few thousandths of a cent are common). */
export function formatCost(usd: number): string {
  if (usd === 0) return "$0";
  if (usd < 0.0001) return "<$0.0001";
  return `$${usd < 1 ? usd.toFixed(4) : usd.toFixed(2)}`;
}

export interface Totals {
  promptTokens: number;
  completionTokens: number;
  /** Undefined when no answer had a price. */
  costUsd?: number;
  answers: number;
  /**
   * Answers that ended with text or reasoning but no usage: stopped, cut or timed out before the
   * stream's last chunk, where usage comes. The provider may still bill them and a server with a
   * daily budget charges an estimate, so the total says they are missing rather than look complete.
   */
  uncounted: number;
}

type Counted = Pick<ChatMessage, "usage"> & Partial<Pick<ChatMessage, "role" | "status" | "content" | "reasoning">>;

export function conversationTotals(messages: readonly Counted[]): Totals {
  const t: Totals = { promptTokens: 0, completionTokens: 0, answers: 0, uncounted: 0 };
  for (const { usage, role, status, content, reasoning } of messages) {
    if (!usage) {
      if (role === "assistant" && status !== "streaming" && (content || reasoning)) t.uncounted++;
      continue;
    }
    t.answers++;
    t.promptTokens += usage.promptTokens;
    t.completionTokens += usage.completionTokens;
    if (usage.costUsd !== undefined) t.costUsd = (t.costUsd ?? 0) + usage.costUsd;
  }
  return t;
}

export type ContextLevel = "ok" | "warn" | "full";

export interface ContextStatus {
  /** What the next turn will send at least: the last prompt plus the answer to it. */
  used: number;
  limit: number;
  level: ContextLevel;
}

/** Share of the window past which the next turn may not fit (an answer needs room too). */
export const WARN_AT = 0.8;

/**
 * The last answer's prompt tokens (plus its completion, which the next prompt will carry)
 * against the model's context window; for a continued answer, its latest request's. Undefined
 * before any answer reported usage.
 */
export function contextStatus(messages: readonly Pick<ChatMessage, "usage" | "role">[], contextTokens: number): ContextStatus | undefined {
  const last = messages.findLast((m) => m.role === "assistant" && m.usage)?.usage as Usage | undefined;
  if (!last || contextTokens <= 0) return undefined;
  const used = last.latestRequestTokens ?? last.promptTokens + last.completionTokens;
  const level: ContextLevel = used >= contextTokens ? "full" : used >= contextTokens * WARN_AT ? "warn" : "ok";
  return { used, limit: contextTokens, level };
}

const PER_MESSAGE = 600;
const TOTAL = 12_000;

/** What a new chat carries over from the one it continues (shown on its first screen, sent as system text). */
export interface CarryOver {
  text: string;
  /** How many of the earlier chat's messages made it in, and how many there were. */
  included: number;
  total: number;
}

/**
 * A condensed copy of the conversation for a fresh chat's system text: the newest messages
 * first kept, each cut to a few hundred characters, markup removed. Not a model-written summary:
 * it costs nothing and cannot fail, and the new chat says so in those words.
 */
export function condensedTranscript(messages: readonly Pick<ChatMessage, "role" | "content" | "attachments">[]): CarryOver {
  const lines: string[] = [];
  let size = 0;
  let total = 0;
  // Once one message does not fit, older ones stay out too: the copy has no holes.
  let full = false;
  for (const m of [...messages].reverse()) {
    if (m.role === "system") continue;
    let text = stripMarkup(m.content).replace(/\s+/g, " ").trim();
    if (!text && m.attachments?.length) text = `(${m.attachments.length} attachment${m.attachments.length > 1 ? "s" : ""})`;
    if (!text) continue;
    total += 1;
    if (text.length > PER_MESSAGE) text = `${text.slice(0, PER_MESSAGE - 1)}…`;
    const line = `${m.role === "user" ? "User" : "Assistant"}: ${text}`;
    if (full || size + line.length > TOTAL) {
      full = true;
      continue;
    }
    lines.unshift(line);
    size += line.length;
  }
  const text = ["This chat continues an earlier conversation. A condensed copy of it, oldest first:", "", ...lines].join("\n");
  return { text, included: lines.length, total };
}
