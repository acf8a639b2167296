import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { readShareAsset, readShareForPage } = await import("./page-read");
const { SqliteShareStore } = await import("./sqlite-store");
const { createLogger, setLogger } = await import("@/lib/server/log/logger");

const lines: Array<Record<string, unknown>> = [];
const logTo = () => setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));

afterEach(() => {
  setLogger(undefined);
  lines.length = 0;
  vi.restoreAllMocks();
});

describe("the shared page's read", () => {
  it("a DATA_DIR under a file: 'unavailable' and one JSON error line naming ENOTDIR, nothing on the console", async () => {
    logTo();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const file = join(mkdtempSync(join(tmpdir(), "glm-share-read-")), "not-a-dir");
    writeFileSync(file, "");
    const read = await readShareForPage("abcdefghijklmnop", () => new SqliteShareStore(join(file, "data", "shares.sqlite")));
    expect(read).toEqual({ state: "unavailable" });
    expect(lines).toEqual([
      expect.objectContaining({ level: "error", route: "/s/[id]", msg: expect.stringContaining("share store could not be read"), err: expect.objectContaining({ code: "ENOTDIR" }) }),
    ]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("a failed read's message, of the page or of an attachment, goes through the redaction (no password of DATABASE_URL)", async () => {
    logTo();
    const fail = () => Promise.reject(new Error("connect failed: postgres://app:pw-secret-9@db.internal/chat"));
    const broken = { get: fail, getAsset: fail };
    expect(await readShareForPage("abcdefghijklmnop", () => broken as never)).toEqual({ state: "unavailable" });
    expect(await readShareAsset("abcdefghijklmnop", 0, () => broken as never)).toEqual({ state: "unavailable" });
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain("pw-secret-9");
  });

  it("an unknown id is 'missing' (the 404), and logs nothing", async () => {
    logTo();
    const store = new SqliteShareStore(":memory:");
    expect(await readShareForPage("abcdefghijklmnop", () => store)).toEqual({ state: "missing" });
    expect(lines).toEqual([]);
  });
});

describe("a shared page's attachment read", () => {
  const brokenDataDir = () => {
    const file = join(mkdtempSync(join(tmpdir(), "glm-share-asset-")), "not-a-dir");
    writeFileSync(file, "");
    return () => new SqliteShareStore(join(file, "data", "shares.sqlite"));
  };

  it("a store that cannot be opened is 'unavailable' (the route's 503), with one JSON error line for the asset route", async () => {
    logTo();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await readShareAsset("abcdefghijklmnop", 0, brokenDataDir())).toEqual({ state: "unavailable" });
    expect(lines).toEqual([
      expect.objectContaining({ level: "error", route: "/s/[id]/assets/[n]", msg: expect.stringContaining("share store could not be read"), err: expect.objectContaining({ code: "ENOTDIR" }) }),
    ]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("an unknown share or index is 'missing' (the 404), and logs nothing", async () => {
    logTo();
    const store = new SqliteShareStore(":memory:");
    expect(await readShareAsset("abcdefghijklmnop", 3, () => store)).toEqual({ state: "missing" });
    expect(lines).toEqual([]);
  });
});
