"use client";

import { useTranslations } from "next-intl";
import { MonitorUp } from "lucide-react";
import { useRef } from "react";
import { useFirstItemFocus, useOpenedOnce, type OnDemandMenuProps } from "@/components/ui/loadable";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";
import { PROMPT_PRESETS } from "@/lib/glm/presets";
import { ToolsButton } from "./tools-button";

interface Props extends OnDemandMenuProps {
  disabled: boolean;
  onCapture: () => void;
  onPreset: (prompt: string) => void;
}

/** Capture screen and the prompt presets, in a menu (arrow keys, Escape, outside click close). */
export function ToolsMenu({ disabled, onCapture, onPreset, openedBy, onOpened }: Props) {
  // A preset puts the caret in the composer: applied once the menu has closed (while open, the
  // menu keeps focus inside itself), and instead of Radix returning focus to the trigger.
  const t = useTranslations("attach");
  const chosen = useRef<string | null>(null);
  const firstItemFocus = useFirstItemFocus(openedBy);
  useOpenedOnce(onOpened);
  return (
    <Menu defaultOpen={!!openedBy}>
      <MenuTrigger asChild>
        <ToolsButton />
      </MenuTrigger>
      <MenuContent
        side="top"
        align="start"
        className="w-64"
        data-testid="composer-tools-menu"
        onFocus={firstItemFocus}
        onCloseAutoFocus={(e) => {
          const prompt = chosen.current;
          chosen.current = null;
          if (prompt === null) return;
          e.preventDefault();
          onPreset(prompt);
        }}
      >
        <MenuItem data-testid="capture-screen-button" disabled={disabled} icon={<MonitorUp aria-hidden />} onSelect={onCapture}>
          {t("capture")}
        </MenuItem>
        <MenuSeparator />
        <MenuLabel>{t("presets")}</MenuLabel>
        {PROMPT_PRESETS.map((p) => (
          <MenuItem
            key={p.id}
            data-testid={`preset-${p.id}`}
            onSelect={() => {
              chosen.current = p.prompt;
            }}
          >
            {t(`preset.${p.id}`)}
          </MenuItem>
        ))}
      </MenuContent>
    </Menu>
  );
}
