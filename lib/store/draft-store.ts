"use client";

import { create } from "zustand";
import type { Attachment } from "@/lib/chat/message";
import { DEFAULT_MAX_IMAGES_PER_MESSAGE } from "@/lib/media/limits";
import { loadPrep, prepModule, refusalOf, type FileRefusal } from "./file-prep";
import type { DraftDocument, DraftTextFile } from "./draft-documents";
import type { OpeningFile } from "./draft-files";
import { createDraftKeeper } from "./draft-keeper";
import { AttachmentRefused } from "@/lib/media/refusal";
import { newId } from "@/lib/ids";

export type { FileRefusal } from "./file-prep";

/** One chat's files before sending. */
interface Tray {
  attachments: Attachment[];
  documents: DraftDocument[];
  texts: DraftTextFile[];
  /** Files still being opened, as attached: stored with the draft so a reload opens them again. */
  opening: OpeningFile[];
  /** Files still being prepared (decoding, resizing, rendering pages). */
  pending: number;
  /** Refusals: already-worded sentences (from components) or files refused by lib/media. */
  errors: Array<string | FileRefusal>;
}

const EMPTY: Tray = { attachments: [], documents: [], texts: [], opening: [], pending: 0, errors: [] };

interface DraftState extends Tray {
  /** Whose tray is shown: the conversation's draft key (lib/store/drafts.ts), null until the page has taken its address. */
  key: string | null;
  /**
   * `textOnlyModel`: the model reads text only (its name): text files are taken, other files refused.
   * `agentStep`: a GUI-agent session, whose step sends one screenshot: an image takes the place of
   * the one attached before (a newer screenshot, not a pile the step cannot send), other files are refused.
   */
  add(files: File[], maxVideoBytes: number, textOnlyModel?: string, agentStep?: boolean): Promise<void>;
  /** Chooses the pages of a PDF to send and renders them. */
  setPages(docId: string, pages: number[]): Promise<void>;
  remove(id: string): void;
  clear(): void;
  /** Removes the images, video and PDFs, keeping text files (what a text-only model can still read). */
  clearMedia(): void;
  dismissErrors(): void;
  /**
   * Shows this chat's tray, keeping the one shown until now for its own chat. The first key adopts
   * what was attached before it was known. A chat's files are also stored (draft-files.ts), and
   * the first time a chat is shown after a reload they come back.
   */
  showTray(key: string): void;
  /** The chat was deleted: its stored files are not read back (until Undo). */
  forgetFiles(key: string): void;
  /** Undo of a chat's delete: its files are kept again. */
  keepFiles(key: string): void;
  /** A deleted chat's Undo is gone: its files leave memory (a PDF's reader is closed). */
  dropTray(key: string): void;
}

/** Every image the draft will send, documents' pages included, in tray order. */
export function draftMedia(s: Pick<DraftState, "attachments" | "documents">): Attachment[] {
  return [...s.attachments, ...s.documents.flatMap((d) => d.rendered)];
}

/**
 * The composer's attachments before sending. Its own store so the drop zone (the whole
 * conversation), paste and the attach button all feed one list. PDFs and text files have
 * their own lists (draft-documents.ts); images and videos are `attachments`.
 */
