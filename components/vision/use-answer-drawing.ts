"use client";

import { useMemo } from "react";
import { parseGrounding } from "@/lib/glm/grounding";
import { overlayItems } from "@/lib/glm/grounding-overlay";
import { parseGuiActions } from "@/lib/glm/gui-actions";
import { findTimestamps } from "@/lib/media/timestamps";

/** What an answer draws on its turn's image (boxes, points, actions) and its video timestamps. */
export function useAnswerDrawing(content: string, hasImage: boolean, hasVideo: boolean) {
  const parsed = useMemo(() => {
    if (!hasImage) return null;
    const grounding = parseGrounding(content);
    const actions = parseGuiActions(content);
    return { grounding, actions, items: overlayItems(grounding, actions) };
  }, [content, hasImage]);
  const timestamps = useMemo(() => (hasVideo ? findTimestamps(content) : []), [content, hasVideo]);
  const hasDrawing = !!parsed && (parsed.items.length > 0 || parsed.grounding.outOfRange.length > 0);
  return { parsed, timestamps, hasDrawing };
}
