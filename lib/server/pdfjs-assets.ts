import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * pdf.js's font data, CJK cmaps, colour profiles and image decoders, served from the installed
 * pdfjs-dist so they always match its version (and are not copied into the repository). The
 * PDF worker fetches them only for PDFs that need them.
 */
const DIRS = new Set(["standard_fonts", "cmaps", "wasm", "iccs"]);
const FILE = /^[A-Za-z0-9_.-]{1,80}$/;
const TYPES: Record<string, string> = {
  ".wasm": "application/wasm",
  ".js": "text/javascript",
  ".ttf": "font/ttf",
};

export async function readPdfjsAsset(dir: string, file: string): Promise<{ bytes: Uint8Array; type: string } | null> {
  if (!DIRS.has(dir) || !FILE.test(file) || file.startsWith(".")) return null;
  try {
    const bytes = await readFile(join(process.cwd(), "node_modules", "pdfjs-dist", dir, file));
    const ext = file.slice(file.lastIndexOf("."));
    return { bytes: new Uint8Array(bytes), type: TYPES[ext] ?? "application/octet-stream" };
  } catch {
    return null;
  }
}
