"use client";

import { useTranslations } from "next-intl";
import { useAfterFirstScreen } from "@/lib/ui/first-screen";
import { Paperclip } from "lucide-react";
import dynamic from "next/dynamic";
import { useRef } from "react";
import { IconButton } from "@/components/ui/icon-button";
import { Tooltip } from "@/components/ui/tooltip";
import { DOCUMENT_ACCEPT } from "@/lib/media/documents";
import { ATTACH_ACCEPT } from "@/lib/media/limits";
import { captureScreen } from "@/lib/media/capture-screen";
import { ToolsButton } from "./tools-button";

// The menu primitives load after the first paint; until then the button shows, inert.
const ToolsMenu = dynamic(() => import("./tools-menu").then((m) => m.ToolsMenu), { ssr: false, loading: () => <ToolsButton disabled /> });

interface Props {
  /** Why attaching is impossible (text-only model), or undefined when allowed. */
  disabledReason?: string;
  onFiles: (files: File[]) => void;
  onPreset: (prompt: string) => void;
  onError: (message: string) => void;
}

export function AttachControls({ disabledReason, onFiles, onPreset, onError }: Props) {
  const t = useTranslations("attach");
  const input = useRef<HTMLInputElement>(null);
  const disabled = !!disabledReason;
  const menuReady = useAfterFirstScreen();
  const capture = async () => {
    try {
      onFiles([await captureScreen()]);
    } catch (error) {
      if ((error as DOMException).name !== "NotAllowedError") onError(t("captureFailed", { reason: (error as Error).message }));
    }
  };
  return (
    <div className="flex items-center gap-1">
      {/* A disabled button shows no tooltip: the wrapper carries the reason. */}
      <Tooltip content={disabledReason ?? t("tooltip")} side="top">
        <span className="inline-flex">
          <IconButton data-testid="attach-button" tooltip={false} disabled={disabled} label={disabledReason ?? t("label")} icon={<Paperclip aria-hidden className="size-5" />} onClick={() => input.current?.click()} />
        </span>
      </Tooltip>
      <input
        ref={input}
        data-testid="attach-input"
        type="file"
        multiple
        accept={`${ATTACH_ACCEPT},${DOCUMENT_ACCEPT}`}
        disabled={disabled}
        className="hidden"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      {/* Its code is fetched once the first screen is shown (lib/ui/first-screen.ts). */}
      {menuReady ? <ToolsMenu disabled={disabled} onCapture={() => void capture()} onPreset={onPreset} /> : <ToolsButton disabled />}
    </div>
  );
}
