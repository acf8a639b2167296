"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-field";
import { RefusalText } from "./refusal-text";
import { useSignIn } from "./use-sign-in";
import { useLeaveOnSessionChange } from "./use-session-sync";
import { openAppIfSignedIn } from "./open-if-signed-in";

/**
 * What `/` and `/c/<id>` show on a private server without a session. `importing`: a shared chat
 * to copy in once signed in (`/?import=<id>`, kept through the reload), with the way back to it.
 */
export function SignIn({ importing }: { importing?: string }) {
  const t = useTranslations("access");
  const [code, setCode] = useState("");
  const { error, spoken, busy, waiting, submit } = useSignIn(() => location.reload());
  const [hydrated, setHydrated] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useLeaveOnSessionChange("sign-in");
  // A code typed or filled in by a password manager before hydration never reached React's
  // state, which would leave the button disabled with the code on screen: take it from the field.
  useEffect(() => {
    const typed = input.current?.value;
    if (typed) setCode(typed);
    setHydrated(true);
    // Listening now (the hook above): a sign-in announced before then was missed.
    void openAppIfSignedIn();
  }, []);

  return (
    // Anchored near the top, not centred: a refusal's line grows the card downwards, so the field
    // being corrected does not move under the user's eyes.
    <main className="flex min-h-dvh items-start justify-center p-4 pt-[max(1rem,18vh)]">
      <form
        data-testid="sign-in"
        data-hydrated={hydrated || undefined}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void submit(code);
        }}
        className="w-full max-w-sm space-y-4 rounded-2xl border border-line p-6 shadow-sm"
      >
        <h1 className="text-lg font-semibold">GLM Chat</h1>
        <p className="text-sm text-muted-fg">{t("private")}</p>
        {importing && (
          <p data-testid="sign-in-importing" className="text-sm">
            {t("importing")}{" "}
            <a href={`/s/${encodeURIComponent(importing)}`} className="underline underline-offset-2">
              {t("backToShare")}
            </a>
          </p>
        )}
        <label className="block space-y-1 text-sm">
          <span>{t("code")}</span>
          <TextInput
            ref={input}
            data-testid="sign-in-code"
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? "sign-in-error" : undefined}
            className="h-10 px-3"
          />
        </label>
        {error && (
          <RefusalText id="sign-in-error" testId="sign-in-error" error={error} spoken={spoken} className="text-sm text-danger-fg" />
        )}
        <Button type="submit" variant="primary" data-testid="sign-in-submit" disabled={busy || !code || waiting > 0} className="w-full">
          {busy ? t("signingIn") : t("signIn")}
        </Button>
      </form>
    </main>
  );
}
