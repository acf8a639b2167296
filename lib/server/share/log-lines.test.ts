import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";

vi.mock("server-only", () => ({}));
const { purgeExpiredSoon } = await import("./server");
const { PostgresShareStore } = await import("./postgres-store");
const { createLogger, setLogger } = await import("@/lib/server/log/logger");

// server.ts keeps this object; a test store goes in it, as getShareStore's own would.
const globals = (globalThis as unknown as { __glmShare: { store?: unknown; lastPurge?: number } }).__glmShare;
const lines: Array<Record<string, unknown>> = [];
const logTo = () => setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));

afterEach(() => {
  setLogger(undefined);
  lines.length = 0;
  globals.store = undefined;
  globals.lastPurge = undefined;
});

describe("the share store's problems", () => {
  it("a failed purge is one JSON error line through the logger, not console.error", async () => {
    logTo();
    const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
    globals.store = { purgeExpired: () => Promise.reject(Object.assign(new Error("EACCES: permission denied, open '/data/shares.sqlite'"), { code: "EACCES" })) };
    purgeExpiredSoon(1_000_000);
    await eventually(() => expect(lines).toHaveLength(1));
    expect(lines[0]).toMatchObject({ level: "error", msg: expect.stringContaining("purg"), err: { type: "Error", code: "EACCES", message: expect.stringContaining("/data/shares.sqlite") } });
    expect(stderr).not.toHaveBeenCalled();
  });

  it("an idle PostgreSQL connection's failure is a warn line naming DATABASE_URL, without its password", async () => {
    logTo();
    const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
    // Port 1 refuses: the store's own migration fails quietly (its callers would see it).
    const store = new PostgresShareStore({ connectionString: "postgres://app:pw-secret-1@127.0.0.1:1/chat", max: 1 });
    try {
      (store as unknown as { pool: NodeJS.EventEmitter }).pool.emit("error", new Error("terminating connection: postgres://app:pw-secret-1@db.internal/chat"));
      expect(lines).toEqual([expect.objectContaining({ level: "warn", msg: expect.stringContaining("DATABASE_URL"), err: expect.objectContaining({ message: "terminating connection: postgres://db.internal" }) })]);
      expect(JSON.stringify(lines)).not.toContain("pw-secret-1");
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      await store.close();
    }
  });
});
