"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { RefusalText } from "./refusal-text";
import { useSignIn } from "./use-sign-in";

/**
 * In place of Retry on an answer refused with `unauthorized` (the session cookie expired or was
 * revoked mid-conversation): Retry alone only met the same 401, and the sign-in page needs a
 * reload, which would throw away whatever is typed in the composer. Signing in here keeps the page
 * as it is; the answer is then asked again.
 */
export function SignInAgain({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("access");
  const [code, setCode] = useState("");
  const { error, spoken, busy, waiting, submit } = useSignIn(onSignedIn);

  return (
    <form
      data-testid="sign-in-again"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(code);
      }}
      className="flex w-full flex-wrap items-center gap-2"
    >
      <input
        data-testid="sign-in-again-code"
        type="password"
        autoComplete="current-password"
        required
        aria-label={t("code")}
        placeholder={t("code")}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        aria-invalid={!!error}
        className="min-w-0 flex-1 rounded-lg border border-danger-line bg-bg px-2 py-1 text-sm text-fg"
      />
      <Button type="submit" variant="danger-outline" size="sm" data-testid="sign-in-again-submit" disabled={busy || !code || waiting > 0} className="px-3 text-sm">
        {busy ? t("signingIn") : t("signIn")}
      </Button>
      {error && (
        <RefusalText testId="sign-in-again-error" error={error} spoken={spoken} className="w-full text-sm" />
      )}
    </form>
  );
}
