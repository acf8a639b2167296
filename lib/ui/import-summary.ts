/**
 * The import's one-line summary, as message keys of `settings` with their values. It counts what
 * the import added: a newer export of a chat already here (a regenerated answer, a follow-up) said
 * "Nothing new" because the conversation itself was here. Damaged conversations left out of a file
 * whose others were imported are named after it.
 */
import type { DamagedConversation, ImportError, ImportResult } from "@/lib/store/persist/export-json";

export type SummaryPart =
  | ["allHere", { count: number }]
  | ["imported", { count: number; messages: number; attachments: number }]
  | ["importedNew", { count: number; messages: number; updated: number; attachments: number }]
  | ["mergedAll", { count: number }]
  | ["someHere", { existing: number }]
  | ["leftOut", { count: number; items: DamagedConversation[] }];

type Counts = Pick<ImportResult, "conversationIds" | "existing" | "unchanged" | "messages" | "updated" | "attachments"> & Partial<Pick<ImportResult, "damaged">>;

export function importSummary(result: Counts): SummaryPart[] {
  const count = result.conversationIds.length;
  const { existing, messages, updated, attachments } = result;
  const damaged = result.damaged ?? [];
  const leftOut: SummaryPart[] = damaged.length ? [["leftOut", { count: damaged.length, items: damaged }]] : [];
  // All of it already here: one sentence, not "Imported 1 …" followed by "it was already here".
  if (count > 0 && result.unchanged === count) return [["allHere", { count }], ...leftOut];
  if (!existing) return [["imported", { count, messages, attachments }], ...leftOut];
  return [["importedNew", { count, messages, updated, attachments }], existing === count ? ["mergedAll", { count }] : ["someHere", { existing }], ...leftOut];
}

/** A translator of the `settings` messages (next-intl's `t`). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** How many left-out conversations are named one by one; the rest are counted. */
const NAMED = 5;

/** The summary as text in the reader's language (Chinese sentences and list items take no space). */
export function importSummaryText(parts: readonly SummaryPart[], t: Translate, locale: string): string {
  const zh = locale === "zh";
  return parts
    .map((part) => {
      if (part[0] !== "leftOut") return t(part[0], part[1]);
      const { count, items } = part[1];
      const named = items.slice(0, NAMED).map(({ conversation: n, field }) => (field ? t("leftOutItem", { n, field }) : t("leftOutItemPlain", { n })));
      if (items.length > NAMED) named.push(t("leftOutMore", { count: items.length - NAMED }));
      return t("leftOut", { count, which: named.join(zh ? "；" : "; ") });
    })
    .join(zh ? "" : " ");
}

/**
 * Why a file was refused whole, in the reader's language: the same facts as the error's English
 * message, the damaged conversation's number and the field at fault included.
 */
export function importRefusalText(error: Pick<ImportError, "kind" | "conversation" | "field">, t: Translate): string {
  const { kind, conversation: n, field } = error;
  if (kind !== "damaged" || !n) return t(`importError.${kind}`);
  return field ? t("importError.damagedConversationField", { n, field }) : t("importError.damagedConversation", { n });
}
