/**
 * The main thread's side of PDF rendering: opens a PDF and renders pages in pdf.worker.ts,
 * never here (a 50-page render would freeze the page). Browser-only.
 */
import { JPEG_QUALITY } from "./page-plan";
import type { PdfErrorCode, PdfReply, PdfRequest, RenderedPage } from "./protocol";

export type { RenderedPage } from "./protocol";

export class PdfError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGES: Record<PdfErrorCode, string> = {
  password: "This PDF is password-protected. Remove the password (for example, print it to a new PDF) and attach it again.",
  damaged: "This PDF cannot be read: the file is damaged or is not really a PDF.",
  render: "A page of this PDF could not be rendered.",
  unsupported: "This browser cannot render PDF pages in the background (it lacks OffscreenCanvas). Try a current Chrome, Edge, Firefox or Safari.",
};

export interface OpenedPdf {
  docId: number;
  pageCount: number;
  firstPageSize: { width: number; height: number };
}

type Listener = (reply: PdfReply) => void;
let worker: Worker | null = null;
let nextId = 1;
const listeners = new Map<number, Listener>();

function getWorker(): Worker {
  if (worker) return worker;
  if (typeof OffscreenCanvas === "undefined") throw new PdfError("unsupported", MESSAGES.unsupported);
  worker = new Worker(new URL("./pdf.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<PdfReply>) => listeners.get(e.data.id)?.(e.data);
  worker.onerror = () => {
    for (const [id, listener] of listeners) listener({ type: "error", id, code: "unsupported", message: "worker failed" });
    listeners.clear();
    worker = null;
  };
  return worker;
}

function request(msg: PdfRequest & { id: number }, onReply: (reply: PdfReply, finish: () => void) => void, transfer: Transferable[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      listeners.delete(msg.id);
      resolve();
    };
    listeners.set(msg.id, (reply) => {
      if (reply.type === "error") {
        listeners.delete(msg.id);
        reject(new PdfError(reply.code, MESSAGES[reply.code]));
        return;
      }
      onReply(reply, finish);
    });
    getWorker().postMessage(msg, transfer);
  });
}

/** Where the worker fetches pdf.js's fonts, cmaps and decoders (served by app/pdfjs). */
function assetsBase(): string {
  return `${self.location.origin}/pdfjs`;
}

/** Opens a PDF in the worker. The bytes are copied, so the caller's buffer stays usable. */
export async function openPdf(bytes: ArrayBuffer): Promise<OpenedPdf> {
  const copy = bytes.slice(0);
  let opened: OpenedPdf | null = null;
  await request({ type: "open", id: nextId++, bytes: copy, assetsBase: assetsBase() }, (reply, finish) => {
    if (reply.type === "opened") {
      opened = { docId: reply.docId, pageCount: reply.pageCount, firstPageSize: reply.firstPageSize };
      finish();
    }
  }, [copy]);
  return opened!;
}

/** Renders pages in order; `onPage` sees each as soon as it is ready. */
export async function renderPdfPages(
  doc: OpenedPdf,
  pages: readonly number[],
  options: { onPage?: (page: RenderedPage) => void; thumbWidth?: number } = {},
): Promise<RenderedPage[]> {
  const out: RenderedPage[] = [];
  await request({ type: "render", id: nextId++, docId: doc.docId, pages: [...pages], quality: JPEG_QUALITY, thumbWidth: options.thumbWidth }, (reply, finish) => {
    if (reply.type === "page") {
      out.push(reply.page);
      options.onPage?.(reply.page);
    } else if (reply.type === "done") finish();
  });
  return out;
}

export function closePdf(doc: OpenedPdf): void {
  worker?.postMessage({ type: "close", docId: doc.docId } satisfies PdfRequest);
}
