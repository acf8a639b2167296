/**
 * Which non-media files the composer takes: PDFs (rendered to page images), text-like files
 * (sent as a text part with their name) and Office files (refused with "export as PDF first").
 */

export type FileClass = "pdf" | "text" | "office" | "media";

/** Characters of a text file sent to the model; GLM-4.5V's context is 64k tokens. */
export const MAX_TEXT_CHARS = 60_000;
/** Bytes read from a text file at most (a larger file is cut, and says so). */
export const MAX_TEXT_BYTES = 1024 * 1024;

const TEXT_EXTENSIONS = new Set([
  "txt", "md", "markdown", "csv", "tsv", "json", "jsonl", "xml", "yaml", "yml", "toml", "ini", "log", "html", "css",
  "js", "mjs", "cjs", "ts", "tsx", "jsx", "py", "rb", "go", "rs", "java", "kt", "c", "h", "cc", "cpp", "hpp", "cs",
  "php", "swift", "sh", "bash", "sql", "r", "lua", "scala", "dart", "vue", "svelte", "tex",
  "conf", "cfg", "env", "properties", "srt", "vtt", "patch", "diff", "rst", "adoc", "org", "mdx", "scss", "sass",
  "less", "proto", "graphql", "gql", "tf", "hcl", "nix", "gradle", "pl", "pm", "ps1", "bat", "zsh", "fish",
  "hs", "ml", "ex", "exs", "erl", "clj", "el", "jl", "m", "mm", "ipynb", "bib",
]);

const OFFICE: Record<string, string> = {
  doc: "Word", docx: "Word", odt: "Word", rtf: "Word",
  ppt: "PowerPoint", pptx: "PowerPoint", odp: "PowerPoint", key: "Keynote",
  xls: "Excel", xlsx: "Excel", ods: "Excel", numbers: "Numbers", pages: "Pages",
};

/** For `<input accept>` with a text-only model: the files it can read. */
export const TEXT_ACCEPT = ["text/*", "application/json", ...[...TEXT_EXTENSIONS].map((e) => `.${e}`)].join(",");

/** For `<input accept>`: PDFs, text-like files, and Office files (so they get the clear refusal). */
export const DOCUMENT_ACCEPT = [
  "application/pdf", ".pdf", "text/*", "application/json",
  ...[...TEXT_EXTENSIONS].map((e) => `.${e}`),
  ...Object.keys(OFFICE).map((e) => `.${e}`),
].join(",");

const OFFICE_MIME = /officedocument|msword|ms-excel|ms-powerpoint|opendocument/;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/** Decides from the name, the claimed type and the first bytes (magic numbers win). */
export function classifyFile(name: string, type: string, head: Uint8Array): FileClass {
  const ext = extensionOf(name);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (OFFICE[ext] || OFFICE_MIME.test(type)) return "office";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return "office"; // OLE: legacy .doc/.xls/.ppt
  if (type.startsWith("image/") || type.startsWith("video/")) return "media";
  const textual = TEXT_EXTENSIONS.has(ext) || type.startsWith("text/") || type === "application/json";
  if (textual && !head.includes(0)) return "text";
  if (type === "application/pdf" || ext === "pdf") return "pdf";
  // `Makefile`, `nginx.conf`, `notes.rules`: named as nothing the app knows, but text by their
  // bytes. They were sent to the image check, and refused as "named as an image" they never were.
  if (!claimedMediaKind(name, type) && looksLikeText(head)) return "text";
  return "media";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 with no control characters but tab, line breaks, form feed and escape: what binaries' first bytes never are. */
export function looksLikeText(head: Uint8Array): boolean {
  if (!head.length) return false;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) return false;
  try {
    // `stream`: a character cut at the head's end is not an error.
    utf8.decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The refusal for a file that is none of the kinds the composer takes (a zip, an audio file, a
 * program): it names every kind it does take. The byte check's own sentence names only images
 * and videos, the server's view, though PDFs and text files are attached here too.
 */
export function unknownFileRefusal(name: string): string {
  return `"${name}": this kind of file cannot be attached. Attach an image (PNG, JPEG, GIF, WebP, BMP, AVIF, HEIC), a video (MP4, MOV, MKV), a PDF or a text file.`;
}

const IMAGE_EXTENSIONS = new Set(["png", "jpg", "jpeg", "gif", "webp", "bmp", "avif", "heic", "heif", "tif", "tiff"]);
const VIDEO_EXTENSIONS = new Set(["mp4", "m4v", "mov", "mkv", "webm", "avi"]);

/** What a file says it is by its type or name, when that is an image or a video. */
export function claimedMediaKind(name: string, type: string): "image" | "video" | undefined {
  if (type.startsWith("image/")) return "image";
  if (type.startsWith("video/")) return "video";
  const ext = extensionOf(name);
  return IMAGE_EXTENSIONS.has(ext) ? "image" : VIDEO_EXTENSIONS.has(ext) ? "video" : undefined;
}

/**
 * The refusal for a file named as an image or a video whose bytes are none the app reads:
 * "this kind of file cannot be attached" puzzled someone holding a file called photo.png.
 */
export function unreadableMediaRefusal(name: string, kind: "image" | "video"): string {
  return `"${name}" is named as ${kind === "image" ? "an image" : "a video"} but is not one the app can read: it may be damaged or incomplete.`;
}

/** The plain-words refusal for Word / PowerPoint / Excel files. */
export function officeApp(name: string): string {
  return OFFICE[extensionOf(name)] ?? "Office";
}

export function officeRefusal(name: string): string {
  const app = officeApp(name);
  const article = /^[AEIOU]/.test(app) ? "an" : "a";
  return `"${name}" is ${article} ${app} file, which the model cannot read directly. Export it as PDF first (File › Export › PDF) and attach the PDF.`;
}

export interface TextFilePart {
  name: string;
  text: string;
  /** True when the file was longer than the cap and was cut. */
  truncated: boolean;
  /** Characters in the whole file (as far as it was read). */
  chars: number;
}

/** Decodes UTF-8 (BOM dropped) and caps it; null when the bytes are not text. */
export function decodeTextFile(name: string, bytes: Uint8Array, cutByBytes = false): TextFilePart | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: !cutByBytes }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes("\u0000")) return null;
  text = text.replace(/^\uFEFF/, "");
  const truncated = cutByBytes || text.length > MAX_TEXT_CHARS;
  return { name, text: text.slice(0, MAX_TEXT_CHARS), truncated, chars: text.length };
}

/** The text part the model receives: the file's name, then its content fenced. */
export function textFilePartText(part: TextFilePart): string {
  // Longer than any run of backticks in the file, so no line of it can close the block early.
  const longest = Math.max(0, ...(part.text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  const lang = extensionOf(part.name);
  const cut = part.truncated ? `\n[Cut: only the first ${part.text.length.toLocaleString("en")} characters are included.]` : "";
  // A file's own final newline ends its last line; another would send a blank line inside the block.
  const body = part.text.endsWith("\n") ? part.text : `${part.text}\n`;
  return `File: ${part.name}\n${fence}${lang}\n${body}${fence}${cut}`;
}
