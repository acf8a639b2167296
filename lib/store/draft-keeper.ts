"use client";

import type { Attachment } from "@/lib/chat/message";
import type { DraftDocument, DraftTextFile } from "./draft-documents";
import type { OpeningFile, StoredDocument, StoredFile } from "./draft-files";
import type { FileRefusal } from "./draft-store";
import { draftFileKeys, markDraftFiles } from "./drafts";

/** What the keeper reads and changes of one draft's tray (draft-store.ts). */
interface KeptTray {
  attachments: Attachment[];
  documents: DraftDocument[];
  texts: DraftTextFile[];
  opening: OpeningFile[];
  pending: number;
  errors: Array<string | FileRefusal>;
}

export interface KeeperHost {
  tray(key: string): KeptTray;
  update(key: string, change: (tray: KeptTray) => Partial<KeptTray>): void;
  /** Opens a stored PDF again (the preparation code). */
  reopen(doc: StoredDocument): Promise<DraftDocument>;
  /** Renders a PDF whose chosen pages were still being rendered when it was stored. */
  render(key: string, doc: DraftDocument): Promise<void>;
  /** Opens a file that was still being opened when it was stored (it is in the tray's `opening`). */
  open(key: string, file: OpeningFile): Promise<void>;
  refuse(key: string, error: unknown, file: { name: string }): void;
}

type FilesModule = typeof import("./draft-files");
let filesModule: Promise<FilesModule> | undefined;

const NOT_KEPT: FileRefusal = {
  file: "",
  code: "draft_files_not_kept",
  message: "The attached files could not be saved in this browser (is its storage full?). They stay here, but a reload would lose them.",
};
const LOST: FileRefusal = { file: "", code: "draft_files_lost", message: "The files attached before the page reloaded could not be read back. Attach them again." };

/** A tray's files as records (without their draft), each with the object it was made from. */
function fileRecords(t: KeptTray): Array<{ from: object; record: Omit<StoredFile, "draft" | "order"> }> {
  return [
    ...t.attachments.map((a) => ({ from: a, record: { id: a.id, attachment: a } })),
    // A PDF still rendering is kept with no images: it renders again after the reload.
    ...t.documents.map((d) => ({
      from: d,
      record: { id: d.id, document: { id: d.id, name: d.name, pageCount: d.pageCount, pages: d.pages, rendered: d.status === "ready" ? d.rendered : [], overLimit: d.overLimit, source: d.source } },
    })),
    ...t.texts.map((x) => ({ from: x, record: { id: x.id, text: x } })),
    // The file as attached, until it is opened: a reload meanwhile opens it again.
    ...t.opening.map((o) => ({ from: o, record: { id: o.id, opening: o } })),
  ];
}

/**
 * Keeps each draft's files in IndexedDB (draft-files.ts) so a reload finds them in the same chat.
 * A localStorage list of the drafts that have files (drafts.ts) means a page whose drafts have
 * none never opens that database, nor loads this code's storage half.
 */
