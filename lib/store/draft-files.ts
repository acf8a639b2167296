/**
 * The composer's attached files, per draft key, kept across reloads (the text is kept by
 * drafts.ts; files are too big for localStorage). Its own IndexedDB database: a draft is a
 * convenience, not a record, so it is not part of `glm-chat`'s versioned schema, exports or
 * migrations. Loaded only when a draft has files (drafts.ts lists their keys), never at page start.
 */
import { z } from "zod/mini";
import { attachmentSchema, type Attachment } from "@/lib/chat/message";
import { request, writeTx } from "./persist/idb";

const DB_NAME = "glm-chat-drafts";
const STORE = "trays";

const blobSchema = z.custom<Blob>((v) => typeof Blob !== "undefined" && v instanceof Blob);

/** A PDF as the draft keeps it: the file itself (to reopen it), the pages chosen and their images. */
const storedDocumentSchema = z.object({
  id: z.string(),
  name: z.string(),
  pageCount: z.number(),
  pages: z.array(z.number()),
  rendered: z.array(attachmentSchema),
  overLimit: z.boolean(),
  source: blobSchema,
});
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

const storedTextSchema = z.object({
  id: z.string(),
  part: z.object({ name: z.string(), text: z.string(), truncated: z.boolean(), chars: z.number() }),
});

const storedTraySchema = z.object({
  key: z.string(),
  at: z.number(),
  attachments: z.array(attachmentSchema),
  documents: z.array(storedDocumentSchema),
  texts: z.array(storedTextSchema),
});
export type StoredTray = z.infer<typeof storedTraySchema>;
export type StoredFiles = Omit<StoredTray, "key" | "at">;

export function isEmpty(files: StoredFiles): boolean {
  return !files.attachments.length && !files.documents.length && !files.texts.length;
}

/** The names a tray's files are shown with (for a refusal that names them). */
export function fileNames(files: StoredFiles): string[] {
  return [...files.attachments.map((a: Attachment) => a.name), ...files.documents.map((d) => d.name), ...files.texts.map((t) => t.part.name)];
}

let opening: Promise<IDBDatabase> | null = null;
let factoryInUse: IDBFactory | undefined;

/** Tests pass fake-indexeddb's factory; the app uses the browser's. */
export function setDraftFilesFactory(factory: IDBFactory): void {
  factoryInUse = factory;
  opening = null;
}

function open(): Promise<IDBDatabase> {
  if (!opening) {
    const factory = factoryInUse ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(new Error("IndexedDB is not available in this browser."));
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "key" });
    const db = request(req).then((d) => {
      // A later version elsewhere must not be blocked by this tab.
      d.onversionchange = () => {
        d.close();
        opening = null;
      };
      return d;
    });
    db.catch(() => (opening = null));
    opening = db;
  }
  return opening;
}

/** Writes a draft's files, or removes them when there are none. Rejects with StorageFullError when full. */
export async function writeTray(key: string, files: StoredFiles, now = Date.now()): Promise<void> {
  const db = await open();
  await writeTx(db, [STORE], async (tx) => {
    const store = tx.objectStore(STORE);
    if (isEmpty(files)) await request(store.delete(key));
    else await request(store.put({ key, at: now, ...files } satisfies StoredTray));
  });
}

/** A draft's stored files; null when there are none or the record is not one this code wrote. */
export async function readTray(key: string): Promise<StoredFiles | null> {
  const db = await open();
  const raw: unknown = await request(db.transaction(STORE, "readonly").objectStore(STORE).get(key));
  if (raw === undefined) return null;
  const parsed = storedTraySchema.safeParse(raw);
  if (!parsed.success) {
    await writeTray(key, { attachments: [], documents: [], texts: [] }).catch(() => undefined);
    return null;
  }
  const { key: _, at: __, ...files } = parsed.data;
  return files;
}

/**
 * Removes the files of drafts no longer listed (a deleted chat's, a tab closed mid-write). The list
 * is read inside the transaction: another tab lists a draft before writing it, so a tray written
 * meanwhile is either listed by then or not yet in the store.
 */
export async function sweepTrays(keep: () => ReadonlySet<string>): Promise<void> {
  const db = await open();
  await writeTx(db, [STORE], async (tx) => {
    const store = tx.objectStore(STORE);
    const keys = (await request(store.getAllKeys())) as string[];
    const kept = keep();
    await Promise.all(keys.filter((k) => !kept.has(k)).map((k) => request(store.delete(k))));
  });
}
