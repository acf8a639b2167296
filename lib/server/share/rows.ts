/** Row mapping shared by both backends, so they return identical shapes. */
import type { ShareAssetMeta, ShareSnapshot } from "./types";

export function rowToMeta(row: Record<string, unknown>): ShareAssetMeta {
  const meta: ShareAssetMeta = {
    index: Number(row.idx),
    kind: row.kind === "video" ? "video" : "image",
    mimeType: String(row.mime_type),
    size: Number(row.size),
  };
  if (row.width !== null && row.width !== undefined) meta.width = Number(row.width);
  if (row.height !== null && row.height !== undefined) meta.height = Number(row.height);
  return meta;
}

export function parseSnapshot(value: unknown): ShareSnapshot {
  // PostgreSQL jsonb arrives parsed; SQLite TEXT arrives as a string.
  return (typeof value === "string" ? JSON.parse(value) : value) as ShareSnapshot;
}