export function createDraftKeeper(host: KeeperHost) {
  /** Drafts whose tray this page holds (shown at least once): their memory is the truth. */
  const seen = new Set<string>();
  /** Drafts whose stored files are being read back: not written meanwhile. */
  const restoring = new Set<string>();
  /** One write per draft at a time; a queued one reads the tray when its turn comes. */
  const writes = new Map<string, Promise<void>>();
  const queued = new Set<string>();
  /** Deleted chats: never written again. Those whose Undo is still offered map to "was listed". */
  const gone = new Set<string>();
  const undoable = new Map<string, boolean>();

  const listed = () => new Set([...draftFileKeys(), ...undoable.keys()]);
  const loadFiles = (): Promise<FilesModule> =>
    (filesModule ??= import("./draft-files").then((m) => {
      // Once per page: the files of chats deleted earlier, or of a tab closed mid-write.
      void m.sweepTrays(listed).catch(() => undefined);
      return m;
    }));
  const inTurn = (key: string, job: () => Promise<void>) => {
    const next = (writes.get(key) ?? Promise.resolve()).then(job).catch(() => undefined);
    writes.set(key, next);
  };
  const say = (key: string, refusal: FileRefusal) =>
    host.update(key, (t) => (t.errors.some((e) => typeof e !== "string" && e.code === refusal.code) ? {} : { errors: [...t.errors, refusal] }));

  /**
   * What this tab has stored of each draft: file id -> the object stored (a changed PDF is a new
   * object) and its order. A tab writes and removes only its own files, so a send in one tab does
   * not take the files another tab attached to the same draft.
   */
  const written = new Map<string, Map<string, { from: object; order: number }>>();
  let orderSeq = 0;

  /** Stores what changed in a draft's files since the last write, so a reload finds them again. */
  function persist(key: string) {
    if (restoring.has(key) || gone.has(key) || queued.has(key)) return;
    queued.add(key);
    inTurn(key, async () => {
      queued.delete(key);
      // Reading back began meanwhile (it stores the whole tray when it ends), or the chat was deleted.
      if (restoring.has(key) || gone.has(key)) return;
      const before = written.get(key) ?? new Map<string, { from: object; order: number }>();
      const now = fileRecords(host.tray(key));
      const changed = now.filter((f) => before.get(f.record.id)?.from !== f.from);
      const removed = [...before.keys()].filter((id) => !now.some((f) => f.record.id === id));
      // The usual send or clear of files never stored: the database is not even opened.
      if (!changed.length && !removed.length) return;
      const after = new Map(before);
      removed.forEach((id) => after.delete(id));
      const put = changed.map(({ from, record }) => {
        const order = before.get(record.id)?.order ?? Date.now() * 1000 + (orderSeq++ % 1000);
        after.set(record.id, { from, order });
        return { ...record, order };
      });
      try {
        const m = await loadFiles();
        if (gone.has(key)) return;
        // Listed before the write, so a sweep (this tab's or another's) never takes a file being written.
        if (put.length && !markDraftFiles(key, true)) throw new Error("The list of drafts with files could not be saved.");
        const left = await m.writeFiles(key, put, removed);
        written.set(key, after);
        if (!left) markDraftFiles(key, false);
      } catch {
        if (!put.length) return;
        if (!written.get(key)?.size) markDraftFiles(key, false);
        say(key, NOT_KEPT);
      }
    });
  }

  /** The files a draft had before the page reloaded, put back before any added since. */
  async function restore(key: string) {
    restoring.add(key);
    host.update(key, (t) => ({ pending: t.pending + 1 }));
    const restored = await loadFiles()
      .then((m) => m.readTray(key))
      .catch(() => null);
    const documents: DraftDocument[] = [];
    const unopened: string[] = [];
    for (const doc of restored?.documents ?? []) {
      try {
        documents.push(await host.reopen(doc));
      } catch (error) {
        host.refuse(key, error, doc);
        unopened.push(doc.id);
      }
    }
    if (restored) {
      // As stored: only what changes from here is written again.
      const order = (id: string) => restored.order.get(id) ?? 0;
      const back = fileRecords({ attachments: restored.attachments, documents, texts: restored.texts, opening: restored.opening, pending: 0, errors: [] });
      const kept = new Map(back.map(({ from, record }) => [record.id, { from, order: order(record.id) }]));
      // Refused (said above): not in the tray, so the next write removes its copy.
      unopened.forEach((id) => kept.set(id, { from: {}, order: order(id) }));
      written.set(key, kept);
      host.update(key, (t) => ({
        attachments: [...restored.attachments, ...t.attachments],
        documents: [...documents, ...t.documents],
        texts: [...restored.texts, ...t.texts],
        opening: [...restored.opening, ...t.opening],
      }));
    } else {
      markDraftFiles(key, false);
      say(key, LOST);
    }
    restoring.delete(key);
    host.update(key, (t) => ({ pending: t.pending - 1 }));
    persist(key);
    for (const doc of documents) if (doc.status === "rendering") void host.render(key, doc);
    for (const file of restored?.opening ?? []) void host.open(key, file);
  }

  return {
    persist,
    /** A draft shown on screen: the first time on this page, its stored files come back. */
    shown(key: string) {
      if (seen.has(key)) return;
      seen.add(key);
      if (draftFileKeys().has(key)) void restore(key);
    },
    /** The chat was deleted: its files are unlisted (a reload does not bring them back) until Undo. */
    deleted(key: string) {
      const wasListed = draftFileKeys().has(key);
      gone.add(key);
      undoable.set(key, wasListed);
      if (wasListed) markDraftFiles(key, false);
    },
    /** Undo: listed again, or stored again from memory when this page holds the tray. */
    undone(key: string) {
      const wasListed = undoable.get(key);
      if (wasListed === undefined) return;
      undoable.delete(key);
      gone.delete(key);
      if (wasListed || written.get(key)?.size) markDraftFiles(key, true);
      if (seen.has(key)) persist(key);
    },
    /** The Undo is over: the stored copy goes now, not at some later page's sweep. */
    dropped(key: string) {
      const wasListed = undoable.get(key);
      if (wasListed === undefined) return;
      undoable.delete(key);
      if (wasListed || written.get(key)?.size) inTurn(key, async () => (await loadFiles()).deleteTray(key));
      written.delete(key);
    },
  };
}
