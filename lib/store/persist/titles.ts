/** Pure helpers for the history sidebar: titles and date groups. */
import type { ChatMessage, Conversation } from "@/lib/chat/message";
import { stripMarkup } from "@/lib/glm/strip-markup";
import { cutTitle } from "@/lib/glm/cut-title";
import { titleText } from "@/lib/markdown/title-line";

export const DEFAULT_TITLE = "New chat";

/** One trimmed line of at most 60 characters, markdown read as words, cut at a word boundary when possible. */
export function titleFromText(text: string, max?: number): string {
  return cutTitle(titleText(stripMarkup(text)), max);
}

/** Title from the first user message; falls back to its attachment names, then to "New chat". */
export function titleFromMessages(messages: Pick<ChatMessage, "role" | "content" | "attachments">[]): string {
  const first = messages.find((m) => m.role === "user");
  if (!first) return DEFAULT_TITLE;
  return titleFromText(first.content) || titleFromText(first.attachments?.map((a) => a.name).join(", ") ?? "") || DEFAULT_TITLE;
}

export type DateGroupKey = "pinned" | "today" | "yesterday" | "previous7Days" | "older";

export interface DateGroup<C> {
  key: DateGroupKey;
  label: string;
  conversations: C[];
}

const LABELS: Record<DateGroupKey, string> = {
  pinned: "Pinned",
  today: "Today",
  yesterday: "Yesterday",
  previous7Days: "Previous 7 days",
  older: "Older",
};

const DAY_MS = 86_400_000;

function startOfDay(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * Pinned first, then by the user's local calendar days; newest activity first inside each group;
 * empty groups are left out.
 */
export function groupByDate<C extends Pick<Conversation, "updatedAt" | "pinned">>(conversations: C[], now: number): DateGroup<C>[] {
  const today = startOfDay(now);
  // Built from the calendar, not "today - 24 h", so DST days still split at midnight.
  const yesterday = startOfDay(today - DAY_MS / 2);
  const weekAgo = new Date(today);
  weekAgo.setDate(weekAgo.getDate() - 7);
  const buckets: Record<DateGroupKey, C[]> = { pinned: [], today: [], yesterday: [], previous7Days: [], older: [] };
  for (const c of conversations) {
    const key: DateGroupKey = c.pinned
      ? "pinned"
      : c.updatedAt >= today
        ? "today"
        : c.updatedAt >= yesterday
          ? "yesterday"
          : c.updatedAt >= weekAgo.getTime()
            ? "previous7Days"
            : "older";
    buckets[key].push(c);
  }
  return (Object.keys(buckets) as DateGroupKey[])
    .filter((key) => buckets[key].length)
    .map((key) => ({
      key,
      label: LABELS[key],
      conversations: buckets[key].sort((a, b) => b.updatedAt - a.updatedAt),
    }));
}
