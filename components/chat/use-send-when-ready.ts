"use client";

import { useEffect, useState } from "react";
import { useDraftStore } from "@/lib/store/draft-store";

interface Queued {
  /** The tray's refusals when Send was pressed: a new one while waiting means "look first". */
  errors: unknown[];
  key: string | null;
}

/**
 * Send (or Enter) while a file is still being prepared: the message goes as soon as the files are
 * ready, as the user asked, instead of the press doing nothing. A file refused meanwhile, another
 * chat shown, or Cancel drops the request; what was typed and attached stays.
 */
export function useSendWhenReady(submit: () => void) {
  const pending = useDraftStore((s) => s.pending);
  const errors = useDraftStore((s) => s.errors);
  const key = useDraftStore((s) => s.key);
  const [queued, setQueued] = useState<Queued | null>(null);

  useEffect(() => {
    if (!queued || (queued.key === key && pending > 0)) return;
    setQueued(null);
    const refusedMeanwhile = errors !== queued.errors && errors.length > 0;
    if (queued.key === key && !refusedMeanwhile) submit();
  }, [queued, key, pending, errors, submit]);

  return {
    queued: queued !== null,
    queue: () => setQueued({ errors, key }),
    cancel: () => setQueued(null),
  };
}
