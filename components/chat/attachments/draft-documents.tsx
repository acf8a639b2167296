"use client";

import { useShallow } from "zustand/react/shallow";
import { useTranslations } from "next-intl";
import { DEFAULT_MAX_IMAGES_PER_MESSAGE } from "@/lib/media/limits";
import { lineCount } from "@/lib/media/text-file-blocks";
import { useDraftStore } from "@/lib/store/draft-store";
import { DocumentThumb } from "./document-thumb";
import { Button } from "@/components/ui/button";

/** The draft's PDFs (one thumb each, with the page picker) and text files (a named chip each). */
export function DraftDocuments() {
  const t = useTranslations("attach");
  const { documents, texts, remove, setPages } = useDraftStore(useShallow((s) => ({ documents: s.documents, texts: s.texts, remove: s.remove, setPages: s.setPages })));
  if (!documents.length && !texts.length) return null;
  return (
    <>
      {documents.map((d) => (
        <DocumentThumb
          key={d.id}
          name={d.name}
          pageCount={d.pageCount}
          pages={d.rendered}
          chosen={d.pages}
          rendering={d.status === "rendering"}
          overLimit={d.overLimit}
          maxImages={DEFAULT_MAX_IMAGES_PER_MESSAGE}
          onRemove={() => remove(d.id)}
          onPages={(pages) => void setPages(d.id, pages)}
        />
      ))}
      {texts.map((file) => (
        <div
          key={file.id}
          data-testid="text-file-chip"
          className="relative flex h-16 w-40 flex-col justify-center rounded-lg border border-line bg-muted px-2 pr-6 text-xs"
        >
          <span className="truncate font-medium" title={file.part.name}>
            {file.part.name}
          </span>
          <span className="text-muted-fg">
            {/* Lines, as the sent message's chip counts them (a size in bytes meant little here). */}
            {t("text", { lines: t("fileLines", { lines: lineCount(file.part.text), cut: "no" }) })}
            {file.part.truncated ? t("cut") : ""}
          </span>
          <Button variant="scrim" size="icon-xs" data-testid="attachment-remove" aria-label={t("remove", { name: file.part.name })} onClick={() => remove(file.id)} className="absolute right-0.5 top-0.5">
            ×
          </Button>
        </div>
      ))}
    </>
  );
}
