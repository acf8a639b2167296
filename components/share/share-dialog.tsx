"use client";

import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useFailureText } from "@/components/ui/use-error-text";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useChatStore } from "@/lib/store/chat-store";
import { createShare, updateShare } from "@/lib/share-client/api";
import { absoluteUrl, linkForConversation, linksSnapshot, loadLinks, parseLinks, saveLink, subscribeLinks, withExpiry, type SharedLink } from "@/lib/share-client/links";
import { buildShareBody, shareMediaSizes, shareSummary } from "@/lib/share-client/snapshot";
import { largestMediaBytes, mediaFit, totalBytes } from "@/lib/chat/request-size";
import { formatBytes } from "@/lib/format";
import { Button, buttonVariants } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { cn } from "@/lib/ui/cn";
import { longDate } from "@/lib/i18n/long-date";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { SharedLinksList } from "./shared-links-list";

type Phase = { kind: "idle" } | { kind: "working" } | { kind: "done"; link: SharedLink; updated: boolean; copied: boolean; /** Kept in this browser's list (not when storage is full). */ remembered: boolean } | { kind: "error"; message: string };


async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Says what becomes public, then creates (or updates) the link from a snapshot taken now. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  // A snapshot of the conversation when the dialog opened: what the user reads is what is sent.
  const t = useTranslations("share");
  const tc = useTranslations("common");
  const failure = useFailureText();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const [{ conversation, messages }] = useState(() => useChatStore.getState());
  const summary = useMemo(() => shareSummary(messages), [messages]);
  // Read live: a link revoked under "My shared links" below must leave this dialog at once. Read
  // once, the dialog kept offering the dead link (Copy, Open) and "Update link" for it.
  const raw = useSyncExternalStore(subscribeLinks, linksSnapshot, () => "[]");
  const links = useMemo(() => parseLinks(raw), [raw]);
  const existing = linkForConversation(links, conversation.id);
  const [includeMedia, setIncludeMedia] = useState(true);
  const [includeReasoning, setIncludeReasoning] = useState(false);
  const [shownPhase, setPhase] = useState<Phase>({ kind: "idle" });
  const revoked = shownPhase.kind === "done" && shownPhase.remembered && !links.some((l) => l.id === shownPhase.link.id);
  const phase: Phase = revoked ? { kind: "idle" } : shownPhase;
  const input = useRef<HTMLInputElement>(null);
  // Read here, in a dialog opened on demand: the answer arriving after the first screen re-renders
  // nothing else of the page for it.
  const { shareTtlDays, limits } = useServerInfo();
  const mediaSizes = useMemo(() => shareMediaSizes(messages), [messages]);
  // The button pressed is gone once the link exists: focus goes to the link (selected, ready to
  // copy), not to the dialog's frame, from which Tab reached Close. Once per link, not per Copy.
  const madeLink = shownPhase.kind === "done" ? shownPhase.link.id : null;
  useEffect(() => {
    if (madeLink) input.current?.focus();
  }, [madeLink]);

  const publish = async (mode: "create" | "update") => {
    setPhase({ kind: "working" });
    try {
      const body = await buildShareBody(conversation, messages, { includeMedia, includeReasoning });
      const now = Date.now();
      let link: SharedLink;
      if (mode === "update" && existing) {
        const { expiresAt } = await updateShare(existing.id, existing.deleteToken, body);
        link = withExpiry({ ...existing, title: body.title, messageCount: body.messages.length, updatedAt: now }, expiresAt);
      } else {
        const { expiresAt, ...created } = await createShare(body);
        link = withExpiry({ ...created, title: body.title, createdAt: now, messageCount: body.messages.length, conversationId: conversation.id }, expiresAt);
      }
      saveLink(link);
      const remembered = loadLinks().some((l) => l.id === link.id);
      const copied = await copy(absoluteUrl(link.url));
      setPhase({ kind: "done", link, updated: mode === "update", copied, remembered });
    } catch (e) {
      setPhase({ kind: "error", message: failure(e, t("failed")) });
    }
  };

  const working = phase.kind === "working";
  const carried = conversation.settings.carriedOver;
  const stale = existing && existing.messageCount !== summary.messages;
  // Nothing to include: a ticked box that does nothing is a false choice. Disabled (and unticked),
  // a screen reader says "unavailable", and the label says why ("none in this conversation").
  const hasMedia = summary.media + summary.pages > 0;
  // Known before any upload: files that cannot fit the server's SHARE_LIMIT_MB as base64 were
  // encoded (freezing the tab) and uploaded for a minute only to be refused.
  const tooLarge = includeMedia && hasMedia && limits.shareMb !== undefined && !mediaFit(mediaSizes, limits.shareMb);
  return (
    <Dialog testId="share-dialog" title={t("title")} onClose={onClose}>
      <div className="flex flex-col gap-3">
        <p data-testid="share-explainer">
          {t("explainer", { messages: summary.messages, media: summary.media, pages: summary.pages, attached: summary.media + summary.pages ? "yes" : "no" })}
        </p>
        {/* The reader is told on the shared page; the sharer must not think the earlier chat goes too. */}
        {carried && (
          <p data-testid="share-continues-note" className="text-sm text-muted-fg">
            {t("continues", { included: carried.included })}
          </p>
        )}
        <fieldset className="flex flex-col gap-1.5" disabled={working}>
          <label className={cn("flex items-center gap-2", !hasMedia && "text-muted-fg")}>
            <input type="checkbox" data-testid="share-include-images" checked={includeMedia && hasMedia} disabled={!hasMedia} onChange={(e) => setIncludeMedia(e.target.checked)} />
            {t("includeMedia", { media: summary.media + summary.pages })}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" data-testid="share-include-reasoning" checked={includeReasoning} onChange={(e) => setIncludeReasoning(e.target.checked)} />
            {t("includeReasoning", { has: summary.reasoning ? "yes" : "no" })}
          </label>
        </fieldset>
        {tooLarge && phase.kind !== "done" && (
          <p role="alert" data-testid="share-too-large" className="flex flex-wrap items-center gap-2 rounded-lg bg-warning-soft px-3 py-2 text-warning-fg">
            {t("tooLarge", { size: formatBytes(totalBytes(mediaSizes)), limit: formatBytes(largestMediaBytes(limits.shareMb ?? 0)) })}
            <Button variant="secondary" size="sm" data-testid="share-without-media" onClick={() => setIncludeMedia(false)}>
              {t("withoutMedia")}
            </Button>
          </p>
        )}
        {existing && phase.kind !== "done" && (
          <p data-testid="share-existing-notice" data-stale={stale ? "true" : "false"} className="rounded-lg bg-warning-soft px-3 py-2 text-warning-fg">
            {stale
              ? t("stale", { count: existing.messageCount, now: summary.messages })
              : t("already")}
          </p>
        )}
        {phase.kind === "error" && (
          <p role="alert" data-testid="share-error" className="text-danger-fg">{phase.message}</p>
        )}
        {/* Always there, so the words that arrive in it are read out: a status region added
            together with its text is not announced by every screen reader. */}
        <div role="status" data-testid="share-status-region" className={phase.kind === "done" ? "flex flex-col gap-1" : "sr-only"}>
          {phase.kind === "done" && (
            <>
              <p data-testid="share-status">
                {/* One message, not two joined by a space: Chinese sentences take none after "。". */}
                {t("status", { done: phase.updated ? "updated" : "created", copied: phase.copied ? "yes" : "no" })}
              </p>
              {/* The server's SHARE_TTL_DAYS: whoever passes the link on must know it stops working. */}
              {phase.link.expiresAt !== undefined && (
                <p data-testid="share-expiry" className="text-sm text-muted-fg">
                  {t("expires", { date: longDate(phase.link.expiresAt, locale, timeZone) })}
                </p>
              )}
            </>
          )}
        </div>
        {phase.kind === "done" && (
          <div className="-mt-2 flex flex-col gap-1">
            <div className="flex gap-2">
              <input ref={input} readOnly data-testid="share-link" aria-label={t("linkField")} value={absoluteUrl(phase.link.url)} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-line-strong bg-subtle px-2 py-1 font-mono text-xs" />
              <Button
                variant="secondary"
                size="sm"
                data-testid="share-copy-button"
                onClick={async () => {
                  const copied = await copy(absoluteUrl(phase.link.url));
                  if (!copied) input.current?.select();
                  setPhase({ ...phase, copied });
                }}
              >
                {tc("copy")}
              </Button>
              <a href={phase.link.url} target="_blank" rel="noopener" data-testid="share-open-link" className={buttonVariants({ variant: "secondary", size: "sm" })}>
                {t("open")}
              </a>
            </div>
          </div>
        )}
        {/* Before the link exists: whoever shares must know, before choosing, that it will stop working. */}
        {phase.kind !== "done" && shareTtlDays !== undefined && (
          <p data-testid="share-lifetime" className="text-sm text-muted-fg">
            {t("lifetime", { days: shareTtlDays })}
          </p>
        )}
        {phase.kind !== "done" && (
          <div className="flex justify-end gap-2">
            {/* Updating comes first: a second link would leave the first one public too. */}
            {existing && (
              <Button variant="primary" data-testid="share-update-button" data-recommended="true" disabled={working || tooLarge} onClick={() => void publish("update")}>
                {t("update")}
              </Button>
            )}
            <Button variant={existing ? "secondary" : "primary"} data-testid="share-create-button" disabled={working || tooLarge} onClick={() => void publish("create")}>
              {working ? t("sharing") : existing ? t("createNew") : t("create")}
            </Button>
          </div>
        )}
        <details data-testid="my-shared-links" className="border-t border-line pt-2">
          <summary data-testid="my-shared-links-toggle" className="cursor-pointer text-muted-fg">{t("myLinks")}</summary>
          <div className="mt-2">
            <SharedLinksList />
          </div>
        </details>
      </div>
    </Dialog>
  );
}
