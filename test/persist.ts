/** Shared fixtures for the persistence tests (fake-indexeddb, one fresh database per test). */
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import type { Attachment, ChatMessage, Conversation } from "@/lib/chat/message";
import { closeChatDb, openChatDb } from "@/lib/store/persist/db";

export async function freshDb(): Promise<{ db: IDBDatabase; factory: IDBFactory }> {
  closeChatDb();
  const factory = new IDBFactory();
  const db = await openChatDb({ factory });
  return { db, factory };
}

export function makeConversation(id: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id,
    title: `Conversation ${id}`,
    createdAt: 1_000,
    updatedAt: 1_000,
    settings: { model: "glm-4.5v", thinking: true },
    ...overrides,
  };
}

export function makeMessage(id: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return { id, role: "user", content: `message ${id}`, createdAt: 2_000, status: "done", ...overrides };
}

export function makeImage(id: string, bytes: number[] = [0x89, 0x50, 0x4e, 0x47, 1, 2, 3], name = `${id}.png`): Attachment {
  const blob = new Blob([new Uint8Array(bytes)], { type: "image/png" });
  return { id, kind: "image", mimeType: "image/png", blob, name, width: 2, height: 1, size: blob.size };
}

export async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}
