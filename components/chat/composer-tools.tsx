"use client";

import { ChatParamsButton } from "./chat-params";
import { ContextMeter } from "./context-meter";
import { WebSearchToggle } from "./web-search-toggle";

/** The row above the composer: this chat's settings, per-conversation switches and the context meter. */
export function ComposerTools() {
  return (
    <div data-testid="composer-toolbar" className="mx-auto mb-1 flex w-full max-w-3xl flex-wrap items-center gap-2 empty:hidden">
      <ChatParamsButton />
      <WebSearchToggle />
      <ContextMeter />
    </div>
  );
}
