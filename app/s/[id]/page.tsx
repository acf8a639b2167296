import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SharedAgentTimeline } from "@/components/share/shared-agent-timeline";
import { ContinueSharedChat } from "@/components/share/continue-shared-chat";
import { LocalDate } from "@/components/share/local-date";
import { turnMediaByIndex } from "@/components/share/shared-message";
import { SharedMessageRun } from "@/components/share/shared-message-run";
import { SharePager } from "@/components/share/share-pager";
import { NotFoundPage } from "@/components/not-found/not-found-page";
import { headers } from "next/headers";
import { isPrivate, sessionFromCookieHeader } from "@/lib/server/access/guard";
import { getEnv } from "@/lib/server/env";
import { sharePage } from "@/lib/server/share/paging";
import { firstImage, formatDate, loadShare, previewText } from "./load";

// Read on every request: a revoked or expired link is 404 at once, never served from a cache.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const read = await loadShare((await params).id);
  const t = await getTranslations("shared");
  if (read.state === "unavailable") return { title: t("unavailableMeta"), robots: { index: false } };
  if (read.state === "missing") return { title: t("notFoundMeta"), robots: { index: false } };
  const { share } = read;
  const description = previewText(share);
  // Absolute links only from PUBLIC_URL: Host and X-Forwarded-Host are whatever the client sent.
  const base = getEnv().PUBLIC_URL;
  const image = base ? firstImage(share) : undefined;
  const images = image ? [{ url: image }] : undefined;
  return {
    metadataBase: base ? new URL(`${base}/`) : undefined,
    title: t("titleMeta", { title: share.title }),
    description,
    // Shared by link, not published: keep it out of search engines.
    robots: { index: false, follow: false },
    openGraph: { type: "article", title: share.title, description, siteName: "GLM Chat", url: base ? share.url : undefined, images },
    twitter: { card: image ? "summary_large_image" : "summary", title: share.title, description, images: image ? [image] : undefined },
  };
}

export default async function SharedConversationPage({ params, searchParams }: Props) {
  const read = await loadShare((await params).id);
  if (read.state === "missing") notFound();
  const t = await getTranslations("shared");
  // The link may well exist: say "not now", not "gone" (Next gives a page no 503 of its own).
  if (read.state === "unavailable") {
    return <NotFoundPage testId="share-unavailable" homeTestId="share-unavailable-home" title={t("unavailableTitle")} body={t("unavailableBody")} home={t("open")} />;
  }
  const { share } = read;
  const { expiresAt } = share;
  const locale = await getLocale();
  // A private server's visitor without a session: "Continue this chat" leads through the sign-in.
  const signInFirst = isPrivate() && !sessionFromCookieHeader((await headers()).get("cookie"));
  const media = turnMediaByIndex(share.messages);
  const slice = sharePage(share.messages, (await searchParams).page);
  const pager = <SharePager shareId={share.id} page={slice.page} pages={slice.pages} start={slice.start} end={slice.end} total={share.messages.length} />;
  return (
    <main className="mx-auto flex min-h-full max-w-3xl flex-col px-4 py-8">
      <header className="mb-6 border-b border-line pb-4">
        <p className="text-xs uppercase tracking-wide text-muted-fg">{t("label")}</p>
        <h1 data-testid="shared-title" className="mt-1 text-2xl font-semibold break-words">{share.title}</h1>
        <p className="mt-1 text-sm text-muted-fg">
          {/* Each day in the reader's time zone once the page runs; the HTML's is the UTC one. */}
          <LocalDate testId="shared-date" ms={share.createdAt} locale={locale} />
          {share.updatedAt !== share.sharedAt && t.rich("updated", { date: formatDate(share.updatedAt, locale), local: () => <LocalDate testId="shared-updated-date" ms={share.updatedAt} locale={locale} /> })}
        </p>
        {/* The sharer's server ends links after SHARE_TTL_DAYS: a reader may want to keep a copy before then. */}
        {expiresAt !== null && (
          <p data-testid="shared-expiry" className="mt-1 text-sm text-muted-fg">
            {t.rich("expires", { date: formatDate(expiresAt, locale), local: () => <LocalDate testId="shared-expiry-date" ms={expiresAt} locale={locale} /> })}
          </p>
        )}
        {share.continues && (
          <p data-testid="shared-continues" className="mt-3 text-sm text-muted-fg">
            {t("continues", { included: share.continues.included })}
          </p>
        )}
      </header>
      {share.agent ? (
        <SharedAgentTimeline agent={share.agent} messages={share.messages} />
      ) : (
        <>
          {pager}
          <div data-testid="shared-messages" className="flex flex-1 flex-col gap-6">
            <SharedMessageRun messages={share.messages} from={slice.start} end={slice.end} media={media} plain={slice.plain} />
          </div>
          {pager}
        </>
      )}
      <footer className="mt-10 flex items-center justify-between gap-4 border-t border-line pt-4">
        <p className="text-sm text-muted-fg">{t("from")}</p>
        <ContinueSharedChat shareId={share.id} signInFirst={signInFirst} />
      </footer>
    </main>
  );
}
