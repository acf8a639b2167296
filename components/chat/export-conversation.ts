import { downloadBlob } from "@/lib/ui/download";
import { sayUnavailable } from "@/lib/ui/unavailable";

/** Downloads a stored conversation: Markdown with its images in a zip, or complete JSON. */
export async function exportConversation(kind: "zip" | "json", id: string, title: string): Promise<void> {
  // The zip writer and exporters load on first use, not with the page. Offline with them not
  // stored, the click must say so rather than do nothing.
  const files = await import("@/lib/store/export-files").catch(() => undefined);
  if (!files) return sayUnavailable("export");
  const { exportConversationJson, exportConversationMarkdownZip, slugForExport } = files;
  const name = slugForExport(title);
  if (kind === "zip") downloadBlob(await exportConversationMarkdownZip(id), `${name}.zip`);
  else downloadBlob(new Blob([await exportConversationJson(id)], { type: "application/json" }), `${name}.json`);
}
