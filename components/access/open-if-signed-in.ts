"use client";

import { z } from "zod/mini";

const sessionSchema = z.object({ signedIn: z.boolean() });
const LAST_TRY = "glm-chat:sign-in-recheck";

/**
 * A sign-in page hears another tab's sign-in only once its script listens (use-session-sync.ts):
 * one announced while it loaded (signing out in one tab sends every tab here at once, and the
 * first to sign in announces at once) was missed, and the page stayed at sign-in for good. So
 * once it listens it asks the server, and opens the app if this browser is signed in after all.
 * At most once in ten seconds: a server that shows sign-in to a signed-in browser must not loop.
 */
export async function openAppIfSignedIn(): Promise<void> {
  const res = await fetch("/api/session", { cache: "no-store" }).catch(() => null);
  const session = sessionSchema.safeParse(await res?.json().catch(() => null));
  if (!session.success || !session.data.signedIn) return;
  const last = Number(sessionStorage.getItem(LAST_TRY) ?? 0);
  if (Date.now() - last < 10_000) return;
  sessionStorage.setItem(LAST_TRY, String(Date.now()));
  location.reload();
}
