/** Builds the body of POST/PUT /api/share from the conversation as the chat store holds it. */
import type { ShareRequestInput } from "@/lib/chat/share";
import type { ChatMessage, Conversation } from "@/lib/chat/message";
import { blobToBase64 } from "@/lib/media/base64";
import { saysNothing } from "@/lib/chat/shared-ending";

export interface ShareOptions {
  /** Images and videos attached to the messages (default on in the dialog). */
  includeMedia: boolean;
  /** Reasoning traces (default off): they can say more than the answer does. */
  includeReasoning: boolean;
}

export type ShareBody = Omit<ShareRequestInput, "token" | "expiresInDays">;

/**
 * The messages a share publishes: finished turns only (a message still streaming is not "the
 * conversation so far"). An answer with no text goes too when it has something to show or tell:
 * it failed, was stopped, thought until its token cap, answered in its reasoning or only called a
 * tool (the page says so; left out, the next question followed as if answered).
 */
export function shareableMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.filter((m) => m.status !== "streaming" && !saysNothing(m));
}

export function shareTitle(conversation: Conversation): string {
  return conversation.title.trim().slice(0, 300) || "Shared conversation";
}

export async function buildShareBody(
  conversation: Conversation,
  messages: readonly ChatMessage[],
  options: ShareOptions,
  encode: (blob: Blob) => Promise<string> = blobToBase64,
): Promise<ShareBody> {
  const assets: ShareBody["assets"] = [];
  const out: ShareBody["messages"] = [];
  const carried = conversation.settings.carriedOver;
  for (const m of shareableMessages(messages)) {
    const message: ShareBody["messages"][number] = { role: m.role, content: m.content, createdAt: Math.max(0, Math.round(m.createdAt)) };
    if (m.textFiles !== undefined) message.textFiles = m.textFiles;
    if (m.model) message.model = m.model.slice(0, 100);
    // Web search sources travel with the answer that cites them.
    if (m.sources?.length) message.sources = m.sources.slice(0, 50);
    if (m.finishReason && m.finishReason !== "stop") message.finishReason = m.finishReason;
    if (m.error) message.error = { code: m.error.code.slice(0, 60) };
    if (m.toolCalls?.length) message.toolCalls = m.toolCalls.slice(0, 20).map((c) => ({ id: c.id.slice(0, 200), name: c.name.slice(0, 200), arguments: c.arguments.slice(0, 100_000) }));
    if (options.includeReasoning && m.reasoning) {
      message.reasoning = m.reasoning;
      if (m.reasoningMs !== undefined) message.reasoningMs = m.reasoningMs;
    }
    if (options.includeMedia && m.attachments?.length) {
      message.attachments = [];
      for (const a of m.attachments) {
        assets.push({ mimeType: a.mimeType, data: await encode(a.blob) });
        const ref: (typeof message.attachments)[number] = { asset: assets.length - 1, name: a.name.slice(0, 300) };
        if (a.doc) ref.doc = { ...a.doc, name: a.doc.name.slice(0, 500) };
        message.attachments.push(ref);
      }
    }
    out.push(message);
  }
  return {
    title: shareTitle(conversation),
    createdAt: Math.max(0, Math.round(conversation.createdAt)),
    includeReasoning: options.includeReasoning,
    messages: out,
    assets,
    ...(conversation.settings.agent ? { agent: conversation.settings.agent } : {}),
    ...(carried ? { continues: { included: carried.included, total: carried.total } } : {}),
  };
}

/** Counts what the dialog tells the user will become public. */
export function shareSummary(messages: readonly ChatMessage[]) {
  const shareable = shareableMessages(messages);
  return {
    messages: shareable.length,
    // A PDF goes as one image per page: counted as pages, not as "images" the user never attached.
    media: shareable.reduce((n, m) => n + (m.attachments?.filter((a) => !a.doc).length ?? 0), 0),
    pages: shareable.reduce((n, m) => n + (m.attachments?.filter((a) => a.doc).length ?? 0), 0),
    reasoning: shareable.filter((m) => m.reasoning).length,
  };
}

/**
 * The sizes (bytes) of the files a share with media would upload, for the dialog to hold them
 * against the server's SHARE_LIMIT_MB before anything is encoded or sent (lib/chat/request-size.ts).
 */
export function shareMediaSizes(messages: readonly ChatMessage[]): number[] {
  return shareableMessages(messages).flatMap((m) => m.attachments?.map((a) => a.size) ?? []);
}
