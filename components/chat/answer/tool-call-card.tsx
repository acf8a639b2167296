"use client";

import { useTranslations } from "next-intl";
import type { ToolCall } from "@/lib/chat/message";

function pretty(args: string): string {
  try {
    return JSON.stringify(JSON.parse(args), null, 2);
  } catch {
    return args; // Still streaming, or not JSON: shown as it came.
  }
}

/** Under an answer that ended by asking for a tool: nothing runs it here, so the answer stops. */
export function ToolCallNote() {
  const t = useTranslations("answer");
  return (
    <p data-testid="tool-call-note" className="mt-2 text-xs text-muted-fg">
      {t("toolNotRun")}
    </p>
  );
}

/** A function call the model asked for, collapsed to "called NAME"; the arguments pretty-printed inside. */
export function ToolCallCard({ call }: { call: ToolCall }) {
  const t = useTranslations("answer");
  return (
    <details data-testid="tool-call-card" className="mt-3 rounded-xl border border-line px-3 py-2 text-sm">
      <summary data-testid="tool-call-summary" className="cursor-pointer select-none text-fg">
        {t.rich("called", { name: call.name || t("aTool"), code: (chunks) => <code className="font-mono font-semibold">{chunks}</code> })}
      </summary>
      <pre data-testid="tool-call-arguments" className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-subtle p-2 font-mono text-xs">
        {pretty(call.arguments)}
      </pre>
    </details>
  );
}
