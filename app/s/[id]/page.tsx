import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ContinueSharedChat } from "@/components/share/continue-shared-chat";
import { SharedMessage, turnMediaByIndex } from "@/components/share/shared-message";
import { firstImage, formatDate, loadShare, previewText } from "./load";

// Read on every request: a revoked or expired link is 404 at once, never served from a cache.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Props = { params: Promise<{ id: string }> };

async function origin(): Promise<URL | undefined> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return undefined;
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  try {
    return new URL(`${proto}://${host}`);
  } catch {
    return undefined;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const share = await loadShare((await params).id);
  if (!share) return { title: "Link not found · GLM Chat", robots: { index: false } };
  const description = previewText(share);
  const image = firstImage(share);
  const images = image ? [{ url: image }] : undefined;
  return {
    metadataBase: await origin(),
    title: `${share.title} · GLM Chat`,
    description,
    // Shared by link, not published: keep it out of search engines.
    robots: { index: false, follow: false },
    openGraph: { type: "article", title: share.title, description, siteName: "GLM Chat", url: share.url, images },
    twitter: { card: image ? "summary_large_image" : "summary", title: share.title, description, images: image ? [image] : undefined },
  };
}

export default async function SharedConversationPage({ params }: Props) {
  const share = await loadShare((await params).id);
  if (!share) notFound();
  const media = turnMediaByIndex(share.messages);
  return (
    <main className="mx-auto flex min-h-full max-w-3xl flex-col px-4 py-8">
      <header className="mb-6 border-b border-line pb-4">
        <p className="text-xs uppercase tracking-wide text-muted-fg">Shared conversation · read-only</p>
        <h1 data-testid="shared-title" className="mt-1 text-2xl font-semibold break-words">{share.title}</h1>
        <p className="mt-1 text-sm text-muted-fg">
          <time data-testid="shared-date" dateTime={new Date(share.createdAt).toISOString()}>{formatDate(share.createdAt)}</time>
          {share.updatedAt !== share.sharedAt && <> · updated {formatDate(share.updatedAt)}</>}
        </p>
      </header>
      <div data-testid="shared-messages" className="flex flex-1 flex-col gap-6">
        {share.messages.map((m, i) => (
          <SharedMessage key={i} message={m} turnMedia={media.get(i)} />
        ))}
      </div>
      <footer className="mt-10 flex items-center justify-between gap-4 border-t border-line pt-4">
        <p className="text-sm text-muted-fg">Shared from GLM Chat</p>
        <ContinueSharedChat shareId={share.id} />
      </footer>
    </main>
  );
}
