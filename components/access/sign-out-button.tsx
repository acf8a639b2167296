"use client";

import { useTranslations } from "next-intl";

/** Shown in the header on a private server: who is signed in, and the way out. */
export function SignOutButton({ user }: { user: string }) {
  const t = useTranslations("access");
  const signOut = async () => {
    await fetch("/api/session", { method: "DELETE" }).catch(() => {});
    location.assign("/");
  };
  return (
    <button
      type="button"
      data-testid="sign-out"
      onClick={signOut}
      title={t("signedInAs", { user })}
      className="rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      {t("signOut")}<span className="sr-only"> ({user})</span>
    </button>
  );
}
