"use client";

import { useTranslations } from "next-intl";
import { useEffect, type RefObject } from "react";
import { placeholderWording, type PlaceholderWording } from "@/lib/chat/composer-placeholder";
import { isTouchOnly } from "./a11y/focus";

/**
 * The wording shown last. Whether there is a real keyboard and pointer ("Enter to send" means
 * nothing on a phone's keyboard) is unknown on the server, so a composer hydrates with the touch
 * wording and its effect writes the chosen one into the DOM itself; kept here, so later renders
 * and later composers say the same with no second render at hydration
 * (docs/decisions/startup-reads.md, round 7).
 */
let wording: PlaceholderWording = "touch";
let context: CanvasRenderingContext2D | null | undefined;

/** The text's width in the field's font, or 0 where it cannot be measured (the full hint then). */
function textWidth(el: HTMLElement, text: string): number {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return 0;
  const s = getComputedStyle(el);
  context.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  return context.measureText(text).width;
}

/**
 * The composer's placeholder (lib/chat/composer-placeholder.ts), chosen again whenever the field's
 * width changes (a resized window, the history column opened or closed).
 */
export function useComposerPlaceholder(ref: RefObject<HTMLTextAreaElement | null>): string {
  const t = useTranslations("chat");
  const ta = useTranslations("a11y");
  const texts: Record<PlaceholderWording, string> = { keyboard: t("placeholder"), narrow: t("placeholderNarrow"), touch: ta("placeholderTouch") };
  const { keyboard: full, narrow, touch } = texts;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const keyboard = !isTouchOnly();
    const wordings = { keyboard: full, narrow, touch };
    let measured = -1;
    // Only from the observer, which runs after the frame's layout: measuring in the effect forced
    // a layout of the half-hydrated page (startup-reads.md, round 30). Its first report comes
    // before the first paint, so the hydrated wording never shows.
    const fit = () => {
      const s = getComputedStyle(el);
      const line = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      // The observer also fires as typed text grows the field taller: only a new width matters.
      if (line === measured) return;
      measured = line;
      wording = placeholderWording(keyboard, keyboard ? textWidth(el, full) : 0, line);
      el.placeholder = wordings[wording];
    };
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    // Measured before the web font arrived, the width was the fallback font's: observing anew
    // reports the size once more, in the next frame.
    void document.fonts?.ready.then(() => {
      measured = -1;
      observer.unobserve(el);
      observer.observe(el);
    });
    return () => observer.disconnect();
  }, [ref, full, narrow, touch]);
  return texts[wording];
}
