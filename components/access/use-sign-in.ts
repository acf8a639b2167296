"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { errorEnvelopeSchema } from "@/lib/errors";
import { announceSession } from "@/lib/store/session-sync";

type Refusal = { text: string } | { until: number; seconds: number };

/** Why a sign-in was refused, in the reader's words, or until when guessing is throttled. */
async function refusalOf(res: Response, t: ReturnType<typeof useTranslations<"access">>, explain: ReturnType<typeof useErrorText>): Promise<Refusal> {
  const envelope = errorEnvelopeSchema.safeParse(await res.json().catch(() => null));
  if (res.status === 429) {
    const seconds = Math.max(1, Number(res.headers.get("retry-after")) || 60);
    return { until: Date.now() + seconds * 1000, seconds };
  }
  // /api/session needs no session: its 401 means the code, not a lapsed session.
  if (res.status === 401) return { text: t("wrongCode") };
  if (!envelope.success) return { text: t("failed", { status: res.status }) };
  return { text: explain(envelope.data).text };
}

/**
 * Posts an access code to /api/session. On success `onSignedIn` runs and the form stays busy (it
 * is about to go: the page reloads, or the refused answer is asked again); on a refusal the reason
 * is in `error`, in plain words. Throttled, `waiting` counts the seconds down and the form waits;
 * `spoken` is what a screen reader hears: the countdown's first value only, not a tick a second.
 */
export function useSignIn(onSignedIn: () => void) {
  const t = useTranslations("access");
  const explain = useErrorText();
  const [refusal, setRefusal] = useState<Refusal>();
  const [now, setNow] = useState(0);
  const [busy, setBusy] = useState(false);
  const until = refusal && "until" in refusal ? refusal.until : 0;
  useEffect(() => {
    if (!until) return;
    const tick = () => {
      setNow(Date.now());
      if (Date.now() >= until) setRefusal(undefined);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [until]);
  const waiting = until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
  const error = refusal && "text" in refusal ? refusal.text : waiting > 0 ? t("tooMany", { seconds: waiting }) : undefined;
  const spoken = refusal && "seconds" in refusal && error ? t("tooMany", { seconds: refusal.seconds }) : error;
  const submit = async (code: string) => {
    if (waiting > 0) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const res = await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
      if (res.ok) {
        // Someone else signed in on a page holding another person's chats: their own stores are
        // another page's (lib/store/storage-scope.ts), so load it rather than go on in this one.
        const signedIn = (await res.json().catch(() => null)) as { storageScope?: string } | null;
        const pageScope = document.documentElement.dataset.storageScope;
        // The other tabs: a sign-in page opens the app, a page with someone else's chats leaves.
        if (typeof signedIn?.storageScope === "string") announceSession({ type: "signed-in", scope: signedIn.storageScope });
        if (pageScope && signedIn?.storageScope !== pageScope) return location.reload();
        return onSignedIn();
      }
      const refused = await refusalOf(res, t, explain);
      // The clock is read with the refusal: a render with the old clock showed billions of seconds.
      setNow(Date.now());
      setRefusal(refused);
    } catch {
      setRefusal({ text: t("unreachable") });
    }
    setBusy(false);
  };
  return { error, spoken, busy, waiting, submit };
}
