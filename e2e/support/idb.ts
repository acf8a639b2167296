import type { Page } from "@playwright/test";

/** Direct IndexedDB access from tests (the app's database `glm-chat`), run inside the page. */

export interface SeedOptions {
  id: string;
  title: string;
  messages: number;
  /** Every n-th user message carries a PNG (0: none). */
  imageEvery?: number;
  updatedAt?: number;
  pinned?: boolean;
  /** Markdown with a fenced code block in each answer. */
  code?: boolean;
}

/**
 * Seeds conversations in one transaction. The page must have opened the app once (so the schema
 * exists). Used by the e2e specs and the benchmark.
 */
export async function seedConversations(page: Pick<Page, "evaluate">, seeds: SeedOptions[]): Promise<void> {
  // Benches run by `npx tsx` wrap named functions in esbuild's `__name`, which pages lack.
  await page.evaluate("window.__name ??= (f) => f");
  await page.evaluate(async (seeds) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("glm-chat");
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    // The app creates its stores as it starts, not necessarily before the page is usable: a seed
    // that came first found the database without them. Poll until the app's schema is there.
    let db = await open();
    for (let tries = 0; !db.objectStoreNames.contains("attachments"); tries += 1) {
      db.close();
      if (tries > 200) throw new Error("the app never created its IndexedDB stores");
      await new Promise((r) => setTimeout(r, 25));
      db = await open();
    }
    // A 1x1 PNG: real image bytes, cheap to store many times.
    const png = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));
    const tx = db.transaction(["conversations", "messages", "attachments"], "readwrite");
    for (const seed of seeds) {
      const base = (seed.updatedAt ?? Date.now()) - seed.messages * 1000;
      let thumbnail: { messageId: string; attachmentId: string } | undefined;
      for (let i = 0; i < seed.messages; i += 1) {
        const user = i % 2 === 0;
        const id = `${seed.id}-m${i}`;
        const attachmentIds: string[] = [];
        if (user && seed.imageEvery && (i / 2) % seed.imageEvery === 0) {
          const attachmentId = `${id}-img`;
          attachmentIds.push(attachmentId);
          thumbnail ??= { messageId: id, attachmentId };
          tx.objectStore("attachments").put({
            conversationId: seed.id, messageId: id, id: attachmentId, kind: "image", mimeType: "image/png",
            name: `photo-${i}.png`, size: png.byteLength, width: 1, height: 1, blob: new Blob([png], { type: "image/png" }),
          });
        }
        const content = user
          ? `Question ${i} about ${seed.title}`
          : seed.code
            ? `Answer ${i} for ${seed.title}.\n\n\`\`\`ts\nexport function f${i}(x: number): number {\n  return x * ${i};\n}\n\`\`\`\n\nSome more explanation of step ${i}, with **bold** text.`
            : `Answer ${i} for ${seed.title}.`;
        tx.objectStore("messages").put({
          conversationId: seed.id, id, role: user ? "user" : "assistant", content, createdAt: base + i * 1000, status: "done",
          ...(user ? {} : { reasoning: `Thinking about ${i}.`, reasoningMs: 2000, finishReason: "stop" }),
          ...(attachmentIds.length ? { attachmentIds } : {}),
        });
      }
      tx.objectStore("conversations").put({
        id: seed.id, title: seed.title, createdAt: base, updatedAt: seed.updatedAt ?? Date.now(),
        settings: { model: "glm-4.5v", thinking: true }, ...(seed.pinned ? { pinned: true } : {}), ...(thumbnail ? { thumbnail } : {}),
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, seeds);
}

/** All records of one store (blobs replaced by their size: they cannot leave the page). */
export async function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("glm-chat");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const q = db.transaction(store, "readonly").objectStore(store).getAll();
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    db.close();
    return all.map((r) => {
      const rec = { ...(r as Record<string, unknown>) };
      if (rec.blob instanceof Blob) rec.blob = rec.blob.size;
      return rec;
    });
  }, store);
}

/** Put raw records (possibly invalid ones) into a store. */
export async function putRaw(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("glm-chat");
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction(store, "readwrite");
      for (const record of records) tx.objectStore(store).put(record);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}
