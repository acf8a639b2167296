/**
 * The composer's attached files, per draft key, kept across reloads (the text is kept by
 * drafts.ts; files are too big for localStorage). Its own IndexedDB database: a draft is a
 * convenience, not a record, so it is not part of `glm-chat`'s versioned schema, exports or
 * migrations. Loaded only when a draft has files (drafts.ts lists their keys), never at page start.
 */
import { z } from "zod/mini";
import { attachmentSchema, type Attachment } from "@/lib/chat/message";
import { request, writeTx } from "./persist/idb";
import { scopedName } from "./storage-scope";

const DB_NAME = "glm-chat-drafts";
const STORE = "files";

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

/**
 * A file still being opened (read, decoded, a PDF's pages counted) as it was attached, with how it
 * was added: a reload opens it again instead of losing it.
 */
const openingFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  source: blobSchema,
  maxVideoBytes: z.number(),
  textOnlyModel: z.optional(z.string()),
  agentStep: z.optional(z.boolean()),
});
export type OpeningFile = z.infer<typeof openingFileSchema>;

const storedTextSchema = z.object({
  id: z.string(),
  part: z.object({ name: z.string(), text: z.string(), truncated: z.boolean(), chars: z.number() }),
});

/** One attached file of one draft: a record each, so a tab writes and removes only the files it has. */
const storedFileSchema = z.object({
  draft: z.string(),
  id: z.string(),
  /** When it was first stored: the tray's order within a kind. */
  order: z.number(),
  attachment: z.optional(attachmentSchema),
  document: z.optional(storedDocumentSchema),
  text: z.optional(storedTextSchema),
  opening: z.optional(openingFileSchema),
});
export type StoredFile = z.infer<typeof storedFileSchema>;
export type StoredText = z.infer<typeof storedTextSchema>;

export interface StoredFiles {
  attachments: Attachment[];
  documents: StoredDocument[];
  texts: StoredText[];
  opening: OpeningFile[];
}
/** A draft's files as read back, with the order each was stored in (kept when one is stored again). */
export type ReadFiles = StoredFiles & { order: Map<string, number> };

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
    const req = factory.open(scopedName(DB_NAME), 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: ["draft", "id"] });
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

/** Every record of one draft: its key range. */
const ofDraft = (draft: string) => IDBKeyRange.bound([draft], [draft, []]);

/**
 * Stores some of a draft's files and removes others, in one transaction; resolves to how many
 * the draft has stored afterwards (other tabs' included). Rejects with StorageFullError when full.
 */
export async function writeFiles(draft: string, put: Omit<StoredFile, "draft">[], remove: string[]): Promise<number> {
  const db = await open();
  return writeTx(db, [STORE], async (tx) => {
    const store = tx.objectStore(STORE);
    await Promise.all([...put.map((f) => request(store.put({ draft, ...f }))), ...remove.map((id) => request(store.delete([draft, id])))]);
    return request(store.count(ofDraft(draft)));
  });
}

/** Removes every draft's files ("Delete all data"). */
export async function clearDraftFiles(): Promise<void> {
  const db = await open();
  await writeTx(db, [STORE], (tx) => request(tx.objectStore(STORE).clear()));
}

/** Removes every file of a draft (its chat was deleted for good). */
export async function deleteTray(draft: string): Promise<void> {
  const db = await open();
  await writeTx(db, [STORE], (tx) => request(tx.objectStore(STORE).delete(ofDraft(draft))));
}

/** A draft's stored files in the order they were stored; null when it has none. Records this code did not write are dropped. */
export async function readTray(draft: string): Promise<ReadFiles | null> {
  const db = await open();
  const raw = await request(db.transaction(STORE, "readonly").objectStore(STORE).getAll(ofDraft(draft)));
  const files: ReadFiles = { attachments: [], documents: [], texts: [], opening: [], order: new Map() };
  const damaged: string[] = [];
  const valid = raw.flatMap((r: unknown) => {
    const parsed = storedFileSchema.safeParse(r);
    if (parsed.success) return [parsed.data];
    const id = (r as { id?: unknown } | null)?.id;
    if (typeof id === "string") damaged.push(id);
    return [];
  });
  for (const f of valid.sort((a, b) => a.order - b.order)) {
    files.order.set(f.id, f.order);
    if (f.attachment) files.attachments.push(f.attachment);
    else if (f.document) files.documents.push(f.document);
    else if (f.text) files.texts.push(f.text);
    else if (f.opening) files.opening.push(f.opening);
  }
  if (damaged.length) await writeFiles(draft, [], damaged).catch(() => undefined);
  return files.order.size ? files : null;
}

/**
 * Removes the files of drafts no longer listed (a deleted chat's, a tab closed mid-write). The list
 * is read inside the transaction: another tab lists a draft before writing it, so a file written
 * meanwhile is either listed by then or not yet in the store.
 */
export async function sweepTrays(keep: () => ReadonlySet<string>): Promise<void> {
  const db = await open();
  await writeTx(db, [STORE], async (tx) => {
    const store = tx.objectStore(STORE);
    const keys = (await request(store.getAllKeys())) as [string, string][];
    const kept = keep();
    await Promise.all(keys.filter(([draft]) => !kept.has(draft)).map((k) => request(store.delete(k))));
  });
}
