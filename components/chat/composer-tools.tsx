"use client";

import { ChatParamsButton } from "./chat-params";
import { ContextMeter } from "./context-meter";
import { WebSearchToggle } from "./web-search-toggle";

/**
 * The row above the composer: this chat's settings, per-conversation switches and the context
 * meter. On a short landscape screen (`short`, app/globals.css) its buttons are 24 px: secondary
 * controls, each with room around it, and every pixel there is taken from the messages.
 */
export function ComposerTools() {
  return (
    <div data-testid="composer-toolbar" className="mx-auto mb-1 flex w-full max-w-3xl flex-wrap items-center gap-2 empty:hidden short:mb-0.5 short:[&_button]:h-6">
      <ChatParamsButton />
      <WebSearchToggle />
      <ContextMeter />
    </div>
  );
}
