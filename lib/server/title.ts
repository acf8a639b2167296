import "server-only";
import { findModel } from "@/lib/glm/models";
import { UpstreamNormaliser } from "@/lib/glm/normalise";
import type { UpstreamBody } from "@/lib/glm/proxy-stream";
import { SseDecoder } from "@/lib/glm/sse";
import { cleanTitle, titleMessages, type TitleRequest } from "@/lib/glm/title";
import type { Env } from "./env-schema";
import { linkedController, openUpstream } from "./upstream";

/** Z.ai's free model: a title costs nothing there. */
export const DEFAULT_TITLE_MODEL = "glm-4.5-flash";

/**
 * The model that names conversations: TITLE_MODEL, else the free flash model on Z.ai (and in
 * demo mode, where the scripted model answers). A self-hosted server serves only its own models,
 * so titles are off there unless TITLE_MODEL names one; `off` turns them off everywhere.
 */
export function titleModelOf(env: Pick<Env, "TITLE_MODEL" | "ZAI_PROTOCOL" | "ZAI_API_KEY">): string | undefined {
  if (env.TITLE_MODEL) return env.TITLE_MODEL.toLowerCase() === "off" ? undefined : env.TITLE_MODEL;
  return env.ZAI_PROTOCOL === "zai" || !env.ZAI_API_KEY ? DEFAULT_TITLE_MODEL : undefined;
}

/** A title is a few words; more than this is a model that did not follow the instruction. */
const MAX_TITLE_TEXT = 2000;

/** Asks the title model and reads its streamed answer to the end (or the first 2000 characters). */
export async function generateTitle(model: string, req: TitleRequest, signal: AbortSignal): Promise<string> {
  // Thinking off where the model allows it: a title needs no reasoning, and reasoning would eat the token cap.
  const thinkingOff = findModel(model)?.canDisableThinking !== false;
  const upstream = await openUpstream(
    { model, messages: titleMessages(req), thinking: thinkingOff ? false : undefined, max_tokens: thinkingOff ? 64 : 2048, temperature: 0.3 },
    linkedController(signal),
  );
  return cleanTitle(await readText(upstream, signal));
}

async function readText(upstream: UpstreamBody, signal: AbortSignal): Promise<string> {
  const sse = new SseDecoder(64 * 1024);
  const normaliser = new UpstreamNormaliser();
  let text = "";
  const stream = upstream as AsyncIterable<Uint8Array>;
  try {
    for await (const bytes of stream) {
      if (signal.aborted) break;
      for (const data of sse.feed(bytes)) {
        for (const event of normaliser.push(data)) {
          if (event.type === "text") text += event.delta;
          if (event.type === "error") throw new Error(`title model failed: ${event.code}`);
          if (event.type === "finish") return text;
        }
      }
      if (text.length > MAX_TITLE_TEXT) return text;
    }
  } finally {
    // Stop reading (and paying for) anything after the title.
    if (upstream instanceof ReadableStream) void upstream.cancel().catch(() => {});
    else upstream.destroy();
  }
  return text;
}
