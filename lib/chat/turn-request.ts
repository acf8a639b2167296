/**
 * What a turn needs only once it sends: the request builder (with the PDF page plan), the
 * stream client (SSE parser) and base64 encoding. TurnRunner loads this on a turn's start, so
 * the page start does not evaluate it (docs/decisions/startup-reads.md, round 4).
 */
export { blobToBase64 } from "@/lib/media/base64";
export { ChatRequestError, streamChat } from "./stream-client";
export { toChatRequest } from "./to-request";
