import type { ChatPart, ChatRequest, ChatRequestMessage } from "./wire";
import { servedModel } from "./served-models";
import { documentPartText } from "@/lib/media/pdf/page-plan";
import type { Attachment, ChatMessage, ConversationSettings } from "./message";

/** One intro text per attached document (lib/media/pdf), naming the file and its pages. */
function documentIntros(attachments: readonly Attachment[]): ChatPart[] {
  const docs = new Map<string, { name: string; pageCount: number; pages: number[] }>();
  for (const a of attachments) {
    if (!a.doc) continue;
    const d = docs.get(a.doc.docId) ?? { name: a.doc.name, pageCount: a.doc.pageCount, pages: [] };
    d.pages.push(a.doc.page);
    docs.set(a.doc.docId, d);
  }
  return [...docs.values()].map((d) => ({ type: "text" as const, text: documentPartText(d.name, d.pages, d.pageCount) }));
}

/** A turn's settings: the conversation's own, plus the user's custom instructions for every chat. */
export type TurnSettings = ConversationSettings & { customInstructions?: string };

/** Custom instructions first, then what this chat carries over, then its own system prompt, as one system message. */
export function systemText(settings: TurnSettings): string {
  return [settings.customInstructions, settings.carriedOver?.text, settings.systemPrompt].map((t) => t?.trim() ?? "").filter(Boolean).join("\n\n");
}

/**
 * Why a message's files are not sent, or undefined when they are. A text-only model refuses a
 * request that holds any image, so a chat with pictures switched to GLM-4.6 would be refused for
 * good: earlier questions go without their files, said in words. `dropOldImages` (the context
 * meter's way out, and the too-large card's "Send without earlier attachments") does the same for
 * any model. The question being asked keeps its own: sent to a text model, it is refused and says why.
 * Shared with the size estimate (`sentMediaSizes`), so both count the same files.
 */
export function mediaLeftOut(m: ChatMessage, lastUser: ChatMessage | undefined, settings: TurnSettings): "text_only" | "dropped" | undefined {
  if (m === lastUser) return undefined;
  const model = servedModel(settings.model);
  if (model && !model.images) return "text_only";
  return settings.dropOldImages ? "dropped" : undefined;
}

/** The sizes (bytes) of the files a request built from `history` carries: the question's own and the earlier ones. */
export function sentMediaSizes(history: readonly ChatMessage[], settings: TurnSettings): { own: number[]; earlier: number[] } {
  const lastUser = history.findLast((m) => m.role === "user");
  const own: number[] = [];
  const earlier: number[] = [];
  for (const m of history) {
    if (!m.attachments?.length || (m.role === "assistant" && !m.content.trim()) || (m.role === "system" && !settings.sendSystemMessages)) continue;
    if (mediaLeftOut(m, lastUser, settings)) continue;
    (m === lastUser ? own : earlier).push(...m.attachments.map((a) => a.size));
  }
  return { own, earlier };
}

/**
 * Builds the /api/chat body from the visible history. Reasoning from earlier turns is not sent
 * back (the official demos drop it) and failed or empty assistant turns are skipped. Imported
 * `system` messages go only when the conversation says so (`sendSystemMessages`).
 */
export async function toChatRequest(
  history: ChatMessage[],
  settings: TurnSettings,
  encode: (blob: Blob) => Promise<string>,
): Promise<ChatRequest> {
  if (settings.agent) {
    const [{ toAgentRequest }, { halfSize }] = await Promise.all([import("./agent-request"), import("@/lib/media/half-size")]);
    return toAgentRequest(history, { ...settings, agent: settings.agent }, encode, halfSize);
  }
  const messages: ChatRequestMessage[] = [];
  const system = systemText(settings);
  if (system) messages.push({ role: "system", content: system });
  const lastUser = history.findLast((m) => m.role === "user");
  const model = servedModel(settings.model);
  const textOnly = model && !model.images ? model.name : undefined;
  for (const m of history) {
    if (m.role === "assistant" && !m.content.trim()) continue;
    if (m.role === "system" && !settings.sendSystemMessages) continue;
    const leftOut = m.attachments?.length ? mediaLeftOut(m, lastUser, settings) : undefined;
    if (leftOut === "text_only") {
      messages.push({ role: m.role, content: [m.content, `(Files attached here were left out: ${textOnly} reads text only.)`].filter(Boolean).join("\n\n") });
      continue;
    }
    if (leftOut === "dropped") {
      messages.push({ role: m.role, content: m.content || "(An image was here; it was left out to save context.)" });
      continue;
    }
    if (!m.attachments?.length) {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    // A document's page images are introduced by a text part naming the file and the pages.
    const parts: ChatPart[] = documentIntros(m.attachments);
    // The kind and type were checked when the file was prepared; the server checks them again.
    for (const a of m.attachments) parts.push({ type: a.kind, mimeType: a.mimeType, data: await encode(a.blob) } as ChatPart);
    if (m.content) parts.push({ type: "text", text: m.content });
    messages.push({ role: m.role, content: parts });
  }
  const request: ChatRequest = { model: settings.model, messages, thinking: settings.thinking };
  if (settings.temperature !== undefined) request.temperature = settings.temperature;
  if (settings.topP !== undefined) request.top_p = settings.topP;
  if (settings.maxTokens !== undefined) request.max_tokens = settings.maxTokens;
  // Vision models accept only function tools; the switch is hidden for them, this guards old settings.
  if (settings.webSearch && !model?.images) request.webSearch = true;
  return request;
}
