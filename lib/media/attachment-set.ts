/**
 * The count rules for a message's attachments (images and videos), apart from validate.ts's byte
 * checks: the composer runs them on every render, and the byte checks load only with a file.
 */
import { DEFAULT_MAX_IMAGES_PER_MESSAGE } from "./limits";
import type { AttachmentRefusal } from "./validate";

export interface AttachmentSetOptions {
  /** From the model catalogue; 0 for text-only models. */
  maxImages?: number;
  allowVideo?: boolean;
  modelName?: string;
}

/** Which count rule refused a set: the UI words it in the reader's language from this. */
export type AttachmentSetRule = "text_only" | "no_video" | "mixed" | "one_video" | "max_images";

/** Count rules: several images up to the model's limit, or one video, never both. */
export function validateAttachmentSet(
  items: ReadonlyArray<{ kind: "image" | "video" }>,
  options: AttachmentSetOptions = {},
): { ok: true } | { ok: false; code: AttachmentRefusal; rule: AttachmentSetRule; reason: string; status: 400; images: number; maxImages: number } {
  const maxImages = options.maxImages ?? DEFAULT_MAX_IMAGES_PER_MESSAGE;
  const model = options.modelName ?? "This model";
  const images = items.filter((i) => i.kind === "image").length;
  const videos = items.length - images;
  const refuse = (code: AttachmentRefusal, rule: AttachmentSetRule, reason: string) => ({ ok: false as const, code, rule, reason, status: 400 as const, images, maxImages });
  if (items.length > 0 && maxImages === 0 && !options.allowVideo) {
    return refuse("unsupported_type", "text_only", `${model} reads text only: remove the attachments or pick a vision model.`);
  }
  if (videos > 0 && options.allowVideo === false) return refuse("unsupported_type", "no_video", `${model} does not take video.`);
  if (videos > 0 && images > 0) return refuse("mixed", "mixed", "Send either images or one video in a message, not both.");
  if (videos > 1) return refuse("too_many", "one_video", "Only one video per message.");
  if (images > maxImages) return refuse("too_many", "max_images", `${model} takes at most ${maxImages} images per message (you attached ${images}).`);
  return { ok: true };
}
