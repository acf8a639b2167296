"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { firstUnfilled, nextPlaceholder, placeholderRanges, type PlaceholderRange } from "@/lib/chat/placeholders";

/**
 * A preset's blanks in the composer: the first is selected on insert, Tab / Shift+Tab move between
 * them (only while one is left, so Tab still leaves the field otherwise), and sending with one
 * unfilled is refused in plain words, the draft kept as it is.
 */
export function usePresetPlaceholders(ref: RefObject<HTMLTextAreaElement | null>, draft: string, setDraft: (text: string) => void) {
  const t = useTranslations("prefs");
  const fromPreset = useRef(false);
  const pending = useRef<PlaceholderRange | null>(null);
  const [tick, setTick] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);

  useLayoutEffect(() => {
    const range = pending.current;
    const el = ref.current;
    if (!range || !el) return;
    pending.current = null;
    el.focus();
    el.setSelectionRange(range.start, range.end);
  }, [tick, draft, ref]);

  const select = (range: PlaceholderRange) => {
    pending.current = range;
    setTick((n) => n + 1);
  };

  return {
    refusal,
    insert(prompt: string) {
      fromPreset.current = true;
      setRefusal(null);
      setDraft(prompt);
      select(placeholderRanges(prompt)[0] ?? { start: prompt.length, end: prompt.length, text: "" });
    },
    /** True when the key moved between blanks (the caller then does nothing else with it). */
    onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): boolean {
      if (e.key !== "Tab" || e.ctrlKey || e.altKey || e.metaKey || !fromPreset.current) return false;
      const el = e.currentTarget;
      const range = nextPlaceholder(el.value, e.shiftKey ? el.selectionStart : el.selectionEnd, e.shiftKey);
      if (!range) return false;
      e.preventDefault();
      el.setSelectionRange(range.start, range.end);
      return true;
    },
    /** True when sending must wait: a blank of the preset is still in the text. */
    refuseSend(text: string): boolean {
      const blank = fromPreset.current ? firstUnfilled(text) : undefined;
      if (!blank) return false;
      setRefusal(t("placeholderUnfilled", { placeholder: blank.text }));
      select(blank);
      return true;
    },
    changed(text: string) {
      setRefusal(null);
      if (!text) fromPreset.current = false;
    },
    sent() {
      fromPreset.current = false;
      setRefusal(null);
    },
  };
}
