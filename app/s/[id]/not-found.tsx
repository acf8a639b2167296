import Link from "next/link";

/** What a stranger sees for a revoked, expired or mistyped share link (status 404). */
export default function ShareNotFound() {
  return (
    <main data-testid="share-not-found" className="mx-auto flex min-h-full max-w-xl flex-col items-start justify-center gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">This link was revoked or has expired</h1>
      <p className="text-base">
        The person who shared this conversation may have removed it, or it was shared for a limited time. Ask them for a new
        link.
      </p>
      <Link href="/" className="rounded-lg border px-4 py-2 font-medium underline-offset-4 hover:underline">
        Open GLM Chat
      </Link>
    </main>
  );
}
