/**
 * Size arithmetic for requests that carry media. Images and videos travel inside the JSON body as
 * base64 (4 bytes for every 3), so a file must be judged by its encoded size against a body
 * limit (CHAT_BODY_LIMIT_MB, SHARE_LIMIT_MB), never by its own size against a separate number:
 * a 35 MB video under a "50 MB" video limit was accepted and then could never be sent in a 40 MB
 * body. Pure: the server clamps what it advertises with it, the browser warns with it.
 */

const MB = 1024 * 1024;

/** Room kept for the JSON around the media (the text, the settings, the field names). */
export const BODY_OVERHEAD_BYTES = 256 * 1024;

/** The length of `bytes` bytes in base64. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(Math.max(0, bytes) / 3);
}

/** The largest file (or sum of files) whose base64 fits a body of `bodyMb`, overhead kept aside. */
export function largestMediaBytes(bodyMb: number): number {
  return Math.max(0, Math.floor((bodyMb * MB - BODY_OVERHEAD_BYTES) / 4) * 3);
}

/**
 * VIDEO_LIMIT_MB as it can really be sent: never more than one video alone fits the chat body.
 * Rounded down as formatBytes shows it (whole MB from 10, a tenth below), so the limit a user is
 * told is exactly the one held: "at most 30 MB" for a 29.8 MB limit refused a 29.9 MB file.
 */
export function effectiveVideoMb(videoMb: number, bodyMb: number): number {
  const fits = largestMediaBytes(bodyMb) / MB;
  return Math.min(videoMb, fits >= 10 ? Math.floor(fits) : Math.floor(fits * 10) / 10);
}

/** Whether media of these sizes (bytes), encoded, fit a body of `bodyMb`. */
export function mediaFit(sizes: readonly number[], bodyMb: number): boolean {
  return sizes.reduce((n, size) => n + base64Length(size), 0) + BODY_OVERHEAD_BYTES <= bodyMb * MB;
}

/** The raw bytes of these sizes together. */
export function totalBytes(sizes: readonly number[]): number {
  return sizes.reduce((n, size) => n + Math.max(0, size), 0);
}

/**
 * Why a request came back too large, for the card's words and its way forward:
 * `earlier` the chat's earlier images and videos (the question's own fit: sending without them
 * works), `own` the question's own files (only editing them away helps), `unknown` neither adds
 * up (the text, or a limit not known): nothing the app can offer.
 */
export type TooLargeCause = "earlier" | "own" | "unknown";

export function tooLargeCause(ownSizes: readonly number[], earlierSizes: readonly number[], bodyMb: number): TooLargeCause {
  if (!mediaFit(ownSizes, bodyMb)) return "own";
  if (earlierSizes.length && !mediaFit([...ownSizes, ...earlierSizes], bodyMb)) return "earlier";
  // Close to the limit the estimate can be off by the text: earlier media are still the one thing to leave out.
  return earlierSizes.length ? "earlier" : "unknown";
}
