"use client";

import { useEffect, useState } from "react";
import { useDraftStore } from "@/lib/store/draft-store";

interface Queued {
  /** The tray's refusals when Send was pressed: a new one while waiting means "look first". */
  errors: unknown[];
  key: string | null;
}

/**
 * Send (or Enter) while a file is still being prepared (or the page has not yet taken its
 * address, `waiting`): the message goes as soon as it can, as the user asked, instead of the press
 * doing nothing. A file refused meanwhile, another chat shown, or Cancel drops the request; what
 * was typed and attached stays.
 */
export function useSendWhenReady(submit: () => void, waiting: boolean) {
  const errors = useDraftStore((s) => s.errors);
  const key = useDraftStore((s) => s.key);
  const [queued, setQueued] = useState<Queued | null>(null);

  useEffect(() => {
    // Pressed before the page knew its chat (key null): the chat it then shows is that one.
    const sameChat = queued?.key === key || queued?.key === null;
    if (!queued || (sameChat && waiting)) return;
    setQueued(null);
    const refusedMeanwhile = errors !== queued.errors && errors.length > 0;
    if (sameChat && !refusedMeanwhile) submit();
  }, [queued, key, waiting, errors, submit]);

  return {
    queued: queued !== null,
    queue: () => setQueued({ errors, key }),
    cancel: () => setQueued(null),
  };
}
