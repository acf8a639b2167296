import { describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import profile from "@/test/fixtures/profile-v2.json";
import { fastParse } from "./fast-parse";
import { storedConversationSchema, storedMessageSchema } from "./records";

/** Same verdict, same data (keys in the same order), same issues as zod's own safeParse. */
function expectSameAsZod(schema: z.ZodMiniType, value: unknown) {
  const ours = fastParse(schema, value);
  const theirs = schema.safeParse(value);
  expect(ours.success).toBe(theirs.success);
  if (theirs.success) {
    expect(ours.data).toEqual(theirs.data);
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify(theirs.data));
  } else {
    expect(ours.error?.issues).toEqual(theirs.error.issues);
  }
}

const odd = [undefined, null, NaN, Infinity, -1, 0, "", "x", "😀", true, [], {}, [1], { a: 1 }, new Date(0), Object.create({ inherited: 1 })];

/** Each key dropped, each key set to each odd value, plus an unknown key and an own undefined. */
function variants(record: Record<string, unknown>): unknown[] {
  const out: unknown[] = [record, { ...record, extra: "dropped" }];
  for (const key of Object.keys(record)) {
    const { [key]: _, ...rest } = record;
    out.push(rest);
    for (const v of odd) out.push({ ...record, [key]: v });
    const nested = record[key];
    if (nested && typeof nested === "object" && !Array.isArray(nested)) {
      for (const inner of variants(nested as Record<string, unknown>)) out.push({ ...record, [key]: inner });
    }
  }
  return out;
}

const conversation = {
  id: "c1",
  title: "A story",
  titleSource: "user",
  createdAt: 1,
  updatedAt: 2,
  pinned: true,
  settings: { model: "glm-4.6", thinking: false, systemPrompt: "Be brief", webSearch: true, temperature: 0.5, maxTokens: 100 },
  thumbnail: { messageId: "u1", attachmentId: "a1" },
  branches: { "": "u1", u1: "a2" },
};

describe("fastParse", () => {
  it("agrees with zod on the stored conversations and messages of a real profile", () => {
    const stores = profile.indexedDB.stores as Record<string, Record<string, unknown>[]>;
    for (const c of stores.conversations) expectSameAsZod(storedConversationSchema, c);
    for (const m of stores.messages) expectSameAsZod(storedMessageSchema, m);
  });

  it("agrees with zod on a full conversation record and every broken variant of it", () => {
    const all = variants(conversation);
    expect(all.length).toBeGreaterThan(300);
    for (const v of all) expectSameAsZod(storedConversationSchema, v);
  });

  it("agrees with zod on message records and their broken variants", () => {
    const stores = profile.indexedDB.stores as Record<string, Record<string, unknown>[]>;
    for (const m of stores.messages) for (const v of variants(m)) expectSameAsZod(storedMessageSchema, v);
  });

  it("agrees with zod on string lengths counted in code points and on number ranges", () => {
    const schema = z.object({
      id: z.string().check(z.minLength(2)),
      short: z.optional(z.string().check(z.maxLength(2))),
      size: z.optional(z.number().check(z.nonnegative())),
      kind: z.optional(z.nullable(z.enum(["a", "b"]))),
      tags: z.optional(z.array(z.string())),
    });
    const values = ["", "a", "ab", "😀", "😀😀", "a😀", "abc"];
    for (const id of values) for (const short of values) expectSameAsZod(schema, { id, short });
    for (const size of [-1, -0, 0, 1, NaN, Infinity, "1"]) expectSameAsZod(schema, { id: "ab", size });
    for (const kind of ["a", "c", null, undefined]) expectSameAsZod(schema, { id: "ab", kind });
    for (const tags of [[], ["x"], ["x", 1], "x", [undefined]]) expectSameAsZod(schema, { id: "ab", tags });
  });

  it("takes the quick path for a valid record and leaves the rest to zod", () => {
    const spy = vi.spyOn(storedConversationSchema, "safeParse");
    try {
      const { branches: _, ...plain } = conversation;
      expect(fastParse(storedConversationSchema, plain).success).toBe(true);
      expect(spy).not.toHaveBeenCalled();
      expect(fastParse(storedConversationSchema, { ...plain, id: "" }).success).toBe(false);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
