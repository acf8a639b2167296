"use client";

import { loadable } from "@/components/ui/loadable";

/**
 * The message view (answer, reasoning, actions, versions, attachments; with it the Markdown
 * parser, ~150 KB): not on a new chat's first screen. A stored conversation's address asks for it
 * at once (its messages are read beside hydration); a new chat asks when the user starts writing
 * (composer input, a starter card), points at a conversation in the history (components/sidebar/
 * sidebar.tsx) or a message appears, not at the first idle moment, where its
 * compile and evaluation were long tasks on a phone while nothing needed it
 * (docs/decisions/startup-reads.md, "Round 3").
 */
export const messageView = loadable(() => import("./message").then((m) => m.Message), { when: "asked" });

export function preloadMessageView(): void {
  void messageView.preload().catch(() => undefined);
}
