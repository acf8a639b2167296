"use client";

import { glyphs } from "@/components/ui/glyphs";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { HEADER_WORDS_WIDE } from "@/components/chat/header-fit";
import { announceSession } from "@/lib/store/session-sync";
import { stopAnswersForSignOut } from "@/lib/store/chat-store";

/** Ends the session and goes back to the sign-in page, and so do the browser's other tabs. */
export async function signOut(): Promise<void> {
  // Running answers first: saved saying they stopped for the sign-out, before the page leaves.
  await stopAnswersForSignOut();
  await fetch("/api/session", { method: "DELETE" }).catch(() => {});
  announceSession({ type: "signed-out" });
  location.assign("/");
}

/** Shown in the header on a private server: who is signed in, and the way out. */
export function SignOutButton({ user }: { user: string }) {
  const t = useTranslations("access");
  return (
    <Button data-testid="sign-out" onClick={signOut} title={t("signedInAs", { user })} aria-label={t("signOutUser", { user })} className="max-w-56 px-2">
      {glyphs["log-out"]}
      <span className={HEADER_WORDS_WIDE}>{t("signOutUser", { user })}</span>
    </Button>
  );
}
