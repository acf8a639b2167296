/** What the export menu needs from persistence, plus a file name from the title. */
import { slugify } from "@/lib/store/persist/export-markdown";

export { exportConversationJson, exportConversationMarkdownZip } from "@/lib/store/persist";

export function slugForExport(title: string): string {
  return slugify(title) || "conversation";
}
