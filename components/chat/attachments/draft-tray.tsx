"use client";

import { useShallow } from "zustand/react/shallow";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { useDraftStore, type FileRefusal } from "@/lib/store/draft-store";
import { Button } from "@/components/ui/button";
import { loadable } from "@/components/ui/loadable";
import { focusComposer, isTouchOnly, rescueFocus } from "../a11y/focus";

/** The thumbnails' code (with the PDF page picker's) loads when the first file is added, not at page start. */
const draftFiles = loadable(() => import("./draft-files").then((m) => m.DraftFiles), { when: "asked" });

/** The draft's thumbnails, preparation progress and refusals, above the text field. */
export function DraftTray({ warning }: { warning?: string }) {
  const t = useTranslations("attach");
  const refusal = useRefusalText();
  const { attachments, documents, texts, pending, errors, dismissErrors, clearMedia } = useDraftStore(useShallow((s) => ({ attachments: s.attachments, documents: s.documents, texts: s.texts, pending: s.pending, errors: s.errors, dismissErrors: s.dismissErrors, clearMedia: s.clearMedia })));
  const files = attachments.length + documents.length + texts.length;
  const Files = draftFiles.useLoaded();
  // Asked for as soon as a file is being prepared (the count rises with `add`), so it is
  // normally here before the file is ready; until then the file shows as being prepared.
  const wanted = files > 0 || pending > 0;
  useEffect(() => {
    if (wanted) void draftFiles.preload().catch(() => undefined);
  }, [wanted]);
  if (!files && !pending && !errors.length && !warning) return null;
  return (
    <div className="flex flex-col gap-2 px-1 pb-2">
      {(files > 0 || pending > 0) && (
        <div data-testid="draft-files" className="flex flex-wrap gap-2" onClickCapture={keepFocusOnRemove}>
          {Files && <Files />}
          {(pending > 0 || (files > 0 && !Files)) && (
            <div data-testid="attachment-pending" className="flex size-16 items-center justify-center rounded-lg border border-dashed border-line-strong text-xs text-muted-fg">
              {t("preparing")}
            </div>
          )}
        </div>
      )}
      {warning && (
        <p data-testid="attachment-warning" role="status" className="flex items-center gap-2 rounded-lg bg-warning-soft px-3 py-1.5 text-sm text-warning-fg">
          <span className="flex-1">{warning}</span>
          <Button variant="inline-link" size="inline" data-testid="remove-all-attachments" onClick={clearMedia} className="font-normal">
            {t("removeAll")}
          </Button>
        </p>
      )}
      {errors.map((e, i) => (
        <p key={i} data-testid="attachment-error" role="alert" className="flex items-start gap-2 rounded-lg bg-danger-soft px-3 py-1.5 text-sm text-danger-fg">
          <span className="flex-1">{typeof e === "string" ? e : refusal(e)}</span>
          <Button variant="ghost" size="icon-xs" data-testid="attachment-error-dismiss" aria-label={t("dismiss")} onClick={dismissErrors} className="hover:bg-danger-soft">
            ×
          </Button>
        </p>
      ))}
    </div>
  );
}

/**
 * A file's remove button goes with its file: focus moves to the next file's (or the last one's),
 * and with no file left to the message box, not to the page's start.
 */
function keepFocusOnRemove(e: React.MouseEvent<HTMLElement>) {
  const row = e.currentTarget;
  const removes = () => [...row.querySelectorAll<HTMLElement>("[data-testid=attachment-remove]")];
  const index = removes().indexOf((e.target as HTMLElement).closest("[data-testid=attachment-remove]") as HTMLElement);
  if (index < 0) return;
  rescueFocus(() => {
    const left = row.isConnected ? removes() : [];
    const next = left[Math.min(index, left.length - 1)];
    if (next) next.focus();
    else if (!isTouchOnly()) focusComposer();
  });
}

const REFUSALS = new Set(["empty", "too_large", "video_too_large", "unsupported_type", "unreadable_media", "type_mismatch", "truncated", "too_many_pixels", "too_wide", "canvas_failed", "encode_failed", "not_image", "pdf_password", "pdf_damaged", "pdf_render", "pdf_unsupported", "draft_files_not_kept", "draft_files_lost", "office", "not_text", "text_only", "text_named_as_media", "agent_screenshot"]);

/** A refused file in the reader's words: the exact English sentence, or the code's words with the file name. */
export function useRefusalText(): (r: FileRefusal) => string {
  const t = useTranslations("attach.refusal");
  const english = useLocale() === "en";
  return (r) => (english ? r.message : t(REFUSALS.has(r.code) ? r.code : "unreadable", { size: "", limit: "", ...r.params, file: r.file }));
}
