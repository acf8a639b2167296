/**
 * The import's one-line summary, as message keys of `settings` with their values. It counts what
 * the import added: a newer export of a chat already here (a regenerated answer, a follow-up) said
 * "Nothing new" because the conversation itself was here.
 */
import type { ImportResult } from "@/lib/store/persist/export-json";

export type SummaryPart =
  | ["allHere", { count: number }]
  | ["imported", { count: number; messages: number; attachments: number }]
  | ["importedNew", { count: number; messages: number; updated: number; attachments: number }]
  | ["mergedAll", { count: number }]
  | ["someHere", { existing: number }];

export function importSummary(result: Pick<ImportResult, "conversationIds" | "existing" | "unchanged" | "messages" | "updated" | "attachments">): SummaryPart[] {
  const count = result.conversationIds.length;
  const { existing, messages, updated, attachments } = result;
  // All of it already here: one sentence, not "Imported 1 …" followed by "it was already here".
  if (count > 0 && result.unchanged === count) return [["allHere", { count }]];
  if (!existing) return [["imported", { count, messages, attachments }]];
  return [["importedNew", { count, messages, updated, attachments }], existing === count ? ["mergedAll", { count }] : ["someHere", { existing }]];
}
