"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { SharedLinksList } from "./shared-links-list";

export function SharedLinksDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("share");
  return (
    <Dialog testId="shared-links-panel" title={t("myLinks")} onClose={onClose}>
      <SharedLinksList />
    </Dialog>
  );
}
