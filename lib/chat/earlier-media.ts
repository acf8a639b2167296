/**
 * For the note by the composer: a text-only model gets a chat's earlier questions that had images,
 * video or PDF pages without them (lib/chat/to-request.ts tells the model in words; the reader
 * would otherwise never know).
 */

/** Whether any message of the shown branch carries media (text files travel in its text instead). */
export function hasMedia(messages: readonly { attachments?: readonly unknown[] }[]): boolean {
  return messages.some((m) => !!m.attachments?.length);
}

/** The model the media will not reach; undefined for a vision model, a chat without media, or a model not known yet. */
export function mediaLeftOutFor(model: { name: string; images: boolean } | undefined, chatHasMedia: boolean): string | undefined {
  return model && !model.images && chatHasMedia ? model.name : undefined;
}
