/** The public JSON form of a share: asset URLs instead of bytes, nothing secret. */
import type { PublicMessage } from "@/lib/chat/share";
import type { ShareRecord, ShareSnapshot } from "./types";

export type { PublicAttachment, PublicMessage } from "@/lib/chat/share";

export const shareUrl = (id: string) => `/s/${id}`;
export const assetUrl = (id: string, index: number) => `/s/${id}/assets/${index}`;

export interface PublicShare {
  id: string;
  url: string;
  title: string;
  createdAt: number;
  sharedAt: number;
  updatedAt: number;
  expiresAt: number | null;
  messages: PublicMessage[];
  agent?: ShareSnapshot["agent"];
  continues?: ShareSnapshot["continues"];
}

export function toPublicShare(record: ShareRecord): PublicShare {
  const { id, snapshot } = record;
  return {
    id,
    url: shareUrl(id),
    title: snapshot.title,
    createdAt: snapshot.createdAt,
    sharedAt: record.sharedAt,
    updatedAt: record.updatedAt,
    expiresAt: record.expiresAt,
    ...(snapshot.agent ? { agent: snapshot.agent } : {}),
    ...(snapshot.continues ? { continues: snapshot.continues } : {}),
    messages: snapshot.messages.map(({ attachments, ...rest }): PublicMessage =>
      attachments ? { ...rest, attachments: attachments.map((a) => ({ ...a, url: assetUrl(id, a.asset) })) } : rest,
    ),
  };
}
