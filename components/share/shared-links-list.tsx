"use client";

import { useFormatter, useLocale, useTimeZone, useTranslations } from "next-intl";
import { useFailureText } from "@/components/ui/use-error-text";
import { useMemo, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/markdown/copy-button";
import { revokeShare } from "@/lib/share-client/api";
import { longDate } from "@/lib/i18n/long-date";
import { absoluteUrl, linksSnapshot, parseLinks, removeLink, revokedSnapshot, subscribeLinks } from "@/lib/share-client/links";

/** After the confirm row closes, focus stays on the row's Revoke (Cancel, which may have had it, is gone). */
const focusRevoke = (row: Element | null) => row?.querySelector<HTMLElement>("[data-testid=revoke-share-button]")?.focus();

/**
 * "My shared links": what this browser published, each with Copy link and Revoke (needs the
 * stored token). Revoking cannot be undone (the server forgets the share), so it asks first, in
 * the row: the same button, now "Yes, revoke", keeps focus, and Escape or Keep cancels.
 */
export function SharedLinksList() {
  const t = useTranslations("share");
  const format = useFormatter();
  const locale = useLocale();
  const timeZone = useTimeZone();
  // When the list opened: a link whose day has passed says "expired" (the server no longer serves it).
  const [openedAt] = useState(() => Date.now());
  const failure = useFailureText();
  const raw = useSyncExternalStore(subscribeLinks, linksSnapshot, () => "[]");
  const revokedBefore = useSyncExternalStore(subscribeLinks, () => revokedSnapshot(), () => false);
  const links = useMemo(() => parseLinks(raw), [raw]);
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const revoke = async (id: string, token: string) => {
    setBusy(id);
    setError(null);
    setStatus("");
    try {
      await revokeShare(id, token);
      removeLink(id);
      setStatus(t("revoked"));
    } catch (e) {
      setError(failure(e, t("revokeFailed")));
    } finally {
      setBusy(null);
      setAsking(null);
    }
  };

  // Escape while asking cancels the question; the dialog stays (Dialog lets [data-own-escape] keep it).
  const onRowKey = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.key !== "Escape") return;
    setAsking(null);
    focusRevoke(e.currentTarget);
  };

  return (
    <div>
      {error && <p role="alert" data-testid="revoke-error" className="mb-2 text-danger-fg">{error}</p>}
      {links.length ? (
        <ul data-testid="shared-links-list" className="flex max-h-64 flex-col gap-1 overflow-y-auto">
          {links.map((l) => {
            const ask = asking === l.id;
            const questionId = `revoke-ask-${l.id}`;
            return (
              <li
                key={l.id}
                data-testid="shared-link-item"
                data-share-id={l.id}
                data-asking={ask || undefined}
                data-own-escape={ask || undefined}
                onKeyDown={ask ? onRowKey : undefined}
                className="flex items-center gap-2 rounded-lg border border-line px-2 py-1.5"
              >
                <div className="min-w-0 flex-1">
                  <a href={l.url} target="_blank" rel="noopener" data-testid="shared-link-open" className="block truncate font-medium hover:underline">
                    {l.title}
                  </a>
                  {ask ? (
                    <p id={questionId} data-testid="revoke-question" className="text-xs text-danger-fg">{t("revokeAsk")}</p>
                  ) : (
                    <p className="truncate text-xs text-muted-fg" title={absoluteUrl(l.url)}>
                      {t("linkMeta", { count: l.messageCount, date: format.dateTime(l.updatedAt ?? l.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                      {l.expiresAt !== undefined && (
                        <span data-testid="shared-link-expiry">
                          {t("linkExpiry", { past: l.expiresAt <= openedAt ? "yes" : "no", date: longDate(l.expiresAt, locale, timeZone) })}
                        </span>
                      )}
                    </p>
                  )}
                </div>
                {ask ? (
                  <Button variant="ghost" size="sm" data-testid="revoke-cancel-button" disabled={busy === l.id} onClick={(e) => {
                      setAsking(null);
                      focusRevoke(e.currentTarget.closest("li"));
                    }}>
                    {t("keep")}
                  </Button>
                ) : (
                  <CopyButton text={() => absoluteUrl(l.url)} testId="copy-share-link" label={t("copyLink")} className="shrink-0" />
                )}
                {/* One element in both states, so focus stays on it from "Revoke" to "Yes, revoke". */}
                <Button
                  variant="danger-ghost"
                  size="sm"
                  data-testid="revoke-share-button"
                  data-confirm={ask || undefined}
                  aria-describedby={ask ? questionId : undefined}
                  disabled={busy === l.id}
                  onClick={() => (ask ? void revoke(l.id, l.deleteToken) : setAsking(l.id))}
                  className="shrink-0 border border-danger-line"
                >
                  {busy === l.id ? t("revoking") : ask ? t("revokeConfirm") : t("revoke")}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p data-testid="shared-links-empty" data-revoked={revokedBefore || undefined} className="text-muted-fg">
          {revokedBefore ? t("noLinksLeft") : t("noLinks")}
        </p>
      )}
      {/* Always mounted, so the words are announced when they arrive (also when the list empties). */}
      <p role="status" data-testid="revoke-status" className={status ? "mt-2 text-muted-fg" : undefined}>
        {status}
      </p>
    </div>
  );
}
