"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { loadLinks } from "@/lib/share-client/links";
import { useChatStore } from "@/lib/store/chat-store";
import { countConversations } from "@/lib/store/persist/conversations";

type Step = { kind: "asking" } | { kind: "deleting" } | { kind: "sharesLeft"; count: number } | { kind: "failed" };

/**
 * "Delete all data": behind a question that names what goes. The shared links are deleted on the
 * server too unless the user unticks it: their tokens leave with the list, and a link left online
 * then could no longer be deleted by anyone (unless an export kept the tokens). Nothing here is
 * deleted until the server has deleted every link asked for, so a failure leaves the choice open.
 */
export function DeleteAllData() {
  const t = useTranslations("deleteAll");
  const [open, setOpen] = useState(false);
  return (
    <section className="space-y-2 border-t border-line pt-4">
      <Button variant="danger-outline" data-testid="delete-all-button" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden /> {t("button")}
      </Button>
      {open && <DeleteAllDialog onClose={() => setOpen(false)} />}
    </section>
  );
}

function DeleteAllDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("deleteAll");
  const listed = useChatStore((s) => s.conversations.length);
  // Counted in the database: the history's list is only what this tab has read, and the number
  // must be what goes. Until the count is in (or if it fails) the list's number stands in.
  const [stored, setStored] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    countConversations().then((n) => live && setStored(n), () => {});
    return () => {
      live = false;
    };
  }, []);
  const conversations = stored ?? listed;
  const [links, setLinks] = useState(loadLinks);
  const [alsoShares, setAlsoShares] = useState(true);
  const [step, setStep] = useState<Step>({ kind: "asking" });
  const scoped = typeof document !== "undefined" && !!document.documentElement.dataset.storageScope;

  const confirm = async () => {
    setStep({ kind: "deleting" });
    try {
      // Fetched on use: nobody's page start pays for deleting everything.
      const { deleteAllData, deleteSharesOnServer, startAfresh } = await import("@/lib/store/delete-all");
      if (alsoShares && links.length) {
        const left = await deleteSharesOnServer(links);
        if (left.length) {
          setLinks(left);
          setStep({ kind: "sharesLeft", count: left.length });
          return;
        }
      }
      await deleteAllData();
      startAfresh();
    } catch {
      setStep({ kind: "failed" });
    }
  };

  const busy = step.kind === "deleting";
  return (
    <Dialog testId="delete-all-dialog" title={t("title")} onClose={() => !busy && onClose()} className="space-y-3">
      <p data-testid="delete-all-what">{t("what", { conversations, shares: links.length })}</p>
      {scoped && <p className="text-muted-fg">{t("onlyYours")}</p>}
      {links.length > 0 && (
        <>
          <p data-testid="delete-all-shares-note" className="text-muted-fg">{t("sharesStayOnline")}</p>
          <label className="flex items-start gap-2">
            <input type="checkbox" data-testid="delete-all-shares" className="mt-1" checked={alsoShares} disabled={busy} onChange={(e) => setAlsoShares(e.currentTarget.checked)} />
            <span>{t("alsoShares", { count: links.length })}</span>
          </label>
        </>
      )}
      <p className="font-medium">{t("cannotUndo")}</p>
      {(step.kind === "sharesLeft" || step.kind === "failed") && (
        <p role="alert" data-testid="delete-all-error" className="text-danger-fg">
          {step.kind === "sharesLeft" ? t("sharesLeft", { count: step.count }) : t("failed")}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" data-testid="delete-all-cancel" disabled={busy} onClick={onClose}>
          {t("cancel")}
        </Button>
        <Button variant="danger" data-testid="delete-all-confirm" disabled={busy} onClick={() => void confirm()}>
          {busy ? t("deleting") : t("confirm")}
        </Button>
      </div>
    </Dialog>
  );
}
