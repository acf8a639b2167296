import type { StreamEvent } from "./events";

/**
 * The one "cut off" event: a stream that ends without a finish or an error. Raised by the server
 * when the upstream stops early, and by the turn owner when the app's own stream does. Its own
 * module so that lib/chat/apply-event.ts (in the page's first load) does not build the stream
 * events' zod schemas (./events.ts) at page start: only the request path parses events.
 */
export const CUT_OFF = { type: "error", code: "stream_interrupted", message: "The answer was cut off: the connection dropped." } as const satisfies StreamEvent;
