"use client";

import { useEffect } from "react";
import { hydrateSettings, useChatStore } from "@/lib/store/chat-store";
import { Composer } from "./composer";
import { DemoBadge } from "./demo-badge";
import { DropZone } from "./drop-zone";
import { MessageList } from "./message-list";
import { ModelPicker } from "./model-picker";
import { ThemeSwitch } from "./theme-switch";
import { ShareButton } from "@/components/share/share-button";
import { ThinkingToggle } from "./thinking-toggle";

export function ChatApp({ demo }: { demo: boolean }) {
  const newChat = useChatStore((s) => s.newChat);
  useEffect(hydrateSettings, []);
  return (
    <div className="flex h-dvh flex-col">
      <header className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <span className="hidden font-semibold sm:inline">GLM Chat</span>
        {demo && <DemoBadge />}
        <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
          <ModelPicker />
          <ThinkingToggle />
          <ThemeSwitch />
          <ShareButton />
          <button type="button" data-testid="new-chat-button" onClick={newChat} className="rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800" title="New chat">
            +<span className="hidden sm:inline"> New chat</span>
          </button>
        </div>
      </header>
      <DropZone>
        <MessageList />
        <div className="px-3 pb-3 pt-1">
          <Composer />
        </div>
      </DropZone>
    </div>
  );
}
