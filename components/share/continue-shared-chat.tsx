"use client";

import { useTranslations } from "next-intl";
import { useFailureText } from "@/components/ui/use-error-text";
import { useEffect, useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { continueShare } from "@/lib/share-client/continue";
import { rememberContinueIntent } from "@/lib/share-client/continue-intent";

/**
 * Imports the snapshot into this browser's history (fresh ids) and opens it at /c/<newId>.
 * Without JavaScript the link still leads into the app at `/?import=<id>`. `signInFirst`: a private
 * server's visitor without a session follows that link too: the sign-in form there says why, and the
 * copy is made once signed in, into that person's own chats.
 */
export function ContinueSharedChat({ shareId, signInFirst = false }: { shareId: string; signInFirst?: boolean }) {
  const t = useTranslations("share");
  const failure = useFailureText();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  // A click before hydration follows the href and is asked to confirm at /?import=; tests that
  // mean the scripted path wait for this mark.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const go = async () => {
    if (state.busy) return;
    setState({ busy: true });
    try {
      const id = await continueShare(shareId);
      window.location.assign(`/c/${encodeURIComponent(id)}`);
    } catch (e) {
      setState({ busy: false, error: failure(e, t("continueFailed")) });
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <a
        data-testid="continue-shared-chat"
        href={`/?import=${encodeURIComponent(shareId)}`}
        data-hydrated={hydrated || undefined}
        aria-disabled={state.busy || undefined}
        onClick={(e) => {
          if (signInFirst) return rememberContinueIntent(shareId);
          e.preventDefault();
          void go();
        }}
        className={buttonVariants({ variant: "primary", className: "aria-disabled:opacity-60" })}
      >
        {state.busy ? t("continuing") : t("continue")}
      </a>
      {state.error && <p role="alert" data-testid="continue-error" className="text-sm text-danger-fg">{state.error}</p>}
    </div>
  );
}
