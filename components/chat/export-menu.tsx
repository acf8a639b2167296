"use client";

import { useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";
import { downloadBlob } from "@/lib/ui/download";

/** Export the open conversation: Markdown with its images in a zip, or complete JSON. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const saved = useChatStore((s) => s.saved);
  const id = useChatStore((s) => s.conversation.id);
  const title = useChatStore((s) => s.conversation.title);
  if (!saved) return null;
  const run = async (kind: "zip" | "json") => {
    setOpen(false);
    // The zip writer and exporters load on first use, not with the page.
    const { exportConversationJson, exportConversationMarkdownZip, slugForExport } = await import("@/lib/store/export-files");
    const name = slugForExport(title);
    if (kind === "zip") downloadBlob(await exportConversationMarkdownZip(id), `${name}.zip`);
    else downloadBlob(new Blob([await exportConversationJson(id)], { type: "application/json" }), `${name}.json`);
  };
  const item = "block w-full px-3 py-1.5 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800";
  return (
    <div className="relative">
      <button type="button" data-testid="export-button" aria-haspopup="menu" aria-expanded={open} title="Export this conversation" onClick={() => setOpen(!open)} className="rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
        ⤓<span className="sr-only">Export</span>
      </button>
      {open && (
        <div role="menu" className="absolute right-0 top-9 z-30 w-48 rounded-lg border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <button type="button" role="menuitem" data-testid="export-markdown-button" className={item} onClick={() => void run("zip")}>
            Markdown + images (.zip)
          </button>
          <button type="button" role="menuitem" data-testid="export-json-button" className={item} onClick={() => void run("json")}>
            JSON (complete)
          </button>
        </div>
      )}
    </div>
  );
}
