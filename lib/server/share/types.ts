/** What a share holds and the storage contract both backends (SQLite, PostgreSQL) fulfil. */
import type { AgentSession } from "@/lib/chat/message";
import type { ShareContinues, SharedMessage } from "@/lib/chat/share";

export type { SharedAttachment, SharedMessage } from "@/lib/chat/share";

/** The public part of a share: what anyone with the link sees. */
export interface ShareSnapshot {
  title: string;
  /** When the conversation was started (ms since epoch). */
  createdAt: number;
  messages: SharedMessage[];
  /** A GUI-agent session's task and platform (absent for an ordinary chat). */
  agent?: AgentSession;
  /** The chat continues an earlier one, of which the model was given this many messages. */
  continues?: ShareContinues;
}

/** Bytes already checked by magic bytes; mimeType is the sniffed type, never the claimed one. */
export interface ShareAssetInput {
  kind: "image" | "video";
  mimeType: string;
  bytes: Uint8Array;
  width?: number;
  height?: number;
}

export interface ShareAssetMeta {
  index: number;
  kind: "image" | "video";
  mimeType: string;
  size: number;
  width?: number;
  height?: number;
}

export interface ShareAsset extends ShareAssetMeta {
  bytes: Uint8Array;
}

export interface ShareRecord {
  id: string;
  snapshot: ShareSnapshot;
  /** When the link was first created / last updated (ms since epoch). */
  sharedAt: number;
  updatedAt: number;
  expiresAt: number | null;
  assets: ShareAssetMeta[];
}

export interface ShareWrite {
  snapshot: ShareSnapshot;
  assets: ShareAssetInput[];
  expiresAt: number | null;
  /** Defaults to Date.now(); tests pass a clock. */
  now?: number;
}

/** The outcome of an action that needs the deletion token. */
export type TokenOutcome = "ok" | "not_found" | "forbidden";

export interface ShareStore {
  readonly backend: "sqlite" | "postgres";
  /** Creates a share; the token is returned here only, the store keeps its SHA-256. */
  create(write: ShareWrite): Promise<{ id: string; deleteToken: string }>;
  /** The share, or null when missing, revoked or expired at `now`. Never loads asset bytes. */
  get(id: string, now?: number): Promise<ShareRecord | null>;
  /** Replaces the snapshot and assets of an existing share, keeping its id. */
  update(id: string, token: string, write: ShareWrite): Promise<TokenOutcome>;
  delete(id: string, token: string): Promise<TokenOutcome>;
  listAssets(id: string, now?: number): Promise<ShareAssetMeta[] | null>;
  getAsset(id: string, index: number, now?: number): Promise<ShareAsset | null>;
  /** Deletes every share expired at `now`; returns how many. */
  purgeExpired(now?: number): Promise<number>;
  /** Resolves when the database answers a trivial query (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
