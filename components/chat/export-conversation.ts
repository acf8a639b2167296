import { downloadBlob } from "@/lib/ui/download";

/** Downloads a stored conversation: Markdown with its images in a zip, or complete JSON. */
export async function exportConversation(kind: "zip" | "json", id: string, title: string): Promise<void> {
  // The zip writer and exporters load on first use, not with the page.
  const { exportConversationJson, exportConversationMarkdownZip, slugForExport } = await import("@/lib/store/export-files");
  const name = slugForExport(title);
  if (kind === "zip") downloadBlob(await exportConversationMarkdownZip(id), `${name}.zip`);
  else downloadBlob(new Blob([await exportConversationJson(id)], { type: "application/json" }), `${name}.json`);
}
