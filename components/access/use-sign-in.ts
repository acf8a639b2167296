"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { errorEnvelopeSchema } from "@/lib/errors";

/** Why a sign-in was refused, in the reader's words. */
async function failureMessage(res: Response, t: ReturnType<typeof useTranslations<"access">>, explain: ReturnType<typeof useErrorText>): Promise<string> {
  const envelope = errorEnvelopeSchema.safeParse(await res.json().catch(() => null));
  if (res.status === 429) return t("tooMany", { seconds: Math.max(1, Number(res.headers.get("retry-after")) || 60) });
  if (!envelope.success) return t("failed", { status: res.status });
  const { text, detail } = explain(envelope.data);
  return detail ? `${text} ${detail}` : text;
}

/**
 * Posts an access code to /api/session. On success `onSignedIn` runs and the form stays busy (it
 * is about to go: the page reloads, or the refused answer is asked again); on a refusal the reason
 * is in `error`, in plain words.
 */
export function useSignIn(onSignedIn: () => void) {
  const t = useTranslations("access");
  const explain = useErrorText();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (code: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
      if (res.ok) return onSignedIn();
      setError(await failureMessage(res, t, explain));
    } catch {
      setError(t("unreachable"));
    }
    setBusy(false);
  };
  return { error, busy, submit };
}
