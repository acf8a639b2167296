import { planResponse, type EngineOptions, DEFAULT_ENGINE_OPTIONS } from "./engine";

/**
 * Demo mode's upstream: answers a chat/completions request in-process with the same bytes the
 * stand-in would send over HTTP, so the proxy path is identical with and without a key.
 */
export function demoFetch(body: unknown, signal: AbortSignal, options: EngineOptions = DEFAULT_ENGINE_OPTIONS): Response {
  const plan = planResponse(body, options);
  if (plan.kind === "error") {
    return new Response(JSON.stringify(plan.body), {
      status: plan.status,
      headers: { "content-type": "application/json", ...plan.headers },
    });
  }
  const steps = plan.steps();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = steps.next();
      if (next.done) return controller.close();
      const step = next.value;
      if (step.delayMs > 0) {
        await new Promise<void>((resolve) => {
          timer = setTimeout(resolve, step.delayMs);
        });
      }
      if (signal.aborted) return;
      if (step.kind === "drop") return controller.error(new TypeError("terminated"));
      controller.enqueue(step.bytes);
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "text/event-stream" } });
}
