"use client";

import { useEffect, useState } from "react";
import { useDraftStore } from "@/lib/store/draft-store";

interface Queued {
  /** The tray's refusals when Send was pressed: a new one while waiting means "look first". */
  errors: unknown[];
  key: string | null;
}

// Drafts whose waiting Send was dropped because another chat was shown. Module-wide, so the note
// is still there when the user comes back, however the composer was mounted meanwhile.
const leftUnsent = new Set<string>();

/**
 * Send (or Enter) while a file is still being prepared (or the page has not yet taken its
 * address, `waiting`): the message goes as soon as it can, as the user asked, instead of the press
 * doing nothing. A file refused meanwhile, another chat shown, or Cancel drops the request; what
 * was typed and attached stays. Leaving the chat is not a "no": it is not sent into a chat nobody
 * is looking at, but the chat says so when it is back (`leftUnsent`), with Send one press away.
 */
export function useSendWhenReady(submit: () => void, waiting: boolean) {
  const errors = useDraftStore((s) => s.errors);
  const key = useDraftStore((s) => s.key);
  const [queued, setQueued] = useState<Queued | null>(null);
  const [, noteChanged] = useState(0);

  useEffect(() => {
    // Pressed before the page knew its chat (key null): the chat it then shows is that one.
    const sameChat = queued?.key === key || queued?.key === null;
    if (!queued || (sameChat && waiting)) return;
    setQueued(null);
    if (!sameChat) {
      leftUnsent.add(queued.key!);
      return;
    }
    const refusedMeanwhile = errors !== queued.errors && errors.length > 0;
    if (!refusedMeanwhile) submit();
  }, [queued, key, waiting, errors, submit]);

  const forgetLeft = () => {
    if (key !== null && leftUnsent.delete(key)) noteChanged((n) => n + 1);
  };
  return {
    queued: queued !== null,
    leftUnsent: key !== null && leftUnsent.has(key),
    queue: () => {
      forgetLeft();
      setQueued({ errors, key });
    },
    cancel: () => setQueued(null),
    forgetLeft,
  };
}
