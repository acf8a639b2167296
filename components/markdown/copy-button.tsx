"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { lightButton, type ButtonProps } from "@/components/ui/button";

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Fallback for insecure contexts (plain http on a LAN), where the Clipboard API is absent.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

export interface CopyButtonProps {
  /** Text to copy, or a function producing it at click time (e.g. stripped message text). */
  text: string | (() => string);
  testId: string;
  label?: string;
  className?: string;
}

/**
 * A copy-to-clipboard button that confirms with "Copied" for a moment. One under every message and
 * code block, so the kit's look as a plain element (`lightButton`), not a second component.
 */
export function CopyButton({ text, testId, label, className = "" }: CopyButtonProps) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    try {
      await copyText(typeof text === "function" ? text() : text);
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };

  const children = copied ? t("copied") : (label ?? t("copy"));
  return lightButton({ variant: "subtle", size: "xs", "data-testid": testId, onClick, "aria-live": "polite", className, children } as ButtonProps);
}
