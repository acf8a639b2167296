/**
 * Attachment limits. The image limits are the upstream's (docs/glm-protocol.md section 2): the
 * browser prepares images to fit them so the upstream never refuses one, and the server
 * checks them again.
 */

/** Longest side the upstream accepts, in pixels. */
export const MAX_IMAGE_SIDE = 6000;
/** Bytes per prepared image. "Under 5 MB": 5,000,000 satisfies both MB readings. */
export const MAX_IMAGE_BYTES = 5_000_000;
export const MAX_IMAGE_BYTES_LABEL = "5 MB";
/** Refused before decoding: a bigger image would exhaust the tab's memory. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** A raw file (before preparation) larger than this is not worth decoding in a browser. */
export const MAX_RAW_IMAGE_BYTES = 100 * 1024 * 1024;
/** Default video cap (configurable; the upstream allows up to 200 MB). */
export const DEFAULT_MAX_VIDEO_BYTES = 50 * 1024 * 1024;
/** Images per message when the model catalogue says nothing (BigModel's figure for GLM-4.5V). */
export const DEFAULT_MAX_IMAGES_PER_MESSAGE = 50;
export const MAX_VIDEOS_PER_MESSAGE = 1;

/** What the upstream takes as `image_url`. */
export const SENDABLE_IMAGE_TYPES = ["image/png", "image/jpeg"] as const;
/** What the browser accepts from the user and converts to a sendable type. */
export const ACCEPTED_IMAGE_TYPES = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/bmp",
  "image/avif",
  "image/heic",
] as const;
/** What the upstream takes as `video_url` (mp4 / mov / mkv). */
export const ACCEPTED_VIDEO_TYPES = ["video/mp4", "video/quicktime", "video/x-matroska"] as const;

export type SendableImageType = (typeof SENDABLE_IMAGE_TYPES)[number];
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];
export type AcceptedVideoType = (typeof ACCEPTED_VIDEO_TYPES)[number];

/** For `<input type="file" accept=...>`; extensions too, as some systems send no mime type for mkv. */
export const ATTACH_ACCEPT = [...ACCEPTED_IMAGE_TYPES, ...ACCEPTED_VIDEO_TYPES, ".mkv", ".mov", ".heic"].join(",");

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
