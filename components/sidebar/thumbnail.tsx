"use client";

import { useEffect, useState } from "react";
import { loadAttachment } from "@/lib/store/persist/conversations";

const urls = new Map<string, string>();

/** The conversation's first image, read lazily from IndexedDB (rows render only when in view). */
export function Thumbnail({ conversationId, attachmentId }: { conversationId: string; attachmentId: string }) {
  const key = `${conversationId}/${attachmentId}`;
  const [url, setUrl] = useState(() => urls.get(key));
  useEffect(() => {
    if (urls.has(key)) return setUrl(urls.get(key));
    let live = true;
    loadAttachment(conversationId, attachmentId)
      .then((blob) => {
        if (!blob) return;
        const made = URL.createObjectURL(blob);
        urls.set(key, made);
        if (live) setUrl(made);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, conversationId, attachmentId]);
  if (!url) return <span className="h-8 w-8 shrink-0 rounded bg-muted-strong" />;
  // eslint-disable-next-line @next/next/no-img-element -- a local blob: URL, nothing to optimise
  return <img data-testid="conversation-thumbnail" src={url} alt="" className="h-8 w-8 shrink-0 rounded object-cover" />;
}
