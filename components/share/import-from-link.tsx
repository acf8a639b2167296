"use client";

import { useTranslations } from "next-intl";
import { takeContinueIntent } from "@/lib/share-client/continue-intent";
import { useEffect, useState } from "react";
import type { PublicShare } from "@/lib/server/share/view";
import { lazyPart } from "@/components/ui/lazy-part";
import { Button } from "@/components/ui/button";

// Only when the address asks to import: the dialog primitives stay out of the first load.
const Dialog = lazyPart(() => import("@/components/ui/dialog").then((m) => m.Dialog));

type State =
  | { phase: "idle" }
  | { phase: "loading" }
  | { phase: "asking"; share: PublicShare }
  | { phase: "busy" }
  | { phase: "failed" };


/** Drops `?import=` from the address so a reload does not ask again. */
function forgetImportParam() {
  const url = new URL(window.location.href);
  url.searchParams.delete("import");
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
}

/** Copies the share into this browser's history and opens the copy. */
function copyIn(share: PublicShare, setState: (state: State) => void) {
  setState({ phase: "busy" });
  import("@/lib/share-client/continue")
    .then(({ importShare }) => importShare(share))
    .then((id) => window.location.replace(`/c/${encodeURIComponent(id)}`))
    .catch(() => setState({ phase: "failed" }));
}

/**
 * `/?import=<shareId>`: the "Continue this chat" link opened in a new tab (or followed before the
 * shared page's script ran). A link anyone can send must not write into this browser's history
 * by itself, so it asks first; Cancel leaves the history as it was.
 */
export function ImportFromLink() {
  const t = useTranslations("share");
  const [state, setState] = useState<State>({ phase: "idle" });
  useEffect(() => {
    const shareId = new URLSearchParams(window.location.search).get("import");
    if (!shareId || !/^[A-Za-z0-9_-]{16,64}$/.test(shareId)) return;
    setState({ phase: "loading" });
    import("@/lib/share-client/continue")
      .then(({ fetchShare }) => fetchShare(shareId))
      // Continue clicked on the shared page before signing in: already asked, and answered.
      .then((share) => (takeContinueIntent(shareId) ? copyIn(share, setState) : setState({ phase: "asking", share })))
      .catch(() => setState({ phase: "failed" }));
  }, []);

  const cancel = () => {
    forgetImportParam();
    setState({ phase: "idle" });
  };
  const confirm = (share: PublicShare) => copyIn(share, setState);

  if (state.phase === "idle") return null;
  if (state.phase === "asking") {
    const { share } = state;
    const system = share.messages.some((m) => m.role === "system");
    return (
      <Dialog testId="import-dialog" title={t("importTitle")} onClose={cancel}>
        <p data-testid="import-dialog-summary" className="break-words">
          {t("importSummary", { title: share.title, count: share.messages.length })}
        </p>
        {system && (
          <p data-testid="import-dialog-system" className="mt-2 text-muted-fg">
            {t("importSystem")}
          </p>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <Button data-testid="import-cancel" onClick={cancel}>
            {t("cancel")}
          </Button>
          <Button variant="primary" data-testid="import-confirm" onClick={() => confirm(share)}>
            {t("importConfirm")}
          </Button>
        </div>
      </Dialog>
    );
  }
  return (
    <p role="status" data-testid="import-from-link" className="mx-auto mt-3 max-w-3xl rounded-lg bg-muted px-3 py-2 text-sm">
      {state.phase === "failed"
        ? t("importFailed")
        : state.phase === "busy"
          ? t("importBusy")
          : t("importLoading")}
    </p>
  );
}
