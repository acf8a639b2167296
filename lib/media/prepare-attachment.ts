/**
 * Turns a user's file into an Attachment ready to send: images go through prepareImage (EXIF,
 * format, size) in a worker, videos are checked by bytes and against the configured cap. Browser-only.
 */
import type { Attachment } from "@/lib/chat/message";
import { newId } from "@/lib/ids";
import { formatBytes } from "@/lib/format";
import { PrepareImageError } from "./prepare-image";
import { prepareImageOffThread } from "./prepare-image-client";
import { claimedMediaKind, unknownFileRefusal, unreadableMediaRefusal } from "./documents";
import { sniffMedia } from "./sniff";
import { validateAttachmentBytes } from "./validate";
import { AttachmentRefused } from "./refusal";

export { AttachmentRefused };

/** Measured as `glm:prepare-attachment` in the Performance timeline (devtools, benchmarks). */
export async function prepareAttachment(file: File, maxVideoBytes: number): Promise<Attachment> {
  const start = performance.now();
  try {
    return await prepare(file, maxVideoBytes);
  } finally {
    performance.measure("glm:prepare-attachment", { start, detail: { name: file.name, size: file.size } });
  }
}

async function prepare(file: File, maxVideoBytes: number): Promise<Attachment> {
  const name = file.name || "pasted image";
  if (file.size === 0) throw new AttachmentRefused(`"${name}" is empty.`, "empty");
  // Only the header is needed to decide the kind; a 50 MB video is not read twice.
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const sniffed = sniffMedia(head);
  if (!sniffed.ok && sniffed.code === "unknown") {
    const claimed = claimedMediaKind(name, file.type);
    if (claimed) throw new AttachmentRefused(unreadableMediaRefusal(name, claimed), "unreadable_media", { kind: claimed });
  }
  if (!sniffed.ok && (sniffed.code === "unknown" || sniffed.code === "audio")) throw new AttachmentRefused(unknownFileRefusal(name), "unsupported_type");
  // Text files are attached too: the name (or type) is what sent this one here, so say so.
  if (!sniffed.ok && sniffed.code === "text") {
    throw new AttachmentRefused(`"${name}" is named as an image or a video but holds text. To attach it as a text file, give it a text name (such as .txt).`, "text_named_as_media");
  }
  const isVideo = file.type.startsWith("video/");
  if (isVideo || looksLikeVideo(head)) {
    if (file.size > maxVideoBytes) {
      const params = { size: formatBytes(file.size), limit: formatBytes(maxVideoBytes) };
      throw new AttachmentRefused(`"${name}" is ${params.size}: videos can be at most ${params.limit}.`, "video_too_large", params);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = validateAttachmentBytes(bytes, { stage: "prepared", claimedType: file.type || undefined, maxVideoBytes });
    if (!check.ok) throw new AttachmentRefused(`"${name}": ${check.reason}`, check.code);
    return { id: newId(), kind: "video", mimeType: check.mimeType, blob: new Blob([bytes], { type: check.mimeType }), name, size: bytes.length };
  }
  try {
    const image = await prepareImageOffThread(file);
    return {
      id: newId(), kind: "image", mimeType: image.mimeType, blob: image.blob, name,
      width: image.width, height: image.height, size: image.blob.size,
    };
  } catch (error) {
    if (error instanceof PrepareImageError) throw new AttachmentRefused(`"${name}": ${error.message}`, error.code);
    throw error;
  }
}

/** ISO-BMFF (`ftyp` at offset 4, non-image brand) or Matroska's EBML magic. */
function looksLikeVideo(head: Uint8Array): boolean {
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return true;
  if (head.length < 12) return false;
  const ftyp = String.fromCharCode(...head.slice(4, 8));
  const brand = String.fromCharCode(...head.slice(8, 12));
  return ftyp === "ftyp" && !/^(avif|avis|heic|heix|mif1|msf1|hevc)$/.test(brand);
}
