import { Writable } from "node:stream";
import { createLogger, setLogger } from "@/lib/server/log/logger";

/** Sends the server's log to an array of parsed JSON lines, for tests that assert what an operator reads; `release` puts the default logger back. */
export function captureLogLines(): { lines: Array<Record<string, unknown>>; release: () => void } {
  const lines: Array<Record<string, unknown>> = [];
  setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));
  return { lines, release: () => setLogger(undefined) };
}
