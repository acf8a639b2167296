import { shownForExport } from "@/lib/store/chat-store";
import { downloadBlob } from "@/lib/ui/download";
import { sayUnavailable } from "@/lib/ui/unavailable";

/**
 * Downloads a conversation: Markdown with its images in a zip, or complete JSON. The open one is
 * taken as shown, so with storage full the export keeps what waits to be saved. A failure says so
 * in words: the click's promise is not awaited, and a throw here reached nobody.
 */
export async function exportConversation(kind: "zip" | "json", id: string, title: string): Promise<void> {
  // The zip writer and exporters load on first use, not with the page. Offline with them not
  // stored, the click must say so rather than do nothing.
  const files = await import("@/lib/store/export-files").catch(() => undefined);
  if (!files) return sayUnavailable("export");
  const { exportConversationJson, exportConversationMarkdownZip, slugForExport } = files;
  const name = slugForExport(title);
  try {
    const open = shownForExport();
    if (kind === "zip") downloadBlob(await exportConversationMarkdownZip(id, open), `${name}.zip`);
    else downloadBlob(new Blob([await exportConversationJson(id, open)], { type: "application/json" }), `${name}.json`);
  } catch {
    sayUnavailable("exportFailed");
  }
}
