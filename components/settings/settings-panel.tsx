"use client";

import { useState } from "react";
import { exportAllJson, importJson, ImportError } from "@/lib/store/persist";
import { useChatStore } from "@/lib/store/chat-store";
import { downloadBlob } from "@/lib/ui/download";
import { StorageMeter } from "./storage-meter";

/** This conversation's system prompt, the storage meter, export all and import. */
export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const systemPrompt = useChatStore((s) => s.conversation.settings.systemPrompt ?? "");
  const setSystemPrompt = useChatStore((s) => s.setSystemPrompt);
  const loadList = useChatStore((s) => s.loadList);
  const [importNote, setImportNote] = useState("");
  const [refresh, setRefresh] = useState(0);

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importJson(await file.text());
      const n = result.conversationIds.length;
      setImportNote(`Imported ${n} conversation${n === 1 ? "" : "s"} (${result.messages} messages, ${result.attachments} attachments).`);
      await loadList();
      setRefresh((n) => n + 1);
    } catch (error) {
      setImportNote(error instanceof ImportError ? `Not imported: ${error.message}` : "Not imported: the file could not be read.");
    }
  };

  return (
    <div role="dialog" aria-modal="true" aria-label="Settings and storage" className="fixed inset-0 z-50 flex items-start justify-center bg-black/30 p-4" onClick={onClose}>
      <div data-testid="settings-panel" className="mt-[5vh] w-full max-w-lg space-y-5 rounded-2xl bg-white p-5 shadow-xl dark:bg-zinc-900" onClick={(e) => e.stopPropagation()}>
        <div className="flex items-center">
          <h2 className="text-lg font-semibold">Settings &amp; storage</h2>
          <button type="button" data-testid="settings-close" onClick={onClose} className="ml-auto rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label="Close">
            ✕
          </button>
        </div>
        <label className="block space-y-1">
          <span className="text-sm font-medium">System prompt for this conversation</span>
          <textarea
            data-testid="system-prompt-input"
            defaultValue={systemPrompt}
            rows={3}
            onBlur={(e) => setSystemPrompt(e.currentTarget.value)}
            className="w-full rounded-lg border border-zinc-300 bg-transparent p-2 text-sm dark:border-zinc-700"
            placeholder="e.g. Answer briefly, in French."
          />
        </label>
        <section className="space-y-2">
          <h3 className="text-sm font-medium">Storage</h3>
          <StorageMeter refreshKey={refresh} />
        </section>
        <section className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            data-testid="export-all-button"
            onClick={async () => downloadBlob(new Blob([await exportAllJson()], { type: "application/json" }), `glm-chat-export-${new Date().toISOString().slice(0, 10)}.json`)}
            className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Export all (JSON)
          </button>
          <label className="cursor-pointer rounded-lg border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
            Import JSON…
            <input type="file" accept="application/json,.json" data-testid="import-input" className="sr-only" onChange={(e) => void onImport(e.currentTarget.files?.[0])} />
          </label>
          {importNote && (
            <p data-testid="import-result" className="w-full text-sm text-zinc-600 dark:text-zinc-400">
              {importNote}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
