/** Typed failures of the persistence layer, so the UI can react without string matching. */

import { formatBytes } from "@/lib/format";

export interface StorageUsage {
  /** Bytes used by this origin, when the browser tells us (navigator.storage.estimate). */
  usage?: number;
  quota?: number;
}

/** A write was refused because the origin is out of space. Nothing previously saved was touched. */
export class StorageFullError extends Error {
  readonly name = "StorageFullError";
  readonly usage?: number;
  readonly quota?: number;

  constructor(usage: StorageUsage, options?: { cause?: unknown }) {
    super(
      usage.usage !== undefined && usage.quota !== undefined
        ? `Browser storage is full (${formatBytes(usage.usage)} of ${formatBytes(usage.quota)} used).`
        : "Browser storage is full.",
      options,
    );
    this.usage = usage.usage;
    this.quota = usage.quota;
  }
}

export class ConversationNotFoundError extends Error {
  readonly name = "ConversationNotFoundError";
  constructor(readonly conversationId: string) {
    super(`Conversation ${conversationId} is not stored.`);
  }
}

/** Browsers disagree on how they name a quota failure; inside a transaction it surfaces as the abort's error. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22;
}

export async function readStorageUsage(): Promise<StorageUsage> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.estimate) return {};
    const { usage, quota } = await storage.estimate();
    return { usage, quota };
  } catch {
    return {};
  }
}

