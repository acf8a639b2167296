import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { withShareStore } = await import("./store-call");
const { SqliteShareStore } = await import("./sqlite-store");
const { AppError } = await import("@/lib/errors");
const { captureLogLines } = await import("@/test/log-capture");

let log: ReturnType<typeof captureLogLines>;
const logTo = () => (log = captureLogLines());
afterEach(() => log?.release());

describe("a share route's use of the store", () => {
  it("a store that cannot be opened (DATA_DIR under a file) is share_unavailable 503, with one JSON line naming the route", async () => {
    logTo();
    const file = join(mkdtempSync(join(tmpdir(), "glm-share-call-")), "not-a-dir");
    writeFileSync(file, "");
    const call = withShareStore("POST /api/share", (store) => store.get("abcdefghijklmnop"), () => new SqliteShareStore(join(file, "data", "shares.sqlite")));
    await expect(call).rejects.toMatchObject({ code: "share_unavailable", status: 503, retryAfterSeconds: 30, message: expect.stringContaining("Try again later") });
    expect(log.lines).toEqual([expect.objectContaining({ level: "error", route: "POST /api/share", err: expect.objectContaining({ code: "ENOTDIR" }) })]);
  });

  it("a failed write's message goes through the redaction (no password of DATABASE_URL)", async () => {
    logTo();
    const broken = { delete: () => Promise.reject(new Error("connect failed: postgres://app:pw-secret-7@db.internal/chat")) };
    await expect(withShareStore("DELETE /api/share/[id]", (store) => store.delete("abcdefghijklmnop", "t"), () => broken as never)).rejects.toMatchObject({ code: "share_unavailable" });
    expect(log.lines).toHaveLength(1);
    expect(JSON.stringify(log.lines)).not.toContain("pw-secret-7");
  });

  it("the route's own refusals pass through unchanged and unlogged; a working store's answer is returned", async () => {
    logTo();
    const refusal = new AppError("forbidden", "no", 403);
    await expect(withShareStore("PUT /api/share/[id]", () => Promise.reject(refusal))).rejects.toBe(refusal);
    const store = new SqliteShareStore(":memory:");
    expect(await withShareStore("GET /api/share/[id]", (s) => s.get("abcdefghijklmnop"), () => store)).toBeNull();
    expect(log.lines).toEqual([]);
  });
});
