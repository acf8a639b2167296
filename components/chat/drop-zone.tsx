"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useLatestServerInfo } from "@/lib/chat/use-server-info";
import { useModelFacts } from "@/lib/chat/model-facts";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * The draft store (with the media preparation code) is imported on a drop, not with this module:
 * the drop zone is part of the page's shell, whose code is evaluated before the regions'
 * (docs/decisions/startup-reads.md, round 4); the composer has loaded it by the time anyone drops.
 */
const draftStore = () => import("@/lib/store/draft-store").then((m) => m.useDraftStore);

/**
 * Files dropped anywhere in the window join the draft: on the conversation, and also on the
 * header, the history column or the GUI-agent panel (which asks for a screenshot), where a drop
 * used to do nothing, or open the file in place of the app. Listened for on the window, so no
 * region has to opt in; the overlay covers the window while files are over it.
 */
export function DropZone({ children }: { children: React.ReactNode }) {
  const t = useTranslations("chat");
  const [over, setOver] = useState(false);
  // Read at the drop: the server's answer arriving does not re-render the zone.
  const serverInfo = useLatestServerInfo();
  const model = useModelFacts(useChatStore((s) => s.conversation.settings.model));
  // A text-only model still takes text files; the others are refused one by one, by name.
  const textOnlyModel = model && !model.images ? model.name : undefined;
  const limits = useRef({ serverInfo, textOnlyModel });
  useEffect(() => {
    limits.current = { serverInfo, textOnlyModel };
  });
  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes("Files");
    // A modal dialog (settings, a share) is not the conversation: a file dropped on it is not attached.
    const blocked = () => !!document.querySelector("[data-kit-modal]");
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser opens the file in place of the app.
      e.preventDefault();
      const take = !blocked();
      if (e.dataTransfer) e.dataTransfer.dropEffect = take ? "copy" : "none";
      setOver(take);
    };
    const onLeave = (e: DragEvent) => {
      // Null when the pointer leaves the window; moving between elements names the next one.
      if (!e.relatedTarget) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      if (blocked()) return;
      const files = [...(e.dataTransfer?.files ?? [])];
      const { serverInfo: info, textOnlyModel: textOnly } = limits.current;
      const agentStep = !!useChatStore.getState().conversation.settings.agent;
      void draftStore().then((store) => store.getState().add(files, info().limits.videoMb * 1024 * 1024, textOnly, agentStep));
    };
    const onEnd = () => setOver(false);
    window.addEventListener("dragenter", onOver);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    window.addEventListener("dragend", onEnd);
    return () => {
      window.removeEventListener("dragenter", onOver);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
      window.removeEventListener("dragend", onEnd);
    };
  }, []);
  return (
    <div data-testid="drop-zone" className="relative flex min-h-0 flex-1 flex-col print:block">
      {children}
      {over && (
        <div data-testid="drop-overlay" className="pointer-events-none fixed inset-2 z-40 flex items-center justify-center rounded-2xl border-2 border-dashed border-primary bg-info-soft/80 text-lg font-medium text-link">
          {textOnlyModel ? t("dropHereTextOnly", { model: textOnlyModel }) : t("dropHere")}
        </div>
      )}
    </div>
  );
}
