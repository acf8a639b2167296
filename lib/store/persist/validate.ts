/** Split loaded records into valid ones and quarantine candidates. */
import type { z } from "zod/mini";
import { fastParse } from "./fast-parse";
import type { QuarantineItem } from "./quarantine";

export function partition<S extends z.ZodMiniType>(
  records: unknown[],
  schema: S,
  store: string,
  keyOf: (record: unknown) => IDBValidKey | undefined,
): { valid: z.infer<S>[]; bad: QuarantineItem[] } {
  const valid: z.infer<S>[] = [];
  const bad: QuarantineItem[] = [];
  for (const record of records) {
    const parsed = fastParse(schema, record);
    if (parsed.success) {
      valid.push(parsed.data);
      continue;
    }
    const key = keyOf(record);
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`)
      .join("; ");
    if (key !== undefined) bad.push({ store, key, record, reason });
  }
  return { valid, bad };
}

export function field(record: unknown, name: string): unknown {
  return record && typeof record === "object" ? (record as Record<string, unknown>)[name] : undefined;
}

export function compoundKey(record: unknown): IDBValidKey | undefined {
  const conversationId = field(record, "conversationId");
  const id = field(record, "id");
  return typeof conversationId === "string" && typeof id === "string" ? [conversationId, id] : undefined;
}
