import "server-only";
import { cache } from "react";
import { readShareForPage } from "@/lib/server/share/page-read";
import type { PublicShare } from "@/lib/server/share/view";
import { longDate } from "@/lib/i18n/long-date";

/** One store read per request, shared by generateMetadata and the page (so a failure logs once). */
export const loadShare = cache(readShareForPage);

/** The first lines of the conversation, for link previews. */
export function previewText(share: PublicShare, max = 200): string {
  const first = share.messages.find((m) => m.role === "user" && m.content.trim()) ?? share.messages.find((m) => m.content.trim());
  const text = (first?.content ?? "").replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function firstImage(share: PublicShare): string | undefined {
  for (const m of share.messages) for (const a of m.attachments ?? []) if (a.kind === "image") return a.url;
  return undefined;
}

/** The same day for every visitor, wherever they are. */
export const formatDate = (ms: number, locale: string = "en"): string => longDate(ms, locale, "UTC");
