import "server-only";
import { cache } from "react";
import { getShareStore } from "@/lib/server/share/server";
import { toPublicShare, type PublicShare } from "@/lib/server/share/view";

/** One store read per request, shared by generateMetadata and the page. */
export const loadShare = cache(async (id: string): Promise<PublicShare | null> => {
  const record = await getShareStore().get(id);
  return record ? toPublicShare(record) : null;
});

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

export function formatDate(ms: number, locale: string = "en"): string {
  // "14 March 2025" / "2025年3月14日": the same day for every visitor, wherever they are.
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(ms);
}
