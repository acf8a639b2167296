"use client";

import { useTranslations } from "next-intl";
import { Download, FileArchive, FileJson } from "lucide-react";
import { IconButton } from "@/components/ui/icon-button";
import { useFirstItemFocus, useOpenedOnce, type OnDemandMenuProps } from "@/components/ui/loadable";
import { Menu, MenuContent, MenuItem, MenuTrigger } from "@/components/ui/menu";
import { useChatStore } from "@/lib/store/chat-store";
import { exportConversation } from "./export-conversation";

/** Export the open conversation: Markdown with its images in a zip, or complete JSON. */
export function ExportMenuPanel({ openedBy, onOpened }: OnDemandMenuProps) {
  const t = useTranslations("chat");
  const id = useChatStore((s) => s.conversation.id);
  const title = useChatStore((s) => s.conversation.title);
  const firstItemFocus = useFirstItemFocus(openedBy);
  useOpenedOnce(onOpened);
  const run = (kind: "zip" | "json") => exportConversation(kind, id, title);
  return (
    <Menu defaultOpen={!!openedBy}>
      <MenuTrigger asChild>
        <IconButton data-testid="export-button" label={t("export")} icon={<Download aria-hidden />} />
      </MenuTrigger>
      <MenuContent align="end" data-testid="export-menu" onFocus={firstItemFocus}>
        <MenuItem data-testid="export-markdown-button" icon={<FileArchive aria-hidden />} onSelect={() => void run("zip")}>
          {t("exportZip")}
        </MenuItem>
        <MenuItem data-testid="export-json-button" icon={<FileJson aria-hidden />} onSelect={() => void run("json")}>
          {t("exportJson")}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
