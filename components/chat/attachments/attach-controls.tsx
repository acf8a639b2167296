"use client";

import { useTranslations } from "next-intl";
import { glyph } from "@/components/ui/glyphs";
import { useRef } from "react";
import { IconButton } from "@/components/ui/icon-button";
import { Tooltip } from "@/components/ui/tooltip";
import { loadable, useOpenedOnDemand } from "@/components/ui/loadable";
import { DOCUMENT_ACCEPT, TEXT_ACCEPT } from "@/lib/media/documents";
import { ATTACH_ACCEPT } from "@/lib/media/limits";
import { captureScreen } from "@/lib/media/capture-screen";
import { ToolsButton } from "./tools-button";

// The menu (Radix DropdownMenu) is fetched and mounted only when first opened: until then the
// button alone (docs/decisions/render-work.md).
const clip = glyph("paperclip");
const toolsMenu = loadable(() => import("./tools-menu").then((m) => m.ToolsMenu), { when: "asked" });

/** What the file picker offers: text files only for a text-only model. */
export const fileAccept = (textOnly: boolean) => (textOnly ? TEXT_ACCEPT : `${ATTACH_ACCEPT},${DOCUMENT_ACCEPT}`);

interface Props {
  /** The model reads text only: what the button says instead (it takes text files only). */
  textOnly?: string;
  onFiles: (files: File[]) => void;
  onPreset: (prompt: string) => void;
  onError: (message: string) => void;
}

export function AttachControls({ textOnly, onFiles, onPreset, onError }: Props) {
  const t = useTranslations("attach");
  const input = useRef<HTMLInputElement>(null);
  // Screen capture and the GUI presets need a vision model.
  const disabled = !!textOnly;
  const { Menu: ToolsMenu, openedBy, opened, trigger } = useOpenedOnDemand(toolsMenu);
  const capture = async () => {
    try {
      onFiles([await captureScreen()]);
    } catch (error) {
      if ((error as DOMException).name !== "NotAllowedError") onError(t("captureFailed", { reason: (error as Error).message }));
    }
  };
  return (
    <div className="flex items-center gap-1">
      <Tooltip content={textOnly ?? t("tooltip")} side="top">
        <span className="inline-flex">
          <IconButton data-testid="attach-button" tooltip={false} label={textOnly ?? t("label")} icon={clip} onClick={() => input.current?.click()} />
        </span>
      </Tooltip>
      <input
        ref={input}
        data-testid="attach-input"
        type="file"
        multiple
        accept={fileAccept(!!textOnly)}
        className="hidden"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      {ToolsMenu ? (
        <ToolsMenu disabled={disabled} onCapture={() => void capture()} onPreset={onPreset} openedBy={openedBy} onOpened={opened} />
      ) : (
        <ToolsButton aria-haspopup="menu" aria-expanded={false} {...trigger} />
      )}
    </div>
  );
}
