"use client";

import { useEffect, useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";
import { loadAttachment } from "@/lib/store/persist/conversations";

const urls = new Map<string, string>();

/**
 * The conversation's first image, read lazily from IndexedDB (rows render only when in view). A
 * conversation just started shows its row before the image's write has landed: its bytes are
 * then taken from the open conversation in memory, so the thumbnail never stays blank.
 */
export function Thumbnail({ conversationId, attachmentId }: { conversationId: string; attachmentId: string }) {
  const key = `${conversationId}/${attachmentId}`;
  const [url, setUrl] = useState(() => urls.get(key));
  const inMemory = useChatStore((s) =>
    s.conversation.id === conversationId ? s.messages.flatMap((m) => m.attachments ?? []).find((a) => a.id === attachmentId)?.blob : undefined,
  );
  useEffect(() => {
    if (urls.has(key)) return setUrl(urls.get(key));
    let live = true;
    const show = (blob: Blob) => {
      const made = URL.createObjectURL(blob);
      urls.set(key, made);
      if (live) setUrl(made);
    };
    if (inMemory) show(inMemory);
    else
      loadAttachment(conversationId, attachmentId)
        .then((blob) => blob && show(blob))
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, conversationId, attachmentId, inMemory]);
  if (!url) return <span className="h-8 w-8 shrink-0 rounded bg-muted-strong" />;
  // eslint-disable-next-line @next/next/no-img-element -- a local blob: URL, nothing to optimise
  return <img data-testid="conversation-thumbnail" src={url} alt="" className="h-8 w-8 shrink-0 rounded object-cover" />;
}
