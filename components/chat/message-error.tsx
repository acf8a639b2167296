"use client";

import { errorText, errorTitle } from "@/lib/chat/outcome";
import type { MessageError as MessageErrorData } from "@/lib/chat/message";
import { Button } from "@/components/ui/button";

export function MessageError({ error, onRetry }: { error: MessageErrorData; onRetry?: () => void }) {
  return (
    <div role="alert" data-testid="message-error" data-code={error.code} className="mt-3 flex flex-wrap items-start gap-3 rounded-xl border border-danger-line bg-danger-soft px-3 py-2 text-sm text-danger-fg">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{errorTitle(error.code)}</p>
        <p>{errorText(error)}</p>
      </div>
      {onRetry && (
        <Button variant="danger-outline" size="sm" data-testid="retry-button" onClick={onRetry} className="px-3 text-sm">
          Retry
        </Button>
      )}
    </div>
  );
}
