"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { Attachment } from "@/lib/chat/message";
import { SAMPLES, type Sample } from "@/lib/demo/samples";
import { isLocale } from "@/lib/i18n/locales";
import { useChatStore } from "@/lib/store/chat-store";
import { focusComposerIfLost } from "./a11y/focus";
import { Button } from "@/components/ui/button";

/** The preparation code loads when a sample is picked, not with the first screen. */
async function sampleAttachments(sample: Sample): Promise<Attachment[]> {
  const [{ prepareAttachment }, { openDocument, releaseDocument, renderDocument }] = await Promise.all([
    import("@/lib/media/prepare-attachment"),
    import("@/lib/store/draft-documents"),
  ]);
  const blob = await (await fetch(sample.file)).blob();
  const file = new File([blob], sample.name, { type: sample.mimeType });
  if (sample.mimeType !== "application/pdf") return [await prepareAttachment(file, 50 * 1024 * 1024)];
  const doc = await openDocument(file, 50);
  try {
    return await renderDocument(doc);
  } finally {
    releaseDocument(doc);
  }
}

/** Demo mode's first screen: three samples that show what the app does, answered by the script. */
export function StarterCards() {
  const t = useTranslations("starter");
  const locale = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (sample: Sample) => {
    setBusy(sample.id);
    setError(null);
    try {
      // Asked in the UI's language, so the demo answers in it too.
      useChatStore.getState().send(sample.prompt[isLocale(locale) ? locale : "en"], await sampleAttachments(sample));
      // The cards leave once the question is sent.
      focusComposerIfLost();
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section data-testid="starter-cards" aria-label={t("label")} className="mx-auto mt-6 max-w-2xl px-3">
      <p className="mb-2 text-xs text-muted-fg">{t("intro")}</p>
      <div className="grid gap-2 sm:grid-cols-3">
        {SAMPLES.map((s) => (
          <Button
            key={s.id}
            variant="item"
            size="inline"
            data-testid="starter-card"
            data-sample={s.id}
            disabled={busy !== null}
            onClick={() => void run(s)}
            className="flex flex-col items-start gap-1 rounded-xl border border-line p-3 hover:bg-subtle disabled:opacity-60"
          >
            <span className="rounded bg-muted px-1.5 text-[10px] font-medium uppercase tracking-wide text-muted-fg">{t("sample")}</span>
            <span className="font-medium">{t(`samples.${s.id}.title`)}</span>
            <span className="text-xs text-muted-fg">{busy === s.id ? t("loading") : t(`samples.${s.id}.blurb`)}</span>
          </Button>
        ))}
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger-fg">
          {error}
        </p>
      )}
    </section>
  );
}
