"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { MessageError as MessageErrorData } from "@/lib/chat/message";
import { waitsUntil } from "@/lib/chat/retry-wait";
import { SignInAgain } from "@/components/access/sign-in-again";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { focusComposerIfLost } from "./a11y/focus";
import { useAskBlocked } from "./use-ask-blocked";
import { useWaitLabel } from "./use-wait-label";

/**
 * `action`: another way out shown before Retry (Continue, for an answer broken off mid-way), which
 * waits as Retry does. `until`: when Retry works, by default the card's own wait (`waitsUntil`).
 * `continueOffered: false`: the words must not promise a Continue the card lacks (useErrorText).
 * `words`: the app's own explanation in place of the code's (and of the server's), when the app
 * knows better what went wrong (a request too large for its earlier files: components/chat/too-large-card.tsx).
 */
export function MessageError({ error, onRetry, action, until = waitsUntil(error), continueOffered, words }: { error: MessageErrorData; onRetry?: () => void; action?: ReactNode; until?: string; continueOffered?: boolean; words?: string }) {
  const t = useTranslations("errors");
  const explained = useErrorText()(error, { continueOffered });
  const { title } = explained;
  const text = words ?? explained.text;
  const detail = words ? undefined : explained.detail;
  // A refusal with Retry-After waits for it, counting down on the button; a spent budget or plan cap
  // waits for its reset: Retry before then would only be refused again.
  const retry = useWaitLabel(until, { now: t("retry"), at: (time) => t("retryAt", { time }), in: (seconds) => t("retryIn", { seconds }) });
  // Offline (or a spent budget) it waits as the other Retry buttons do: a press made a failed
  // version that only said "offline" and put this answer behind it.
  const blocked = useAskBlocked();
  return (
    <div data-testid="message-error" data-code={error.code} className="mt-3 flex flex-wrap items-start gap-3 rounded-xl border border-danger-line bg-danger-soft px-3 py-2 text-sm text-danger-fg">
      {/* Not an alert: the chat's live region says how the answer ended, in these words, once
          (lib/chat/ending.ts); an alert here read them a second time, and again each time the card
          was shown anew (a chat reopened). */}
      {/* At least 12rem, and the whole row on a phone: short buttons (Chinese) left the words a column a few characters wide there; they wrap below instead. */}
      <div data-testid="message-error-words" className="min-w-0 flex-1 basis-48 max-sm:basis-full">
        <p className="font-semibold">{title}</p>
        <p>{text}</p>
        {detail && (
          <details data-testid="message-error-detail" className="mt-1 text-xs opacity-80">
            <summary className="cursor-pointer">{t("detail")}</summary>
            <p lang="en" className="mt-1 break-words">
              {detail}
            </p>
          </details>
        )}
      </div>
      {action}
      {/* A lapsed session: Retry alone would only be refused again. */}
      {onRetry && error.code === "unauthorized" && <SignInAgain onSignedIn={onRetry} />}
      {onRetry && error.code !== "unauthorized" && (
        <Button variant="danger-outline" size="sm" data-testid="retry-button" disabled={retry.waiting || !!blocked} title={blocked} onClick={() => {
            onRetry();
            focusComposerIfLost();
          }} className="px-3 text-sm">
          {retry.label}
        </Button>
      )}
    </div>
  );
}
