import type { ChatPart, ChatRequest, ChatRequestMessage } from "./wire";
import type { ChatMessage, ConversationSettings } from "./message";

/**
 * Builds the /api/chat body from the visible history. Reasoning from earlier turns is not sent
 * back (the official demos drop it) and failed or empty assistant turns are skipped.
 */
export async function toChatRequest(
  history: ChatMessage[],
  settings: ConversationSettings,
  encode: (blob: Blob) => Promise<string>,
): Promise<ChatRequest> {
  const messages: ChatRequestMessage[] = [];
  if (settings.systemPrompt?.trim()) messages.push({ role: "system", content: settings.systemPrompt.trim() });
  for (const m of history) {
    if (m.role === "assistant" && !m.content.trim()) continue;
    if (!m.attachments?.length) {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    const parts: ChatPart[] = [];
    // The kind and type were checked when the file was prepared; the server checks them again.
    for (const a of m.attachments) parts.push({ type: a.kind, mimeType: a.mimeType, data: await encode(a.blob) } as ChatPart);
    if (m.content) parts.push({ type: "text", text: m.content });
    messages.push({ role: m.role, content: parts });
  }
  return { model: settings.model, messages, thinking: settings.thinking };
}
