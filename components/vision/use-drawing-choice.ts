"use client";

import { useState } from "react";

/**
 * Which of a turn's images an answer draws on, when the reader picked another than the default.
 * Kept for the page's life by the turn's images, so it survives the answer unmounting (another
 * chat opened and this one reopened, a long conversation's far messages) and is shared by the
 * turn's versions, which answer about the same images.
 */
const picks = new Map<string, string>();

export function useDrawingChoice(imageIds: readonly string[]): [string | null, (id: string) => void] {
  const key = imageIds.join(" ");
  const [chosen, setChosen] = useState<string | null>(() => picks.get(key) ?? null);
  const choose = (id: string) => {
    picks.set(key, id);
    setChosen(id);
  };
  return [chosen, choose];
}