export const useDraftStore = create<DraftState>()((set, get) => {
  /** The trays of chats not on screen, by draft key. */
  const hidden = new Map<string, Tray>();
  /** The chat that took the tray filled before the page knew its address (files added then have no key). */
  let firstKey: string | null = null;
  const trayOf = (s: Tray): Tray => ({ attachments: s.attachments, documents: s.documents, texts: s.texts, opening: s.opening, pending: s.pending, errors: s.errors });
  /**
   * Changes the tray of the chat a file was added in: a file still being prepared when the user
   * moves to another chat lands in its own chat's tray, not in the one now on screen.
   */
  const update = (added: string | null, change: (tray: Tray) => Partial<Tray>) => {
    const owner = added ?? firstKey;
    if (get().key === owner) set((s) => change(s));
    else if (owner !== null) {
      const tray = hidden.get(owner) ?? EMPTY;
      hidden.set(owner, { ...tray, ...change(tray) });
    }
  };
  const fail = (owner: string | null, error: unknown, file: { name: string }) => {
    // Kept with its chat's tray: someone who moved on reads it when they come back.
    update(owner, (t) => ({ errors: [...t.errors, refusalOf(error, file)] }));
  };
  const patchDoc = (owner: string | null, id: string, patch: Partial<DraftDocument>) =>
    update(owner, (t) => ({ documents: t.documents.map((d) => (d.id === id ? { ...d, ...patch } : d)) }));
  const trayFor = (added: string | null): Tray => {
    const owner = added ?? firstKey;
    return get().key === owner ? get() : ((owner !== null && hidden.get(owner)) || EMPTY);
  };

  /** Each chat's files stored for a reload, and read back the first time the chat is shown. */
  const keeper = createDraftKeeper({
    tray: trayFor,
    update,
    reopen: async (doc) => (await loadPrep()).reopenDocument(doc),
    render: (key, doc) => render(key, doc),
    open: (key, file) => open(key, file),
    refuse: fail,
  });
  const persist = (added: string | null) => {
    const key = added ?? firstKey;
    if (key !== null) keeper.persist(key);
  };
  /** A change to a tray's files (not its progress or refusals): stored too. */
  const updateFiles = (added: string | null, change: (tray: Tray) => Partial<Tray>) => {
    update(added, change);
    persist(added);
  };

  async function render(owner: string | null, doc: DraftDocument) {
    update(owner, (t) => ({ pending: t.pending + 1 }));
    try {
      const rendered = await (await loadPrep()).renderDocument(doc);
      // The user may have removed it, or picked other pages, while it rendered.
      const now = trayFor(owner).documents.find((d) => d.id === doc.id);
      if (now && now.pages === doc.pages) {
        patchDoc(owner, doc.id, { rendered, status: "ready" });
        persist(owner);
      }
    } catch (error) {
      fail(owner, error, doc);
      updateFiles(owner, (t) => ({ documents: t.documents.filter((d) => d.id !== doc.id) }));
    } finally {
      update(owner, (t) => ({ pending: t.pending - 1 }));
    }
  }

  /** Opens a file of the tray's `opening` list; what it becomes takes its place in one change (one write). */
  async function open(owner: string | null, opening: OpeningFile) {
    update(owner, (t) => ({ pending: t.pending + 1 }));
    const settle = (change: (tray: Tray) => Partial<Tray>) =>
      updateFiles(owner, (t) => ({ ...change(t), opening: t.opening.filter((o) => o.id !== opening.id) }));
    try {
      await addOne(owner, opening, settle);
    } catch (error) {
      fail(owner, error, opening);
      settle(() => ({}));
    } finally {
      update(owner, (t) => ({ pending: t.pending - 1 }));
    }
  }

  async function addOne(owner: string | null, opening: OpeningFile, settle: (change: (tray: Tray) => Partial<Tray>) => void) {
    const { maxVideoBytes, textOnlyModel, agentStep } = opening;
    // Read back after a reload the bytes are a Blob: the preparation wants the File as attached.
    const file = opening.source instanceof File ? opening.source : new File([opening.source], opening.name, { type: opening.type });
    const { intakeClass, readTextFile, openDocument, prepareAttachment } = await loadPrep();
    const kind = await intakeClass(file, textOnlyModel);
    if (agentStep) {
      const image = kind === "media" && !file.type.startsWith("video/");
      const attachment = image ? await prepareAttachment(file, maxVideoBytes) : null;
      if (attachment?.kind !== "image") throw notAScreenshot(file);
      settle(() => ({ attachments: [attachment] }));
      return;
    }
    if (kind === "text") {
      const text = await readTextFile(file);
      settle((t) => ({ texts: [...t.texts, text] }));
      return;
    }
    if (kind === "pdf") {
      const doc = await openDocument(file, DEFAULT_MAX_IMAGES_PER_MESSAGE);
      settle((t) => ({ documents: [...t.documents, doc] }));
      await render(owner, doc);
      return;
    }
    const attachment = await prepareAttachment(file, maxVideoBytes);
    settle((t) => ({ attachments: [...t.attachments, attachment] }));
  }

  return {
    ...EMPTY,
    key: null,
    async add(files, maxVideoBytes, textOnlyModel, agentStep) {
      const owner = get().key;
      const opening = files.map((file): OpeningFile => ({ id: newId(), name: file.name, type: file.type, source: file, maxVideoBytes, textOnlyModel, agentStep }));
      // Stored as they came before they are opened: a reload while a PDF opens opens it again.
      updateFiles(owner, (t) => ({ opening: [...t.opening, ...opening], errors: [] }));
      await Promise.all(opening.map((file) => open(owner, file)));
    },
    async setPages(docId, pages) {
      const owner = get().key;
      const doc = get().documents.find((d) => d.id === docId);
      if (!doc) return;
      const next = { ...doc, pages, rendered: [], status: "rendering" as const };
      patchDoc(owner, docId, { pages, rendered: [], status: "rendering" });
      persist(owner);
      await render(owner, next);
    },
    remove(id) {
      const doc = get().documents.find((d) => d.id === id);
      // A document in the draft means the preparation code is loaded.
      if (doc) prepModule?.releaseDocument(doc);
      set((s) => ({
        attachments: s.attachments.filter((a) => a.id !== id),
        documents: s.documents.filter((d) => d.id !== id),
        texts: s.texts.filter((t) => t.id !== id),
      }));
      persist(get().key);
    },
    clear() {
      get().documents.forEach((doc) => prepModule?.releaseDocument(doc));
      set({ attachments: [], documents: [], texts: [], errors: [] });
      persist(get().key);
    },
    clearMedia() {
      get().documents.forEach((doc) => prepModule?.releaseDocument(doc));
      set({ attachments: [], documents: [], errors: [] });
      persist(get().key);
    },
    dismissErrors() {
      set({ errors: [] });
    },
    showTray(key) {
      const s = get();
      if (s.key === key) return;
      if (s.key === null) {
        firstKey = key;
        set({ key });
        keeper.shown(key);
        // Files attached before the page knew its address are this chat's: stored with it.
        return persist(key);
      }
      const leaving = trayOf(s);
      if (leaving.pending || leaving.opening.length || leaving.attachments.length || leaving.documents.length || leaving.texts.length || leaving.errors.length) hidden.set(s.key, leaving);
      const shown = hidden.get(key) ?? EMPTY;
      hidden.delete(key);
      set({ ...shown, key });
      keeper.shown(key);
    },
    forgetFiles(key) {
      keeper.deleted(key);
    },
    keepFiles(key) {
      keeper.undone(key);
    },
    dropTray(key) {
      if (get().key === key) return;
      keeper.dropped(key);
      const tray = hidden.get(key);
      hidden.delete(key);
      tray?.documents.forEach((doc) => prepModule?.releaseDocument(doc));
    },
  };
});

function notAScreenshot(file: File): AttachmentRefused {
  return new AttachmentRefused(`"${file.name}" was not attached: a GUI-agent step sends one screenshot (an image).`, "agent_screenshot");
}
