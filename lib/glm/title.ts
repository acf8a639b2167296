/**
 * Conversation titles from a cheap model: the request sent upstream (a system instruction plus an
 * excerpt of the first exchange), the cleaning of what comes back, and the demo model's scripted
 * title. Shared by the server route (app/api/title), the demo engine and the e2e stand-in.
 */
import { z } from "zod/mini";
import { stripMarkup } from "./strip-markup";
import { cutTitle } from "./cut-title";
import { titleLine } from "@/lib/markdown/title-line";

/** Enough of the exchange to name it; the rest costs tokens and says little more. */
export const TITLE_EXCERPT_CHARS = 1500;

export const TITLE_INSTRUCTION =
  "You name conversations. Reply with a title of at most six words for the conversation below, in the language the user wrote in. Reply with the title only: no quotes, no final punctuation, no explanation.";

/** The body of POST /api/title: the first question and its answer, as plain text. */
export const titleRequestSchema = z.object({
  user: z.string().check(z.maxLength(20_000)),
  answer: z.string().check(z.maxLength(200_000)),
});
export type TitleRequest = z.infer<typeof titleRequestSchema>;

/** `enabled: false`: the server has no title model (self-hosted without TITLE_MODEL). */
export const titleResponseSchema = z.object({ title: z.nullable(z.string()), enabled: z.optional(z.boolean()) });

function excerpt(text: string): string {
  const clean = stripMarkup(text).trim();
  return Array.from(clean).slice(0, TITLE_EXCERPT_CHARS).join("");
}

/** The upstream chat messages that ask for a title. */
export function titleMessages(req: TitleRequest): Array<{ role: "system" | "user"; content: string }> {
  return [
    { role: "system", content: TITLE_INSTRUCTION },
    { role: "user", content: `User:\n${excerpt(req.user) || "(only attachments)"}\n\nAssistant:\n${excerpt(req.answer)}` },
  ];
}

/** Whether an upstream chat body is a title request (the stand-ins answer it with a title). */
export function isTitleRequest(body: unknown): boolean {
  const first = (body as { messages?: Array<{ role?: unknown; content?: unknown }> } | null)?.messages?.[0];
  return first?.role === "system" && first.content === TITLE_INSTRUCTION;
}

/** One short line: markup and markdown, wrapping quotes, a "Title:" label and final punctuation removed. */
export function cleanTitle(raw: string): string {
  const line = titleLine(stripMarkup(raw).replace(/<think>[\s\S]*?<\/think>/g, ""));
  if (!line) return "";
  // A question mark can belong to a title ("Why is the sky blue?"); a full stop never does.
  const endPunctuation = /[.。,，;；:：]+$/;
  const plain = line
    .replace(/^(title|标题)\s*[:：]\s*/i, "")
    .replace(endPunctuation, "")
    // Markdown is gone already: a star left at either end is part of the title (`**kwargs`).
    .replace(/^[\s"'“”‘’「」《》]+|[\s"'“”‘’「」《》]+$/g, "")
    .replace(endPunctuation, "")
    .trim();
  return cutTitle(plain);
}

/**
 * The demo model's title: `[[title:...]]` in the question when a test asks for one, else the
 * question's first line (what the app shows before a title arrives, so scripted chats keep the
 * names tests and demo users already see).
 */
export function scriptedTitle(userExcerpt: string): string {
  const question = userExcerpt.replace(/^User:\n/, "").split("\n\nAssistant:")[0];
  const asked = /\[\[title:([^\]]+)\]\]/.exec(question)?.[1];
  if (asked) return asked.trim();
  return cutTitle(titleLine(question)) || "Demo conversation";
}
