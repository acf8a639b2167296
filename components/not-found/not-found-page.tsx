import Link from "next/link";
import { SavedTheme } from "@/components/share/saved-theme";

/** A 404 in plain words with the way back to the app (Next serves it in its error shell). */
export function NotFoundPage({ testId, title, body, home, homeTestId }: { testId: string; title: string; body: string; home: string; homeTestId?: string }) {
  return (
    <main data-testid={testId} className="mx-auto flex min-h-full max-w-xl flex-col items-start justify-center gap-4 px-4 py-16">
      <SavedTheme />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-base">{body}</p>
      <Link href="/" data-testid={homeTestId} className="rounded-lg border px-4 py-2 font-medium underline-offset-4 hover:underline">
        {home}
      </Link>
    </main>
  );
}
