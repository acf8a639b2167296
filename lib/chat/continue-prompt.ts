/**
 * What Continue asks after the cut answer (lib/chat/turn-runner.ts). Shared with the demo model,
 * which recognises it and goes on with its scripted answer (lib/demo/continuation.ts).
 */
export const CONTINUE_PROMPT = "Continue your previous answer exactly where it stopped. Do not repeat anything you already wrote.";
