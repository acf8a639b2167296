"use client";

import { ChevronDown, MonitorUp, Paperclip, Wand2 } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { IconButton } from "@/components/ui/icon-button";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";
import { Tooltip } from "@/components/ui/tooltip";
import { ATTACH_ACCEPT } from "@/lib/media/limits";
import { captureScreen } from "@/lib/media/capture-screen";
import { PROMPT_PRESETS } from "@/lib/glm/presets";

interface Props {
  /** Why attaching is impossible (text-only model), or undefined when allowed. */
  disabledReason?: string;
  onFiles: (files: File[]) => void;
  onPreset: (prompt: string) => void;
  onError: (message: string) => void;
}

export function AttachControls({ disabledReason, onFiles, onPreset, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const disabled = !!disabledReason;
  // A preset puts the caret in the composer: the menu must not pull focus back to its trigger.
  const keepFocus = useRef(false);
  const capture = async () => {
    try {
      onFiles([await captureScreen()]);
    } catch (error) {
      if ((error as DOMException).name !== "NotAllowedError") onError(`Screen capture failed: ${(error as Error).message}`);
    }
  };
  return (
    <div className="flex items-center gap-1">
      {/* A disabled button shows no tooltip: the wrapper carries the reason. */}
      <Tooltip content={disabledReason ?? "Attach images or a video (or paste / drop them)"} side="top">
        <span className="inline-flex">
          <IconButton data-testid="attach-button" tooltip={false} disabled={disabled} label={disabledReason ?? "Attach images or a video"} icon={<Paperclip aria-hidden className="size-5" />} onClick={() => input.current?.click()} />
        </span>
      </Tooltip>
      <input
        ref={input}
        data-testid="attach-input"
        type="file"
        multiple
        accept={ATTACH_ACCEPT}
        disabled={disabled}
        className="hidden"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      <Menu>
        <MenuTrigger asChild>
          <Button data-testid="composer-tools" className="px-2">
            <Wand2 aria-hidden className="text-muted-fg" />
            Tools
            <ChevronDown aria-hidden className="text-muted-fg" />
          </Button>
        </MenuTrigger>
        <MenuContent
          side="top"
          align="start"
          className="w-64"
          data-testid="composer-tools-menu"
          onCloseAutoFocus={(e) => {
            if (keepFocus.current) e.preventDefault();
            keepFocus.current = false;
          }}
        >
          <MenuItem data-testid="capture-screen-button" disabled={disabled} icon={<MonitorUp aria-hidden />} onSelect={() => void capture()}>
            Capture screen
          </MenuItem>
          <MenuSeparator />
          <MenuLabel>Prompt presets</MenuLabel>
          {PROMPT_PRESETS.map((p) => (
            <MenuItem key={p.id} data-testid={`preset-${p.id}`} onSelect={() => {
                keepFocus.current = true;
                onPreset(p.prompt);
              }}
            >
              {p.label}
            </MenuItem>
          ))}
        </MenuContent>
      </Menu>
    </div>
  );
}
