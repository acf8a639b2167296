"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLatestServerInfo } from "@/lib/chat/use-server-info";
import { findModel } from "@/lib/glm/models";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * The draft store (with the media preparation code) is imported on a drop, not with this module:
 * the drop zone is part of the page's shell, whose code is evaluated before the regions'
 * (docs/decisions/startup-reads.md, round 4); the composer has loaded it by the time anyone drops.
 */
const draftStore = () => import("@/lib/store/draft-store").then((m) => m.useDraftStore);

/** Files dropped anywhere on the conversation join the draft. */
export function DropZone({ children }: { children: React.ReactNode }) {
  const t = useTranslations("chat");
  const [over, setOver] = useState(false);
  // Read at the drop: the server's answer arriving does not re-render the zone.
  const serverInfo = useLatestServerInfo();
  const model = findModel(useChatStore((s) => s.conversation.settings.model));
  // A text-only model still takes text files; the others are refused one by one, by name.
  const textOnlyModel = model && !model.images ? model.name : undefined;
  const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes("Files");
  return (
    <div
      data-testid="drop-zone"
      className="relative flex min-h-0 flex-1 flex-col"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node)) return;
        setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const files = [...e.dataTransfer.files];
        void draftStore().then((store) => store.getState().add(files, serverInfo().limits.videoMb * 1024 * 1024, textOnlyModel));
      }}
    >
      {children}
      {over && (
        <div data-testid="drop-overlay" className="pointer-events-none absolute inset-2 z-40 flex items-center justify-center rounded-2xl border-2 border-dashed border-primary bg-info-soft/80 text-lg font-medium text-link">
          {textOnlyModel ? t("dropHereTextOnly", { model: textOnlyModel }) : t("dropHere")}
        </div>
      )}
    </div>
  );
}
