/**
 * One contract, run against every backend: SQLite in a temp dir always, PostgreSQL when
 * TEST_DATABASE_URL (or DATABASE_URL) names a server (scripts/ci-postgres.sh starts one).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jpegBytes, pngBytes } from "@/test/media-bytes";
import { hashToken, isShareId } from "./ids";
import { PostgresShareStore } from "./postgres-store";
import { SqliteShareStore } from "./sqlite-store";
import type { ShareStore, ShareWrite } from "./types";

const PG_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

interface Backend {
  name: string;
  open(): ShareStore;
  /** Every byte the backend persisted, for the "token never stored" check. */
  rawDump?(): Promise<Buffer>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "share-store-"));
  const file = join(dir, "shares.sqlite");
  return {
    name: "sqlite",
    open: () => new SqliteShareStore(file),
    rawDump: async () => Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f)))),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(url: string): Backend {
  const schema = `share_test_${randomBytes(6).toString("hex")}`;
  return {
    name: "postgres",
    open: () => new PostgresShareStore({ connectionString: url, schema, max: 4 }),
    rawDump: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(`SELECT token_hash, snapshot::text AS s FROM ${schema}.shares`);
      await client.end();
      return Buffer.concat(rows.flatMap((r) => [r.token_hash as Buffer, Buffer.from(r.s as string)]));
    },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

const T0 = Date.UTC(2025, 0, 1);
const png = pngBytes(640, 480);
const jpeg = jpegBytes(32, 16);

function sample(title = "A shared chat", overrides: Partial<ShareWrite> = {}): ShareWrite {
  return {
    snapshot: {
      title,
      createdAt: T0,
      messages: [
        {
          role: "user",
          content: "What is in this image?",
          createdAt: T0 + 1,
          attachments: [{ asset: 0, kind: "image", mimeType: "image/png", name: "shot.png", width: 640, height: 480, size: png.length }],
        },
        { role: "assistant", content: "A cat <b>not bold</b> 猫", reasoning: "Look closely", reasoningMs: 1234, model: "glm-4.5v", createdAt: T0 + 2 },
      ],
    },
    assets: [{ kind: "image", mimeType: "image/png", bytes: png, width: 640, height: 480 }],
    expiresAt: null,
    ...overrides,
  };
}

const backends: Backend[] = [sqliteBackend(), ...(PG_URL ? [postgresBackend(PG_URL)] : [])];

describe.each(backends)("share store contract: $name", (backend) => {
  let store: ShareStore;
  beforeAll(() => {
    store = backend.open();
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it("answers a readiness ping", async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it("creates a share with a 128-bit base64url id and a separate token", async () => {
    const { id, deleteToken } = await store.create(sample());
    expect(isShareId(id)).toBe(true);
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(deleteToken).not.toBe(id);
    expect(Buffer.from(deleteToken, "base64url").length).toBeGreaterThanOrEqual(32);
  });

  it("gives different ids and tokens each time, also under concurrent creation", async () => {
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => store.create(sample(`chat ${i}`))));
    expect(new Set(made.map((m) => m.id)).size).toBe(20);
    expect(new Set(made.map((m) => m.deleteToken)).size).toBe(20);
    const titles = await Promise.all(made.map(async (m) => (await store.get(m.id))?.snapshot.title));
    expect(titles).toEqual(made.map((_, i) => `chat ${i}`));
  });

  it("round-trips the snapshot and asset metadata without loading bytes", async () => {
    const { id } = await store.create(sample("Round trip", { now: T0 + 5 }));
    const record = await store.get(id);
    expect(record).not.toBeNull();
    expect(record!.id).toBe(id);
    expect(record!.snapshot).toEqual(sample("Round trip").snapshot);
    expect(record!.sharedAt).toBe(T0 + 5);
    expect(record!.updatedAt).toBe(T0 + 5);
    expect(record!.expiresAt).toBeNull();
    expect(record!.assets).toEqual([{ index: 0, kind: "image", mimeType: "image/png", size: png.length, width: 640, height: 480 }]);
    expect(record!.assets[0]).not.toHaveProperty("bytes");
  });

  it("returns asset bytes exactly, and nothing for an index out of range", async () => {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    const { id } = await store.create(sample("Assets", {
      assets: [
        { kind: "image", mimeType: "image/png", bytes: png, width: 640, height: 480 },
        { kind: "video", mimeType: "video/mp4", bytes: big },
      ],
    }));
    const first = await store.getAsset(id, 0);
    expect(Buffer.from(first!.bytes).equals(Buffer.from(png))).toBe(true);
    const second = await store.getAsset(id, 1);
    expect(second).toMatchObject({ index: 1, kind: "video", mimeType: "video/mp4", size: big.length });
    expect(Buffer.from(second!.bytes).equals(Buffer.from(big))).toBe(true);
    expect(second).not.toHaveProperty("width");
    expect(await store.getAsset(id, 2)).toBeNull();
    expect(await store.getAsset(id, -1)).toBeNull();
    expect(await store.getAsset(id, 0.5)).toBeNull();
    expect((await store.listAssets(id))!.map((a) => a.index)).toEqual([0, 1]);
  });

  it("answers null for unknown, malformed and sequential-looking ids", async () => {
    const { id } = await store.create(sample());
    const neighbour = id.slice(0, -1) + (id.endsWith("A") ? "B" : "A");
    for (const probe of [neighbour, "AAAAAAAAAAAAAAAAAAAAAA", "1", "../../etc/passwd", "", `${id}x`, "' OR 1=1 --"]) {
      expect(await store.get(probe)).toBeNull();
      expect(await store.getAsset(probe, 0)).toBeNull();
      expect(await store.listAssets(probe)).toBeNull();
    }
  });

  it("updates the same id with the token and refuses a wrong or another share's token", async () => {
    const a = await store.create(sample("Before", { now: T0 }));
    const b = await store.create(sample("Other"));
    const next = sample("After", {
      assets: [{ kind: "image", mimeType: "image/jpeg", bytes: jpeg, width: 32, height: 16 }],
      now: T0 + 60_000,
    });
    expect(await store.update(a.id, "not-the-token", next)).toBe("forbidden");
    expect(await store.update(a.id, b.deleteToken, next)).toBe("forbidden");
    expect(await store.update("AAAAAAAAAAAAAAAAAAAAAA", a.deleteToken, next)).toBe("not_found");
    expect((await store.get(a.id))!.snapshot.title).toBe("Before");

    expect(await store.update(a.id, a.deleteToken, next)).toBe("ok");
    const record = await store.get(a.id);
    expect(record!.snapshot.title).toBe("After");
    expect(record!.sharedAt).toBe(T0);
    expect(record!.updatedAt).toBe(T0 + 60_000);
    expect(record!.assets).toEqual([{ index: 0, kind: "image", mimeType: "image/jpeg", size: jpeg.length, width: 32, height: 16 }]);
    expect(Buffer.from((await store.getAsset(a.id, 0))!.bytes).equals(Buffer.from(jpeg))).toBe(true);
    expect((await store.get(b.id))!.snapshot.title).toBe("Other");
  });

  it("deletes only with the right token, then the share and its assets are gone", async () => {
    const a = await store.create(sample("Mine"));
    const b = await store.create(sample("Theirs"));
    expect(await store.delete(a.id, b.deleteToken)).toBe("forbidden");
    expect(await store.delete(a.id, "")).toBe("forbidden");
    expect(await store.delete(a.id, a.deleteToken.slice(0, -1))).toBe("forbidden");
    expect(await store.get(a.id)).not.toBeNull();

    expect(await store.delete(a.id, a.deleteToken)).toBe("ok");
    expect(await store.get(a.id)).toBeNull();
    expect(await store.getAsset(a.id, 0)).toBeNull();
    expect(await store.delete(a.id, a.deleteToken)).toBe("not_found");
    expect(await store.get(b.id)).not.toBeNull();
  });

  it("hides a share once expired and purges only expired ones", async () => {
    const now = Date.now();
    const short = await store.create(sample("Short", { expiresAt: now + 1000, now }));
    const long = await store.create(sample("Long", { expiresAt: now + 10 * 86_400_000, now }));
    expect(await store.get(short.id, now + 999)).not.toBeNull();
    expect((await store.get(short.id, now + 999))!.expiresAt).toBe(now + 1000);
    expect(await store.get(short.id, now + 1000)).toBeNull();
    expect(await store.getAsset(short.id, 0, now + 1000)).toBeNull();
    expect(await store.listAssets(short.id, now + 1000)).toBeNull();
    expect(await store.update(short.id, short.deleteToken, sample("Revived", { now: now + 2000 }))).toBe("not_found");

    expect(await store.purgeExpired(now + 5000)).toBeGreaterThanOrEqual(1);
    // Gone from the table, not just hidden: an earlier clock no longer finds it.
    expect(await store.get(short.id, now)).toBeNull();
    expect(await store.get(long.id, now + 5000)).not.toBeNull();
  });

  it("keeps only the SHA-256 of the token", async () => {
    const { deleteToken } = await store.create(sample("Hashed"));
    const dump = await backend.rawDump!();
    expect(dump.includes(Buffer.from(deleteToken))).toBe(false);
    expect(dump.includes(hashToken(deleteToken))).toBe(true);
  });

  it("reopens an existing database without re-running migrations or losing data", async () => {
    const { id } = await store.create(sample("Survives"));
    const again = backend.open();
    try {
      expect((await again.get(id))!.snapshot.title).toBe("Survives");
      await again.create(sample("From the second instance"));
    } finally {
      await again.close();
    }
  });
});
