/// <reference lib="webworker" />
/**
 * Renders PDF pages off the main thread. pdf.js's own worker code runs in this same worker
 * ("fake worker" through `globalThis.pdfjsWorker`), canvases are OffscreenCanvas, and glyphs are
 * drawn as paths (`disableFontFace`), so nothing needs a DOM. Pages are JPEG blobs sized by
 * page-plan.ts (docs/decisions/pdf-pages.md).
 */
import type { PDFDocumentProxy } from "pdfjs-dist";
import { JPEG_QUALITY, pagePixelBudget, pageScale } from "./page-plan";
import type { PdfErrorCode, PdfReply, PdfRequest } from "./protocol";

type PdfJs = typeof import("pdfjs-dist");

let pdfjs: Promise<PdfJs> | null = null;
const docs = new Map<number, PDFDocumentProxy>();
let nextDoc = 1;

function load(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import("pdfjs-dist/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist");
  })();
  return pdfjs;
}

class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
    return { canvas, context: canvas.getContext("2d", { willReadFrequently: true }) };
  }
  reset(entry: { canvas: OffscreenCanvas }, width: number, height: number) {
    entry.canvas.width = width;
    entry.canvas.height = height;
  }
  destroy(entry: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (entry.canvas) {
      entry.canvas.width = 0;
      entry.canvas.height = 0;
    }
    entry.canvas = null;
    entry.context = null;
  }
}

/** pdf.js reads `ownerDocument.fonts` / createElement only for font faces, which are off here. */
const noDocument = {
  fonts: (self as unknown as { fonts?: unknown }).fonts,
  createElement() {
    throw new Error("no DOM in the PDF worker");
  },
};

const post = (reply: PdfReply) => (self as DedicatedWorkerGlobalScope).postMessage(reply);

function errorCode(error: unknown): PdfErrorCode {
  const name = (error as { name?: string })?.name ?? "";
  if (name === "PasswordException") return "password";
  if (name === "InvalidPDFException" || name === "MissingPDFException") return "damaged";
  return "render";
}

async function open(msg: Extract<PdfRequest, { type: "open" }>) {
  const lib = await load();
  const task = lib.getDocument({
    data: new Uint8Array(msg.bytes),
    CanvasFactory: OffscreenCanvasFactory,
    ownerDocument: noDocument as unknown as Document,
    isOffscreenCanvasSupported: true,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: true,
    isEvalSupported: false,
    // Errors only: at the default level pdf.js logs "Setting up fake worker." on every PDF (the
    // fake worker is this design, above), a console warning each time a user attaches a PDF.
    verbosity: lib.VerbosityLevel.ERRORS,
    standardFontDataUrl: `${msg.assetsBase}/standard_fonts/`,
    cMapUrl: `${msg.assetsBase}/cmaps/`,
    wasmUrl: `${msg.assetsBase}/wasm/`,
    iccUrl: `${msg.assetsBase}/iccs/`,
  });
  const doc = await task.promise;
  const docId = nextDoc++;
  docs.set(docId, doc);
  const first = (await doc.getPage(1)).getViewport({ scale: 1 });
  post({ type: "opened", id: msg.id, docId, pageCount: doc.numPages, firstPageSize: { width: first.width, height: first.height } });
}

async function render(msg: Extract<PdfRequest, { type: "render" }>) {
  const doc = docs.get(msg.docId);
  if (!doc) throw Object.assign(new Error("The document is no longer open."), { name: "MissingPDFException" });
  const budget = pagePixelBudget(msg.pages.length);
  for (const n of msg.pages) {
    const t0 = performance.now();
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const scale = msg.thumbWidth ? msg.thumbWidth / base.width : pageScale(base.width, base.height, budget);
    const viewport = page.getViewport({ scale });
    const canvas = new OffscreenCanvas(Math.floor(viewport.width), Math.floor(viewport.height));
    const context = canvas.getContext("2d", { alpha: false })!;
    // JPEG has no alpha: paint the paper white first.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: null, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: msg.quality || JPEG_QUALITY });
    page.cleanup();
    post({ type: "page", id: msg.id, page: { page: n, blob, width: canvas.width, height: canvas.height, ms: performance.now() - t0 } });
  }
  post({ type: "done", id: msg.id });
}

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const msg = event.data;
  if (msg.type === "close") {
    await docs.get(msg.docId)?.destroy();
    docs.delete(msg.docId);
    return;
  }
  try {
    if (msg.type === "open") await open(msg);
    else await render(msg);
  } catch (error) {
    post({ type: "error", id: msg.id, code: errorCode(error), message: error instanceof Error ? error.message : String(error) });
  }
};
