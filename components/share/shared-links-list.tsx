"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useFailureText } from "@/components/ui/use-error-text";
import { useMemo, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { revokeShare } from "@/lib/share-client/api";
import { absoluteUrl, linksSnapshot, parseLinks, removeLink, subscribeLinks } from "@/lib/share-client/links";


/** "My shared links": what this browser published, each with Revoke (needs the stored token). */
export function SharedLinksList() {
  const t = useTranslations("share");
  const format = useFormatter();
  const failure = useFailureText();
  const raw = useSyncExternalStore(subscribeLinks, linksSnapshot, () => "[]");
  const links = useMemo(() => parseLinks(raw), [raw]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const revoke = async (id: string, token: string) => {
    setBusy(id);
    setError(null);
    try {
      await revokeShare(id, token);
      removeLink(id);
    } catch (e) {
      setError(failure(e, t("revokeFailed")));
    } finally {
      setBusy(null);
    }
  };

  if (!links.length) return <p data-testid="shared-links-empty" className="text-muted-fg">{t("noLinks")}</p>;
  return (
    <div>
      {error && <p role="alert" data-testid="revoke-error" className="mb-2 text-danger-fg">{error}</p>}
      <ul data-testid="shared-links-list" className="flex max-h-64 flex-col gap-1 overflow-y-auto">
        {links.map((l) => (
          <li key={l.id} data-testid="shared-link-item" data-share-id={l.id} className="flex items-center gap-2 rounded-lg border border-line px-2 py-1.5">
            <div className="min-w-0 flex-1">
              <a href={l.url} target="_blank" rel="noopener" data-testid="shared-link-open" className="block truncate font-medium hover:underline">
                {l.title}
              </a>
              <p className="truncate text-xs text-muted-fg" title={absoluteUrl(l.url)}>
                {t("linkMeta", { count: l.messageCount, date: format.dateTime(l.updatedAt ?? l.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            </div>
            <Button
              variant="danger-ghost"
              size="sm"
              data-testid="revoke-share-button"
              disabled={busy === l.id}
              onClick={() => void revoke(l.id, l.deleteToken)}
              className="border border-danger-line"
            >
              {busy === l.id ? t("revoking") : t("revoke")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
