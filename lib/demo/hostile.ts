import type { EnginePlan, EngineStep } from "./engine";

/**
 * Hostile upstream behaviour, for the caps the server puts on what it reads from upstream
 * (e2e/hostile-input.spec.ts). `[[scenario:huge-event]]`: one normal chunk, then a single SSE
 * event that grows past 1 MB (the per-event cap). `[[scenario:error-huge-body]]`: a 429 whose JSON
 * body is over 64 KB (the error-body cap): read, its code 1113 would say "out of credit"; unread,
 * the status alone decides.
 */
export function hostilePlan(scenario: string, model: string): EnginePlan | undefined {
  if (scenario === "error-huge-body") {
    return { kind: "error", status: 429, body: { error: { code: "1113", message: `Insufficient balance ${"x".repeat(100 * 1024)}` } }, headers: {} };
  }
  if (scenario === "huge-event") return { kind: "stream", steps: () => hugeEvent(model) };
  return undefined;
}

function* hugeEvent(model: string): Generator<EngineStep> {
  const encoder = new TextEncoder();
  const bytes = (text: string, delayMs = 5): EngineStep => ({ kind: "bytes", bytes: encoder.encode(text), delayMs });
  const chunk = (content: string) => JSON.stringify({ model, choices: [{ index: 0, delta: { role: "assistant", content }, finish_reason: null }] });
  yield bytes(`data: ${chunk("Before the flood.")}\n\n`);
  // 24 pieces of 64 KiB: 1.5 MiB in one event that never ends before the cap.
  yield bytes(`data: {"model":"${model}","choices":[{"index":0,"delta":{"content":"`);
  for (let i = 0; i < 24; i++) yield bytes("x".repeat(64 * 1024), 1);
  yield bytes(`"},"finish_reason":null}]}\n\n`);
  yield bytes(`data: ${JSON.stringify({ model, choices: [{ index: 0, delta: { content: "" }, finish_reason: "stop" }] })}\n\n`);
  yield bytes("data: [DONE]\n\n", 0);
}
