"use client";

import { Download, Upload } from "lucide-react";
import { useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { exportAllJson, importJson, ImportError } from "@/lib/store/persist";
import { useChatStore } from "@/lib/store/chat-store";
import { downloadBlob } from "@/lib/ui/download";
import { CustomInstructions } from "./custom-instructions";
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
    <Dialog testId="settings-panel" closeTestId="settings-close" title="Settings & storage" onClose={onClose} className="space-y-5">
      <CustomInstructions />
      <label className="block space-y-1">
        <span className="text-sm font-medium">System prompt for this conversation</span>
        <textarea
          data-testid="system-prompt-input"
          defaultValue={systemPrompt}
          rows={3}
          onBlur={(e) => setSystemPrompt(e.currentTarget.value)}
          className="w-full rounded-lg border border-line-strong bg-transparent p-2 text-sm outline-none placeholder:text-muted-fg focus-visible:ring-2 focus-visible:ring-ring"
          placeholder="e.g. Answer briefly, in French."
        />
      </label>
      <section className="space-y-2">
        <h3 className="text-sm font-medium">Storage</h3>
        <StorageMeter refreshKey={refresh} />
      </section>
      <section className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          data-testid="export-all-button"
          onClick={async () => downloadBlob(new Blob([await exportAllJson()], { type: "application/json" }), `glm-chat-export-${new Date().toISOString().slice(0, 10)}.json`)}
        >
          <Download aria-hidden /> Export all (JSON)
        </Button>
        <label className={buttonVariants({ variant: "secondary", className: "cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring" })}>
          <Upload aria-hidden /> Import JSON…
          <input type="file" accept="application/json,.json" data-testid="import-input" className="sr-only" onChange={(e) => void onImport(e.currentTarget.files?.[0])} />
        </label>
        {importNote && (
          <p data-testid="import-result" className="w-full text-sm text-muted-fg">
            {importNote}
          </p>
        )}
      </section>
    </Dialog>
  );
}
