"use client";

import { Download, Keyboard, Upload } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { exportAllJson, importJson, ImportError } from "@/lib/store/persist";
import { hydrateSettings, shownForExport, useChatStore } from "@/lib/store/chat-store";
import { readProfile, restoreProfile } from "@/lib/store/profile";
import { setTheme } from "@/components/chat/theme-switch";
import { downloadBlob } from "@/lib/ui/download";
import { importRefusalText, importSummary, importSummaryText } from "@/lib/ui/import-summary";
import { ariaKeys, SHORTCUTS, shortcutCaps } from "@/lib/ui/shortcuts";
import { isMac } from "@/components/chat/a11y/use-shortcuts";
import { CustomInstructions } from "./custom-instructions";
import { DeleteAllData } from "./delete-all-data";
import { LanguageSelect, useChooseLanguage } from "./language-select";
import { StorageMeter } from "./storage-meter";

const sheetKeys = SHORTCUTS.find((s) => s.action === "shortcuts")!;

/**
 * After a language change remounted the shell (a new chat's address became `/c/<id>`), what had
 * focus when this dialog opened is the new shell's composer, and the Settings button that opened it
 * is a new one (on a phone in the history drawer, closed by the remount): back to that button if it
 * shows, else to the button that shows the history.
 */
function focusSettingsOpener(): void {
  const visible = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].find((el) => el.checkVisibility());
  (visible("settings-button") ?? visible("sidebar-toggle"))?.focus();
}

/**
 * The language, custom instructions, the storage meter, export all and import, the way to the
 * keyboard shortcuts (otherwise found only by their own shortcut), and deleting all data.
 */
