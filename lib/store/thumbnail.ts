/**
 * The history row's picture for a chat: the first image of its oldest message that holds one, or
 * none. Sending sets it once, at the first image (persist/messages.ts putMessage); a delete that
 * takes that image, and its Undo, set it again by this rule, so the row shows what the chat still
 * holds and comes back as it was.
 */
import type { Attachment, Conversation } from "@/lib/chat/message";

export type Thumbnail = NonNullable<Conversation["thumbnail"]>;

interface Holder {
  id: string;
  createdAt: number;
  attachments?: readonly Pick<Attachment, "id" | "kind">[];
}

export function chatThumbnail(messages: readonly Holder[]): Thumbnail | undefined {
  let found: { createdAt: number; thumbnail: Thumbnail } | undefined;
  for (const m of messages) {
    const image = m.attachments?.find((a) => a.kind === "image");
    // Versions of one question share their image: the oldest holder names it.
    if (image && (!found || m.createdAt < found.createdAt)) found = { createdAt: m.createdAt, thumbnail: { messageId: m.id, attachmentId: image.id } };
  }
  return found?.thumbnail;
}

/** The record (or list entry) with this thumbnail, or without one. */
export function withThumbnail<C extends Conversation>(conversation: C, thumbnail: Thumbnail | undefined): C {
  const { thumbnail: _old, ...rest } = conversation;
  return (thumbnail ? { ...rest, thumbnail } : rest) as C;
}
