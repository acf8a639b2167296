"use client";

import { create } from "zustand";
import type { Attachment } from "@/lib/chat/message";
import { AttachmentRefused, prepareAttachment } from "@/lib/media/prepare-attachment";

/**
 * The composer's attachments before sending. Its own store so the drop zone (the whole
 * conversation), paste and the attach button all feed one list.
 */
interface DraftState {
  attachments: Attachment[];
  /** Files still being prepared (decoding, resizing). */
  pending: number;
  errors: string[];
  add(files: File[], maxVideoBytes: number): Promise<void>;
  remove(id: string): void;
  clear(): void;
  dismissErrors(): void;
}

export const useDraftStore = create<DraftState>()((set) => ({
  attachments: [],
  pending: 0,
  errors: [],
  async add(files, maxVideoBytes) {
    set((s) => ({ pending: s.pending + files.length, errors: [] }));
    await Promise.all(
      files.map(async (file) => {
        try {
          const attachment = await prepareAttachment(file, maxVideoBytes);
          set((s) => ({ attachments: [...s.attachments, attachment] }));
        } catch (error) {
          const message = error instanceof AttachmentRefused ? error.message : `"${file.name}" could not be read.`;
          set((s) => ({ errors: [...s.errors, message] }));
        } finally {
          set((s) => ({ pending: s.pending - 1 }));
        }
      }),
    );
  },
  remove(id) {
    set((s) => ({ attachments: s.attachments.filter((a) => a.id !== id) }));
  },
  clear() {
    set({ attachments: [], errors: [] });
  },
  dismissErrors() {
    set({ errors: [] });
  },
}));
