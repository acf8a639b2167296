"use client";

import { create } from "zustand";
import type { Attachment } from "@/lib/chat/message";
import { DEFAULT_MAX_IMAGES_PER_MESSAGE } from "@/lib/media/limits";
import { AttachmentRefused } from "@/lib/media/refusal";
import type { DraftDocument, DraftTextFile } from "./draft-documents";

/**
 * The preparation code (image decoding and resizing, byte checks, the PDF client) loads with the
 * first file, not at page start: the first screen only shows the empty draft.
 */
type Prep = typeof import("./draft-documents") & Pick<typeof import("@/lib/media/prepare-attachment"), "prepareAttachment">;
let prepModule: Prep | undefined;
async function loadPrep(): Promise<Prep> {
  if (!prepModule) {
    const [docs, attach] = await Promise.all([import("./draft-documents"), import("@/lib/media/prepare-attachment")]);
    prepModule = { ...docs, prepareAttachment: attach.prepareAttachment };
  }
  return prepModule;
}

/**
 * The composer's attachments before sending. Its own store so the drop zone (the whole
 * conversation), paste and the attach button all feed one list. PDFs and text files have
 * their own lists (draft-documents.ts); images and videos are `attachments`.
 */
/** A file the draft refused: the English sentence, and the code the UI words in other languages. */
export interface FileRefusal {
  file: string;
  code: string;
  message: string;
  params?: Record<string, string>;
}

interface DraftState {
  attachments: Attachment[];
  documents: DraftDocument[];
  texts: DraftTextFile[];
  /** Files still being prepared (decoding, resizing, rendering pages). */
  pending: number;
  /** Refusals: already-worded sentences (from components) or files refused by lib/media. */
  errors: Array<string | FileRefusal>;
  add(files: File[], maxVideoBytes: number): Promise<void>;
  /** Chooses the pages of a PDF to send and renders them. */
  setPages(docId: string, pages: number[]): Promise<void>;
  remove(id: string): void;
  clear(): void;
  dismissErrors(): void;
}

/** Every image the draft will send, documents' pages included, in tray order. */
export function draftMedia(s: Pick<DraftState, "attachments" | "documents">): Attachment[] {
  return [...s.attachments, ...s.documents.flatMap((d) => d.rendered)];
}

export const useDraftStore = create<DraftState>()((set, get) => {
  const fail = (error: unknown, file: { name: string }) => {
    const refusal: FileRefusal =
      error instanceof AttachmentRefused
        ? { file: file.name, code: error.code, message: error.message, params: error.params }
        : { file: file.name, code: "unreadable", message: `"${file.name}" could not be read.` };
    set((s) => ({ errors: [...s.errors, refusal] }));
  };
  const patchDoc = (id: string, patch: Partial<DraftDocument>) =>
    set((s) => ({ documents: s.documents.map((d) => (d.id === id ? { ...d, ...patch } : d)) }));

  async function render(doc: DraftDocument) {
    set((s) => ({ pending: s.pending + 1 }));
    try {
      const rendered = await (await loadPrep()).renderDocument(doc);
      // The user may have removed it, or picked other pages, while it rendered.
      const now = get().documents.find((d) => d.id === doc.id);
      if (now && now.pages === doc.pages) patchDoc(doc.id, { rendered, status: "ready" });
    } catch (error) {
      fail(error, doc);
      set((s) => ({ documents: s.documents.filter((d) => d.id !== doc.id) }));
    } finally {
      set((s) => ({ pending: s.pending - 1 }));
    }
  }

  async function addOne(file: File, maxVideoBytes: number) {
    const { fileClass, refuseOffice, readTextFile, openDocument, prepareAttachment } = await loadPrep();
    const kind = await fileClass(file);
    if (kind === "office") refuseOffice(file);
    if (kind === "text") {
      const text = await readTextFile(file);
      set((s) => ({ texts: [...s.texts, text] }));
      return;
    }
    if (kind === "pdf") {
      const doc = await openDocument(file, DEFAULT_MAX_IMAGES_PER_MESSAGE);
      set((s) => ({ documents: [...s.documents, doc] }));
      await render(doc);
      return;
    }
    const attachment = await prepareAttachment(file, maxVideoBytes);
    set((s) => ({ attachments: [...s.attachments, attachment] }));
  }

  return {
    attachments: [],
    documents: [],
    texts: [],
    pending: 0,
    errors: [],
    async add(files, maxVideoBytes) {
      set((s) => ({ pending: s.pending + files.length, errors: [] }));
      await Promise.all(
        files.map(async (file) => {
          try {
            await addOne(file, maxVideoBytes);
          } catch (error) {
            fail(error, file);
          } finally {
            set((s) => ({ pending: s.pending - 1 }));
          }
        }),
      );
    },
    async setPages(docId, pages) {
      const doc = get().documents.find((d) => d.id === docId);
      if (!doc) return;
      const next = { ...doc, pages, rendered: [], status: "rendering" as const };
      patchDoc(docId, { pages, rendered: [], status: "rendering" });
      await render(next);
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
    },
    clear() {
      get().documents.forEach((doc) => prepModule?.releaseDocument(doc));
      set({ attachments: [], documents: [], texts: [], errors: [] });
    },
    dismissErrors() {
      set({ errors: [] });
    },
  };
});
