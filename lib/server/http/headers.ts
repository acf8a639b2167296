import type { IncomingHttpHeaders } from "node:http";

/**
 * What the request checks read of a request's headers (access, origin, limits, body size, log
 * id): a web `Headers`, or `nodeHeaders` over Node's own. Names are case-insensitive as in `Headers`.
 */
export interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
}

/**
 * Node's parsed headers read as `Headers` would answer (repeated headers joined with ", "), without
 * copying them: the chat fast path built a web `Headers` per request only to read a few names,
 * a visible share of its per-request work at 200 concurrent starts.
 */
export function nodeHeaders(headers: IncomingHttpHeaders): HeaderReader {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    has: (name) => headers[name.toLowerCase()] !== undefined,
  };
}

/** The same headers with one name hidden, as if deleted from a copy. */
export function withoutHeader(headers: HeaderReader, hidden: string): HeaderReader {
  return {
    get: (name) => (name.toLowerCase() === hidden ? null : headers.get(name)),
    has: (name) => name.toLowerCase() !== hidden && headers.has(name),
  };
}
