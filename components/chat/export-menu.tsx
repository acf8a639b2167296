"use client";

import { useTranslations } from "next-intl";
import { Download } from "lucide-react";
import dynamic from "next/dynamic";
import { IconButton } from "@/components/ui/icon-button";
import { useChatStore } from "@/lib/store/chat-store";

// The menu primitives load after the first paint; until then the button shows, inert.
const ExportMenuPanel = dynamic(() => import("./export-menu-panel").then((m) => m.ExportMenuPanel), {
  ssr: false,
  loading: () => <ExportButtonLoading />,
});

function ExportButtonLoading() {
  const t = useTranslations("chat");
  return <IconButton data-testid="export-button" label={t("export")} tooltip={false} icon={<Download aria-hidden />} disabled />;
}

/** Export, once the conversation is saved. */
export function ExportMenu() {
  const saved = useChatStore((s) => s.saved);
  return saved ? <ExportMenuPanel /> : null;
}
