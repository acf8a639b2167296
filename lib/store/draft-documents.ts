/**
 * PDFs and text files in the composer's draft: a PDF is opened and its pages rendered (in the
 * worker) into image attachments tagged with their page; a text file becomes a named text
 * block; Office files are refused with "export as PDF first". Browser-only.
 */
import type { Attachment } from "@/lib/chat/message";
import { newId } from "@/lib/ids";
import { classifyFile, decodeTextFile, MAX_TEXT_BYTES, officeApp, officeRefusal, type FileClass, type TextFilePart } from "@/lib/media/documents";
import { AttachmentRefused } from "@/lib/media/refusal";
import type { StoredDocument } from "./draft-files";
import { defaultPages } from "@/lib/media/pdf/page-plan";
import { closePdf, openPdf, PdfError, renderPdfPages, type OpenedPdf } from "@/lib/media/pdf/render-client";

export interface DraftDocument {
  id: string;
  name: string;
  pageCount: number;
  /** Pages chosen to send, in order. */
  pages: number[];
  /** One image attachment per chosen page, once rendered. */
  rendered: Attachment[];
  status: "rendering" | "ready";
  /** More pages than the model takes: the user must choose (never a silent cut). */
  overLimit: boolean;
  pdf: OpenedPdf;
  /** The file as attached: kept with the draft across a reload (draft-files.ts) and opened again from it. */
  source: Blob;
}

export interface DraftTextFile {
  id: string;
  part: TextFilePart;
}

export async function fileClass(file: File): Promise<FileClass> {
  // Enough to tell text from a binary for a file whose name says neither (documents.ts looksLikeText).
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  return classifyFile(file.name, file.type, head);
}

export async function readTextFile(file: File): Promise<DraftTextFile> {
  const cut = file.size > MAX_TEXT_BYTES;
  const bytes = new Uint8Array(await file.slice(0, MAX_TEXT_BYTES).arrayBuffer());
  const part = decodeTextFile(file.name || "pasted text", bytes, cut);
  if (!part) throw new AttachmentRefused(`"${file.name}" is not UTF-8 text, so it cannot be sent as text.`, "not_text");
  // Nothing to read: sending it would only show the model an empty block.
  if (!part.text.trim()) throw new AttachmentRefused(`"${file.name}" is empty.`, "empty");
  return { id: newId(), part };
}

/**
 * How a file is taken, checked as the composer checks it: Office files are refused with their
 * advice, and a text-only model (its name) takes text files only.
 */
export async function intakeClass(file: File, textOnlyModel?: string): Promise<Exclude<FileClass, "office">> {
  const kind = await fileClass(file);
  if (kind === "office") refuseOffice(file);
  if (textOnlyModel && kind !== "text") {
    throw new AttachmentRefused(`"${file.name}" was not attached: ${textOnlyModel} reads text only. Pick a vision model such as GLM-4.5V for images, video and PDFs.`, "text_only", { model: textOnlyModel });
  }
  return kind;
}

export function refuseOffice(file: File): never {
  throw new AttachmentRefused(officeRefusal(file.name), "office", { app: officeApp(file.name) });
}

export async function openDocument(file: File, maxImages: number): Promise<DraftDocument> {
  const name = file.name || "document.pdf";
  // pdf.js calls an empty file damaged; the user should hear what the other kinds say.
  if (file.size === 0) throw new AttachmentRefused(`"${name}" is empty.`, "empty");
  try {
    const pdf = await openPdf(await file.arrayBuffer());
    return {
      id: newId(), name, pageCount: pdf.pageCount, pages: defaultPages(pdf.pageCount, maxImages), rendered: [],
      status: "rendering", overLimit: pdf.pageCount > maxImages, pdf, source: file,
    };
  } catch (error) {
    if (error instanceof PdfError) throw new AttachmentRefused(`"${name}": ${error.message}`, `pdf_${error.code}`);
    throw error;
  }
}

/** A draft's PDF after a reload: opened again from its file, its chosen pages' images as they were (none: still to render). */
export async function reopenDocument(stored: StoredDocument): Promise<DraftDocument> {
  try {
    const pdf = await openPdf(await stored.source.arrayBuffer());
    return { ...stored, status: stored.rendered.length ? "ready" : "rendering", pdf };
  } catch (error) {
    if (error instanceof PdfError) throw new AttachmentRefused(`"${stored.name}": ${error.message}`, `pdf_${error.code}`);
    throw error;
  }
}

/** Renders the chosen pages into image attachments (JPEG), in page order. */
export async function renderDocument(doc: DraftDocument): Promise<Attachment[]> {
  const start = performance.now();
  let bytes = 0;
  try {
    const pages = await renderPdfPages(doc.pdf, doc.pages);
    bytes = pages.reduce((n, p) => n + p.blob.size, 0);
    return pages.map((p) => ({
      id: newId(), kind: "image", mimeType: "image/jpeg", blob: p.blob, name: `${doc.name} — page ${p.page}`,
      width: p.width, height: p.height, size: p.blob.size,
      doc: { docId: doc.id, name: doc.name, page: p.page, pageCount: doc.pageCount },
    }));
  } catch (error) {
    if (error instanceof PdfError) throw new AttachmentRefused(`"${doc.name}": ${error.message}`, `pdf_${error.code}`);
    throw error;
  } finally {
    performance.measure("glm:render-pdf", { start, detail: { name: doc.name, pages: doc.pages.length, bytes } });
  }
}

export function releaseDocument(doc: DraftDocument): void {
  closePdf(doc.pdf);
}
