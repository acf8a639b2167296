import { ERROR_CODES } from "@/lib/errors";

/**
 * Codes the client makes itself for answers that ended badly without a server error (finish
 * reasons, a damaged chunk, a send while the browser is offline, an answer stopped by deleting its chat or by signing out): their words are ours, so every language shows the catalogue's.
 */
export const NOTICE_CODES = ["length", "length_thinking", "length_budget", "sensitive", "network_error", "finish_other", "malformed_chunk", "offline", "deleted_mid_answer", "signed_out_mid_answer"] as const;

/** Every code the UI can be asked to explain: the wire's closed set plus the client's notices. */
export const MESSAGE_CODES = [...ERROR_CODES, ...NOTICE_CODES] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

/** The catalogue key for a code (`errors.title.<key>`, `errors.text.<key>`); anything else is "unknown". */
export function errorKey(code: string): MessageCode | "unknown" {
  return (MESSAGE_CODES as readonly string[]).includes(code) ? (code as MessageCode) : "unknown";
}

export function isNotice(code: string): boolean {
  return (NOTICE_CODES as readonly string[]).includes(code);
}

/**
 * Codes shown in the catalogue's words in every language, English included: the notices, and a
 * refused session, whose server words ("Sign in with your access code first.") are written for an
 * API client and read wrong to someone whose session just lapsed in the app.
 */
export function wordedByCatalogue(code: string): boolean {
  return isNotice(code) || code === "unauthorized";
}

/** When a plan's usage cap lifts, and whether that is today on the user's own clock. */
export function usageReset(resetAt: string | undefined, now: number): { at: Date; today: boolean } | null {
  if (!resetAt) return null;
  const at = new Date(resetAt);
  if (Number.isNaN(at.getTime())) return null;
  return { at, today: new Date(now).toDateString() === at.toDateString() };
}

/**
 * Codes whose words say Continue finishes the answer. Continue is offered only with answer text
 * to go on from: cut before it began (nothing, or only reasoning, arrived), the card says why it
 * stopped and that Retry asks again (`errors.textBeforeAnswer.<code>`), never a button it lacks.
 */
const BEFORE_ANSWER_CODES = ["stream_interrupted", "upstream_timeout", "network_error", "length_budget", "deleted_mid_answer", "signed_out_mid_answer"] as const;
export type BeforeAnswerCode = (typeof BEFORE_ANSWER_CODES)[number];

/** The code's before-the-answer words to use, when Continue is not offered and its usual words promise it; else null. */
export function wordedBeforeAnswer(code: string, continueOffered: boolean): BeforeAnswerCode | null {
  return !continueOffered && (BEFORE_ANSWER_CODES as readonly string[]).includes(code) ? (code as BeforeAnswerCode) : null;
}
