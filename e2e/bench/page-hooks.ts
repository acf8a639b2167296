/**
 * Benchmark hooks, in the page of a bench build only (`NEXT_PUBLIC_BENCH=1`, made by
 * scripts/bench.mjs; lib/store/cross-tab.ts loads this file only then). A normal build has no
 * `window.__glmBench`. Used by e2e/bench/persistence.bench.ts: bytes one new message costs in a
 * conversation of N messages, through the real write path. It should not grow with N.
 */
import type { ChatMessage } from "@/lib/chat/message";
import { deleteConversation, putConversation } from "@/lib/store/persist/conversations";
import { getDb, STORES } from "@/lib/store/persist/db";
import { writeTx } from "@/lib/store/persist/idb";
import { putMessage, type PutMessageResult } from "@/lib/store/persist/messages";
import { toStoredMessage } from "@/lib/store/persist/records";

export interface AppendBenchmark extends PutMessageResult {
  existingMessages: number;
  messageChars: number;
  ms: number;
}

/** Creates a throwaway conversation of `existingMessages`, appends one message, measures, deletes it. */
export async function measureAppendBytes(existingMessages = 500, newMessage = "A new question about the image?"): Promise<AppendBenchmark> {
  const id = `bench-${crypto.randomUUID()}`;
  const now = Date.now();
  await putConversation({ id, title: "bench", createdAt: now, updatedAt: now, settings: { model: "glm-4.5v", thinking: false } });
  const db = await getDb();
  // Seed in one transaction: the seeding is not what is being measured.
  await writeTx(db, [STORES.messages], (tx) => {
    for (let i = 0; i < existingMessages; i += 1) {
      const message: ChatMessage = {
        id: `m${i}`,
        role: i % 2 ? "assistant" : "user",
        content: `Message ${i}\n\n\`\`\`ts\nconst answer = ${i};\n\`\`\`\n${"lorem ipsum ".repeat(40)}`,
        createdAt: now + i,
        status: "done",
      };
      tx.objectStore(STORES.messages).put(toStoredMessage(id, message));
    }
  });
  const started = performance.now();
  const result = await putMessage(id, {
    id: "new",
    role: "user",
    content: newMessage,
    createdAt: now + existingMessages,
    status: "done",
  });
  const ms = performance.now() - started;
  await deleteConversation(id);
  return { ...result, existingMessages, messageChars: newMessage.length, ms };
}

export function installBenchHooks(): void {
  (window as unknown as { __glmBench?: unknown }).__glmBench = { measureAppendBytes };
}
