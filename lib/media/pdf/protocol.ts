/** Messages between the page-rendering worker (pdf.worker.ts) and render-client.ts. */

export type PdfRequest =
  | { type: "open"; id: number; bytes: ArrayBuffer; assetsBase: string }
  | { type: "render"; id: number; docId: number; pages: number[]; quality: number; thumbWidth?: number }
  | { type: "close"; docId: number };

export interface RenderedPage {
  page: number;
  blob: Blob;
  width: number;
  height: number;
  /** Milliseconds spent rendering and encoding this page, inside the worker. */
  ms: number;
}

export type PdfReply =
  | { type: "opened"; id: number; docId: number; pageCount: number; firstPageSize: { width: number; height: number } }
  | { type: "page"; id: number; page: RenderedPage }
  | { type: "done"; id: number }
  | { type: "error"; id: number; code: PdfErrorCode; message: string };

export type PdfErrorCode = "password" | "damaged" | "render" | "unsupported";
