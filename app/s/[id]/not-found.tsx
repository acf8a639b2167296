import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SavedTheme } from "@/components/share/saved-theme";

/** What a stranger sees for a revoked, expired or mistyped share link (status 404). */
export default async function ShareNotFound() {
  const t = await getTranslations("shared");
  return (
    <main data-testid="share-not-found" className="mx-auto flex min-h-full max-w-xl flex-col items-start justify-center gap-4 px-4 py-16">
      <SavedTheme />
      <h1 className="text-2xl font-semibold">{t("goneTitle")}</h1>
      <p className="text-base">{t("goneBody")}</p>
      <Link href="/" className="rounded-lg border px-4 py-2 font-medium underline-offset-4 hover:underline">
        {t("open")}
      </Link>
    </main>
  );
}
