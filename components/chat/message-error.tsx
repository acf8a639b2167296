"use client";

import { errorText, errorTitle } from "@/lib/chat/outcome";
import type { MessageError as MessageErrorData } from "@/lib/chat/message";

export function MessageError({ error, onRetry }: { error: MessageErrorData; onRetry?: () => void }) {
  return (
    <div role="alert" data-testid="message-error" data-code={error.code} className="mt-3 flex flex-wrap items-start gap-3 rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{errorTitle(error.code)}</p>
        <p>{errorText(error)}</p>
      </div>
      {onRetry && (
        <button type="button" data-testid="retry-button" onClick={onRetry} className="rounded-lg border border-red-300 px-3 py-1 font-medium hover:bg-red-100 dark:border-red-800 dark:hover:bg-red-900/40">
          Retry
        </button>
      )}
    </div>
  );
}
