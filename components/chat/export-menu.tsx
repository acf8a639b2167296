"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import { loadable } from "@/components/ui/loadable";
import { useChatStore } from "@/lib/store/chat-store";

// The menu primitives load after the first screen; until then the button shows, inert. Swapped in
// without a Suspense boundary, whose fallback would mount the button once more.
const panel = loadable(() => import("./export-menu-panel").then((m) => m.ExportMenuPanel));

function ExportButtonLoading() {
  const t = useTranslations("chat");
  return <IconButton data-testid="export-button" label={t("export")} tooltip={false} icon={glyphs.download} disabled />;
}

/** Export, once the conversation is saved. */
export function ExportMenu() {
  const saved = useChatStore((s) => s.saved);
  const ExportMenuPanel = panel.useLoaded();
  if (!saved) return null;
  return ExportMenuPanel ? <ExportMenuPanel /> : <ExportButtonLoading />;
}
