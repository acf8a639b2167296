/** The persistence layer as the store uses it, plus the quota-error test (one place). */
import { StorageFullError } from "@/lib/store/persist";
import type { StorageWarning } from "./store-types";

export * from "@/lib/store/persist";
export { updateConversation } from "@/lib/store/persist/conversations";

/** A quota failure as the warning shows it; null for any other error. */
export function readableStorageError(error: unknown): StorageWarning | null {
  if (error instanceof StorageFullError) return { message: error.message, usage: error.usage, quota: error.quota };
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "QuotaExceededError") return { message: "Browser storage is full." };
  return null;
}
