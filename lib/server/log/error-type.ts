/**
 * The `type` of a logged error. An error's name is often its constructor's name (redis-errors and
 * ioredis define `get name() { return this.constructor.name }`), which the production bundle
 * minifies: a Redis outage logged `type: "i"`. A name that does not read as one is replaced by
 * what still identifies the error: ioredis's known messages, else the error's code, else the
 * nearest ancestor class whose name survived (at worst the built-in "Error").
 */

/** "Error", "TypeError", "AbortError", "SqliteError", "ZodError"…; not "i", "tn" or "Q9". */
const READABLE_NAME = /^(?:[A-Z][A-Za-z0-9]*)?(?:Error|Exception)$/;
const CODE = /^[\w.-]{1,40}$/;

/** ioredis's own failures, by the fixed text each is thrown with (ioredis/built/errors, redis/event_handler). */
const IOREDIS_MESSAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Reached the max retries per request limit/, "MaxRetriesPerRequestError"],
  [/^Failed to refresh slots cache/, "ClusterAllFailedError"],
  [/^(?:Command aborted due to connection close|Cluster is ended|No (?:sharded )?subscriber )/, "AbortError"],
];

function readableName(value: unknown): string | undefined {
  return typeof value === "string" && READABLE_NAME.test(value) ? value : undefined;
}

export function errorType(error: Error): string {
  const own = readableName(error.name);
  if (own) return own;
  const known = IOREDIS_MESSAGES.find(([pattern]) => pattern.test(error.message))?.[1];
  if (known) return known;
  // ioredis puts the command on a Redis server's reply ("NOAUTH …", "WRONGPASS …", "OOM …").
  if (typeof (error as { command?: unknown }).command === "object" && /^[A-Z][A-Z_-]+ /.test(error.message)) return "ReplyError";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && CODE.test(code)) return code;
  for (let proto = Object.getPrototypeOf(error); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const name = readableName((proto as { constructor?: { name?: unknown } }).constructor?.name);
    if (name) return name;
  }
  return "Error";
}
