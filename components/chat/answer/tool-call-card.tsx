"use client";

import type { ToolCall } from "@/lib/chat/message";

function pretty(args: string): string {
  try {
    return JSON.stringify(JSON.parse(args), null, 2);
  } catch {
    return args; // Still streaming, or not JSON: shown as it came.
  }
}

/** A function call the model asked for, collapsed to "called NAME"; the arguments pretty-printed inside. */
export function ToolCallCard({ call }: { call: ToolCall }) {
  return (
    <details data-testid="tool-call-card" className="mt-3 rounded-xl border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <summary data-testid="tool-call-summary" className="cursor-pointer select-none text-zinc-700 dark:text-zinc-300">
        Called <code className="font-mono font-semibold">{call.name || "a tool"}</code>
      </summary>
      <pre data-testid="tool-call-arguments" className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-900">
        {pretty(call.arguments)}
      </pre>
    </details>
  );
}