export function SettingsPanel({ onClose, onShowShortcuts, keptThroughRefresh = false }: { onClose: () => void; onShowShortcuts: () => void; keptThroughRefresh?: boolean }) {
  const t = useTranslations("settings");
  const ts = useTranslations("shortcuts");
  const tp = useTranslations("prefs");
  const tu = useTranslations("ui");
  const mac = isMac();
  const locale = useLocale();
  const loadList = useChatStore((s) => s.loadList);
  const [importNote, setImportNote] = useState<{ text: string; failed: boolean } | null>(null);
  const [exportFailed, setExportFailed] = useState(false);
  // Export all carries the tokens that update and delete this profile's shared links.
  const [holdsShareKeys] = useState(() => (readProfile().shares?.length ?? 0) > 0);
  const [refresh, setRefresh] = useState(0);
  const chooseLanguage = useChooseLanguage();
  const setCustomInstructions = useChatStore((s) => s.setCustomInstructions);
  // The file's custom instructions when this profile has its own: offered, never swapped in unasked.
  const [offered, setOffered] = useState<{ text: string; taken: boolean } | null>(null);
  // The instructions box keeps what it was given at mount: a restore remounts it with the new text.
  const [instructionsKey, setInstructionsKey] = useState(0);

  // Chinese sentences take no space after "。".
  const sentenceGap = locale === "zh" ? "" : " ";

  // The open chat as shown stands in for its stored copy (storage full: missing or behind). A
  // failure says so: the click's promise is not awaited, and a throw reached nobody.
  const onExportAll = async () => {
    setExportFailed(false);
    try {
      const json = await exportAllJson(readProfile(), shownForExport());
      downloadBlob(new Blob([json], { type: "application/json" }), `glm-chat-export-${new Date().toISOString().slice(0, 10)}.json`);
    } catch {
      setExportFailed(true);
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importJson(await file.text());
      const text = importSummaryText(importSummary(result), t, locale);
      const profile = restoreProfile(result.profile, { theme: setTheme, language: chooseLanguage });
      if (profile.restored.length) {
        hydrateSettings();
        setInstructionsKey((k) => k + 1);
      }
      setOffered(profile.differingInstructions ? { text: profile.differingInstructions, taken: false } : null);
      const restored = [profile.restored.length ? t("restoredSettings") : "", profile.sharesAdded ? t("restoredShares", { count: profile.sharesAdded }) : ""];
      setImportNote({ text: [text, ...restored].filter(Boolean).join(sentenceGap), failed: false });
      await loadList();
      setRefresh((n) => n + 1);
    } catch (error) {
      // The same reason in every language, the damaged field included (lib/ui/import-summary.ts).
      const text = error instanceof ImportError ? t("notImported", { reason: importRefusalText(error, t) }) : t("unreadable");
      setImportNote({ text, failed: true });
      setOffered(null);
    }
  };

  return (
    <Dialog testId="settings-panel" closeTestId="settings-close" title={t("title")} onClose={onClose} returnFocus={keptThroughRefresh ? focusSettingsOpener : undefined} className="space-y-5">
      <LanguageSelect />
      <CustomInstructions key={instructionsKey} />
      {/* One place to edit it: "This chat", with the conversation's other parameters. */}
      <p data-testid="system-prompt-where" className="text-sm text-muted-fg">
        {t("systemPromptWhere", { place: tp("paramsShort") })}
      </p>
      <section className="space-y-2">
        <h3 className="text-sm font-medium">{t("storage")}</h3>
        <StorageMeter refreshKey={refresh} />
      </section>
      <section className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" data-testid="export-all-button" onClick={() => void onExportAll()}>
          <Download aria-hidden /> {t("exportAll")}
        </Button>
        <label className={buttonVariants({ variant: "secondary", className: "cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring" })}>
          <Upload aria-hidden /> {t("import")}
          <input type="file" accept="application/json,.json" data-testid="import-input" className="sr-only" onChange={(e) => {
              void onImport(e.currentTarget.files?.[0]);
              // Picking the same file again must import (and say "nothing new") again.
              e.currentTarget.value = "";
            }}
          />
        </label>
        {holdsShareKeys && (
          <p data-testid="export-holds-share-keys" className="w-full text-xs text-muted-fg">
            {t("exportHoldsShareKeys")}
          </p>
        )}
        {exportFailed && (
          <p role="alert" data-testid="export-all-failed" className="w-full text-sm text-danger-fg">
            {tu("unavailable.exportFailed")}
          </p>
        )}
        {importNote && (
          // Below the buttons, at the dialog's lower edge: brought into view, and a refusal reads as one.
          <p
            ref={(el) => el?.scrollIntoView({ block: "nearest" })}
            role={importNote.failed ? "alert" : "status"}
            data-testid="import-result"
            data-failed={importNote.failed}
            className={`w-full text-sm ${importNote.failed ? "text-danger-fg" : "text-muted-fg"}`}
          >
            {importNote.text}
          </p>
        )}
        {offered && (
          <div data-testid="import-instructions" className="w-full space-y-1 text-sm">
            {offered.taken ? (
              <p role="status">{t("instructionsReplaced")}</p>
            ) : (
              <>
                <p>{t("instructionsDiffer")}</p>
                <blockquote className="line-clamp-3 whitespace-pre-wrap border-l-2 border-line pl-2 text-muted-fg">{offered.text}</blockquote>
                <Button
                  variant="secondary"
                  size="sm"
                  data-testid="import-use-file-instructions"
                  onClick={() => {
                    setCustomInstructions(offered.text);
                    setInstructionsKey((k) => k + 1);
                    setOffered({ ...offered, taken: true });
                  }}
                >
                  {t("useFileInstructions")}
                </Button>
              </>
            )}
          </div>
        )}
      </section>
      <Button variant="ghost" data-testid="show-shortcuts-button" onClick={onShowShortcuts} aria-keyshortcuts={ariaKeys(sheetKeys, mac)} className="-ml-3">
        <Keyboard aria-hidden /> {ts("open")}
        <kbd className="ml-1 rounded-md border border-line-strong bg-muted px-1.5 py-0.5 font-mono text-xs">{shortcutCaps(sheetKeys, mac).join(mac ? "" : "+")}</kbd>
      </Button>
      <DeleteAllData />
    </Dialog>
  );
}
