import { SavedTheme } from "@/components/share/saved-theme";

/**
 * A 404 (or the shared page's "cannot be opened right now") in plain words with the way back to the app. A plain
 * link, not next/link: the root not-found ships in every page's first load, and a 404 needs no
 * client-side navigation (next/link alone added a 3.5 KB chunk to the chat page).
 */
export function NotFoundPage({ testId, title, body, home, homeTestId }: { testId: string; title: string; body: string; home: string; homeTestId?: string }) {
  return (
    <main data-testid={testId} className="mx-auto flex min-h-full max-w-xl flex-col items-start justify-center gap-4 px-4 py-16">
      <SavedTheme />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-base">{body}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above: next/link would load on every page */}
      <a href="/" data-testid={homeTestId} className="rounded-lg border px-4 py-2 font-medium underline-offset-4 hover:underline">
        {home}
      </a>
    </main>
  );
}
