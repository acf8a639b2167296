/** The default share store: one SQLite file under DATA_DIR, nothing to set up. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { hashToken, isShareId, newDeleteToken, newShareId, tokenMatches } from "./ids";
import { parseSnapshot, rowToMeta } from "./rows";
import type { ShareAsset, ShareAssetMeta, ShareRecord, ShareStore, ShareWrite, TokenOutcome } from "./types";

/** Each entry upgrades the schema by one version (PRAGMA user_version). Append only. */
const MIGRATIONS = [
  `CREATE TABLE shares (
     id TEXT PRIMARY KEY,
     token_hash BLOB NOT NULL,
     snapshot TEXT NOT NULL,
     shared_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     expires_at INTEGER
   );
   CREATE INDEX shares_expires_at ON shares (expires_at) WHERE expires_at IS NOT NULL;
   CREATE TABLE share_assets (
     share_id TEXT NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
     idx INTEGER NOT NULL,
     kind TEXT NOT NULL,
     mime_type TEXT NOT NULL,
     size INTEGER NOT NULL,
     width INTEGER,
     height INTEGER,
     bytes BLOB NOT NULL,
     PRIMARY KEY (share_id, idx)
   );`,
];

const META_COLUMNS = "idx, kind, mime_type, size, width, height";

export class SqliteShareStore implements ShareStore {
  readonly backend = "sqlite" as const;
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // WAL lets readers (the shared page) run while a share is being written, across processes.
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    // In WAL mode NORMAL is still crash-safe; only the last commits may roll back on power loss.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.migrate();
  }

  private migrate(): void {
    this.db.transaction(() => {
      const version = this.db.pragma("user_version", { simple: true }) as number;
      for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]);
      if (version < MIGRATIONS.length) this.db.pragma(`user_version = ${MIGRATIONS.length}`);
    }).immediate();
  }

  private insertAssets(id: string, write: ShareWrite): void {
    const insert = this.db.prepare(
      `INSERT INTO share_assets (share_id, ${META_COLUMNS}, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    write.assets.forEach((a, i) =>
      insert.run(id, i, a.kind, a.mimeType, a.bytes.byteLength, a.width ?? null, a.height ?? null, Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength)),
    );
  }

  async create(write: ShareWrite): Promise<{ id: string; deleteToken: string }> {
    const id = newShareId();
    const deleteToken = newDeleteToken();
    const now = write.now ?? Date.now();
    this.db.transaction(() => {
      this.db
        .prepare("INSERT INTO shares (id, token_hash, snapshot, shared_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
        .run(id, hashToken(deleteToken), JSON.stringify(write.snapshot), now, now, write.expiresAt);
      this.insertAssets(id, write);
    })();
    return { id, deleteToken };
  }

  private live(id: string, now: number): { token_hash: Buffer } | undefined {
    if (!isShareId(id)) return undefined;
    return this.db
      .prepare("SELECT token_hash FROM shares WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)")
      .get(id, now) as { token_hash: Buffer } | undefined;
  }

  async get(id: string, now = Date.now()): Promise<ShareRecord | null> {
    if (!isShareId(id)) return null;
    const row = this.db
      .prepare("SELECT snapshot, shared_at, updated_at, expires_at FROM shares WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)")
      .get(id, now) as { snapshot: string; shared_at: number; updated_at: number; expires_at: number | null } | undefined;
    if (!row) return null;
    const assets = this.db.prepare(`SELECT ${META_COLUMNS} FROM share_assets WHERE share_id = ? ORDER BY idx`).all(id);
    return {
      id,
      snapshot: parseSnapshot(row.snapshot),
      sharedAt: Number(row.shared_at),
      updatedAt: Number(row.updated_at),
      expiresAt: row.expires_at === null ? null : Number(row.expires_at),
      assets: assets.map((a) => rowToMeta(a as Record<string, unknown>)),
    };
  }

  async update(id: string, token: string, write: ShareWrite): Promise<TokenOutcome> {
    const now = write.now ?? Date.now();
    return this.db.transaction((): TokenOutcome => {
      const row = this.live(id, now);
      if (!row) return "not_found";
      if (!tokenMatches(token, row.token_hash)) return "forbidden";
      this.db
        .prepare("UPDATE shares SET snapshot = ?, updated_at = ?, expires_at = ? WHERE id = ?")
        .run(JSON.stringify(write.snapshot), now, write.expiresAt, id);
      this.db.prepare("DELETE FROM share_assets WHERE share_id = ?").run(id);
      this.insertAssets(id, write);
      return "ok";
    }).immediate();
  }

  async delete(id: string, token: string): Promise<TokenOutcome> {
    return this.db.transaction((): TokenOutcome => {
      const row = this.live(id, Date.now());
      if (!row) return "not_found";
      if (!tokenMatches(token, row.token_hash)) return "forbidden";
      this.db.prepare("DELETE FROM shares WHERE id = ?").run(id);
      return "ok";
    }).immediate();
  }

  async listAssets(id: string, now = Date.now()): Promise<ShareAssetMeta[] | null> {
    if (!this.live(id, now)) return null;
    const rows = this.db.prepare(`SELECT ${META_COLUMNS} FROM share_assets WHERE share_id = ? ORDER BY idx`).all(id);
    return rows.map((r) => rowToMeta(r as Record<string, unknown>));
  }

  async getAsset(id: string, index: number, now = Date.now()): Promise<ShareAsset | null> {
    if (!isShareId(id) || !Number.isInteger(index) || index < 0) return null;
    const row = this.db
      .prepare(
        `SELECT ${META_COLUMNS.split(", ").map((c) => `a.${c}`).join(", ")}, a.bytes FROM share_assets a JOIN shares s ON s.id = a.share_id
         WHERE a.share_id = ? AND a.idx = ? AND (s.expires_at IS NULL OR s.expires_at > ?)`,
      )
      .get(id, index, now) as (Record<string, unknown> & { bytes: Buffer }) | undefined;
    if (!row) return null;
    return { ...rowToMeta(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
  }

  async purgeExpired(now = Date.now()): Promise<number> {
    return this.db.prepare("DELETE FROM shares WHERE expires_at IS NOT NULL AND expires_at <= ?").run(now).changes;
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
