/** The share store for several app instances: PostgreSQL via DATABASE_URL. */
import pg from "pg";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { hashToken, isShareId, newDeleteToken, newShareId, tokenMatches } from "./ids";
import { parseSnapshot, rowToMeta } from "./rows";
import type { ShareAsset, ShareAssetMeta, ShareRecord, ShareStore, ShareWrite, TokenOutcome } from "./types";

/** Each entry upgrades the schema by one version. Append only. */
const MIGRATIONS = [
  `CREATE TABLE shares (
     id TEXT PRIMARY KEY,
     token_hash BYTEA NOT NULL,
     snapshot JSONB NOT NULL,
     shared_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     expires_at BIGINT
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
     bytes BYTEA NOT NULL,
     PRIMARY KEY (share_id, idx)
   );`,
];

/** Any constant: serialises migrations when several instances start at once. */
const MIGRATION_LOCK = 7_214_003;
const META_COLUMNS = "idx, kind, mime_type, size, width, height";
const LIVE = "(expires_at IS NULL OR expires_at > $2)";

export interface PostgresOptions {
  connectionString: string;
  /** A schema to work in (created if missing); tests use a throwaway one. */
  schema?: string;
  max?: number;
}

export class PostgresShareStore implements ShareStore {
  readonly backend = "postgres" as const;
  private readonly pool: pg.Pool;
  private readonly ready: Promise<void>;

  constructor(options: PostgresOptions) {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error("Invalid schema name");
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    this.pool.on("error", (error) => getLogger().warn({ err: safeError(error) }, "share store: an idle PostgreSQL connection failed (DATABASE_URL); the next query reconnects"));
    if (schema) this.pool.on("connect", (client) => void client.query(`SET search_path TO ${schema}`));
    this.ready = this.migrate(schema);
    // Callers await `ready` through every method; this only stops an unhandled rejection at start.
    this.ready.catch(() => {});
  }

  private async migrate(schema?: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(`SET LOCAL search_path TO ${schema}`);
      }
      await client.query("CREATE TABLE IF NOT EXISTS share_schema_version (version INTEGER NOT NULL)");
      const { rows } = await client.query<{ version: number }>("SELECT version FROM share_schema_version");
      const version = rows[0]?.version ?? 0;
      for (let v = version; v < MIGRATIONS.length; v++) await client.query(MIGRATIONS[v]);
      if (rows.length === 0) await client.query("INSERT INTO share_schema_version (version) VALUES ($1)", [MIGRATIONS.length]);
      else if (version < MIGRATIONS.length) await client.query("UPDATE share_schema_version SET version = $1", [MIGRATIONS.length]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async tx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
    await this.ready;
    return (await this.pool.query<R>(sql, params)).rows;
  }

  private async insertAssets(client: pg.PoolClient, id: string, write: ShareWrite): Promise<void> {
    for (const [i, a] of write.assets.entries()) {
      await client.query(
        `INSERT INTO share_assets (share_id, ${META_COLUMNS}, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, i, a.kind, a.mimeType, a.bytes.byteLength, a.width ?? null, a.height ?? null, Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength)],
      );
    }
  }

  async create(write: ShareWrite): Promise<{ id: string; deleteToken: string }> {
    const id = newShareId();
    const deleteToken = newDeleteToken();
    const now = write.now ?? Date.now();
    await this.tx(async (client) => {
      await client.query(
        "INSERT INTO shares (id, token_hash, snapshot, shared_at, updated_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)",
        [id, hashToken(deleteToken), JSON.stringify(write.snapshot), now, write.expiresAt],
      );
      await this.insertAssets(client, id, write);
    });
    return { id, deleteToken };
  }

  async get(id: string, now = Date.now()): Promise<ShareRecord | null> {
    if (!isShareId(id)) return null;
    const [row] = await this.query<{ snapshot: unknown; shared_at: string; updated_at: string; expires_at: string | null }>(
      `SELECT snapshot, shared_at, updated_at, expires_at FROM shares WHERE id = $1 AND ${LIVE}`,
      [id, now],
    );
    if (!row) return null;
    const assets = await this.query(`SELECT ${META_COLUMNS} FROM share_assets WHERE share_id = $1 ORDER BY idx`, [id]);
    return {
      id,
      snapshot: parseSnapshot(row.snapshot),
      sharedAt: Number(row.shared_at),
      updatedAt: Number(row.updated_at),
      expiresAt: row.expires_at === null ? null : Number(row.expires_at),
      assets: assets.map(rowToMeta),
    };
  }

  /** Locks the share row for the rest of the transaction and checks the token. */
  private async authorise(client: pg.PoolClient, id: string, token: string, now: number): Promise<TokenOutcome> {
    if (!isShareId(id)) return "not_found";
    const { rows } = await client.query<{ token_hash: Buffer }>(
      `SELECT token_hash FROM shares WHERE id = $1 AND ${LIVE} FOR UPDATE`,
      [id, now],
    );
    if (!rows[0]) return "not_found";
    return tokenMatches(token, rows[0].token_hash) ? "ok" : "forbidden";
  }

  async update(id: string, token: string, write: ShareWrite): Promise<TokenOutcome> {
    const now = write.now ?? Date.now();
    return this.tx(async (client) => {
      const outcome = await this.authorise(client, id, token, now);
      if (outcome !== "ok") return outcome;
      await client.query("UPDATE shares SET snapshot = $2, updated_at = $3, expires_at = $4 WHERE id = $1", [
        id, JSON.stringify(write.snapshot), now, write.expiresAt,
      ]);
      await client.query("DELETE FROM share_assets WHERE share_id = $1", [id]);
      await this.insertAssets(client, id, write);
      return "ok";
    });
  }

  async delete(id: string, token: string): Promise<TokenOutcome> {
    return this.tx(async (client) => {
      const outcome = await this.authorise(client, id, token, Date.now());
      if (outcome === "ok") await client.query("DELETE FROM shares WHERE id = $1", [id]);
      return outcome;
    });
  }

  async listAssets(id: string, now = Date.now()): Promise<ShareAssetMeta[] | null> {
    if (!isShareId(id)) return null;
    const live = await this.query(`SELECT 1 FROM shares WHERE id = $1 AND ${LIVE}`, [id, now]);
    if (live.length === 0) return null;
    const rows = await this.query(`SELECT ${META_COLUMNS} FROM share_assets WHERE share_id = $1 ORDER BY idx`, [id]);
    return rows.map(rowToMeta);
  }

  async getAsset(id: string, index: number, now = Date.now()): Promise<ShareAsset | null> {
    if (!isShareId(id) || !Number.isInteger(index) || index < 0 || index > 2 ** 31 - 1) return null;
    const [row] = await this.query<Record<string, unknown> & { bytes: Buffer }>(
      `SELECT a.idx, a.kind, a.mime_type, a.size, a.width, a.height, a.bytes FROM share_assets a JOIN shares s ON s.id = a.share_id
       WHERE a.share_id = $1 AND a.idx = $3 AND (s.expires_at IS NULL OR s.expires_at > $2)`,
      [id, now, index],
    );
    if (!row) return null;
    return { ...rowToMeta(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
  }

  async purgeExpired(now = Date.now()): Promise<number> {
    await this.ready;
    const result = await this.pool.query("DELETE FROM shares WHERE expires_at IS NOT NULL AND expires_at <= $1", [now]);
    return result.rowCount ?? 0;
  }

  async ping(): Promise<void> {
    await this.ready;
    await this.pool.query("SELECT 1");
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.pool.end();
  }
}
