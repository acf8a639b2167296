"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { lazyPart } from "@/components/ui/lazy-part";
import { useCallback, useState } from "react";
import { IconButton } from "@/components/ui/icon-button";
import { HEADER_WORDS } from "@/components/chat/header-fit";
import { useChatStore } from "@/lib/store/chat-store";

// Opened on demand: kept out of the first load (with the Dialog primitives they use).
const ShareDialog = lazyPart(() => import("./share-dialog").then((m) => m.ShareDialog));
const SharedLinksDialog = lazyPart(() => import("./shared-links-dialog").then((m) => m.SharedLinksDialog));

export type ShareDialogKind = "share" | "links";

/** The share dialog or the list of my links, whichever is open (fetched when first opened). */
export function ShareDialogs({ open, onClose }: { open: ShareDialogKind | null; onClose: () => void }) {
  return (
    <>
      {open === "share" && <ShareDialog onClose={onClose} />}
      {open === "links" && <SharedLinksDialog onClose={onClose} />}
    </>
  );
}

/** Header controls: Share (once there is something finished to share) and "My shared links". */
export function ShareButton() {
  const t = useTranslations("share");
  const canShare = useChatStore((s) => s.messages.length > 0 && !s.streamingId);
  const [open, setOpen] = useState<ShareDialogKind | null>(null);
  const close = useCallback(() => setOpen(null), []);
  return (
    <>
      <IconButton data-testid="share-button" label={t("shareLabel")} text={t("share")} textClassName={HEADER_WORDS} icon={glyphs["share-2"]} disabled={!canShare} onClick={() => setOpen("share")} />
      <IconButton data-testid="shared-links-button" label={t("myLinks")} icon={glyphs["link-2"]} onClick={() => setOpen("links")} />
      <ShareDialogs open={open} onClose={close} />
    </>
  );
}
