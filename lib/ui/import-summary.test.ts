import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { ImportError, importJson } from "@/lib/store/persist/export-json";
import { importRefusalText, importSummary, importSummaryText } from "./import-summary";

/** The summary's messages in one language, as the settings panel's `t` reads them. */
const settingsIn = (messages: typeof en | typeof zh, locale: string) => {
  const t = createTranslator({ locale, messages, namespace: "settings" });
  return (key: string, values?: Record<string, string | number>) => t(key as Parameters<typeof t>[0], values);
};

const result = (fields: Partial<Parameters<typeof importSummary>[0]>) => ({ conversationIds: ["c1"], existing: 0, unchanged: 0, messages: 0, updated: 0, attachments: 0, ...fields });

describe("importSummary", () => {
  it("counts a new conversation's messages and attachments", () => {
    expect(importSummary(result({ messages: 2, attachments: 1 }))).toEqual([["imported", { count: 1, messages: 2, attachments: 1 }]]);
  });

  it("says what a newer export of a chat held here added, never 'Nothing new'", () => {
    expect(importSummary(result({ existing: 1, messages: 3, attachments: 1 }))).toEqual([
      ["importedNew", { count: 1, messages: 3, updated: 0, attachments: 1 }],
      ["mergedAll", { count: 1 }],
    ]);
    expect(importSummary(result({ existing: 1, updated: 1 }))[0]).toEqual(["importedNew", { count: 1, messages: 0, updated: 1, attachments: 0 }]);
  });

  it("says 'Nothing new' only when the file changed nothing here", () => {
    expect(importSummary(result({ conversationIds: ["c1", "c2"], existing: 2, unchanged: 2 }))).toEqual([["allHere", { count: 2 }]]);
    expect(importSummary(result({ conversationIds: ["c1", "c2"], existing: 1, unchanged: 1, messages: 2 }))).toEqual([
      ["importedNew", { count: 2, messages: 2, updated: 0, attachments: 0 }],
      ["someHere", { existing: 1 }],
    ]);
  });

  it("reads as sentences in both languages", () => {
    const say = (messages: typeof en | typeof zh, locale: string, r: Parameters<typeof importSummary>[0]) =>
      importSummaryText(importSummary(r), settingsIn(messages, locale), locale);
    const newer = result({ existing: 1, messages: 3 });
    expect(say(en, "en", newer)).toBe("Imported 1 conversation: 3 new messages, no new attachment. It was already in this browser: merged, nothing duplicated.");
    expect(say(zh, "zh", newer)).toBe("已导入 1 个对话：3 条新消息，0 个新附件。这个对话已在此浏览器中：已合并，没有重复。");
    expect(say(en, "en", result({ conversationIds: ["c1", "c2"], existing: 2, messages: 1, updated: 2, attachments: 1 }))).toBe(
      "Imported 2 conversations: 1 new message, 2 messages updated, 1 new attachment. They were all already in this browser: merged, nothing duplicated.",
    );
    expect(say(zh, "zh", result({ existing: 1, updated: 2 }))).toBe("已导入 1 个对话：0 条新消息，2 条消息已更新，0 个新附件。这个对话已在此浏览器中：已合并，没有重复。");
  });

  it("names the damaged conversations left out, after what was imported", () => {
    const partial = result({ messages: 2, damaged: [{ conversation: 1, field: "role" }] });
    expect(importSummary(partial)).toEqual([
      ["imported", { count: 1, messages: 2, attachments: 0 }],
      ["leftOut", { count: 1, items: [{ conversation: 1, field: "role" }] }],
    ]);
    expect(importSummary(result({ existing: 1, unchanged: 1, damaged: [{ conversation: 2 }] }))).toEqual([
      ["allHere", { count: 1 }],
      ["leftOut", { count: 1, items: [{ conversation: 2 }] }],
    ]);
    expect(importSummary(result({ messages: 2, damaged: [] }))).toEqual([["imported", { count: 1, messages: 2, attachments: 0 }]]);
  });

  it("words a partial import in both languages", () => {
    const text = (messages: typeof en | typeof zh, locale: string, r: Parameters<typeof importSummary>[0]) =>
      importSummaryText(importSummary(r), settingsIn(messages, locale), locale);
    const partial = result({ messages: 2, damaged: [{ conversation: 1, field: "role" }] });
    expect(text(en, "en", partial)).toBe("Imported 1 conversation (2 messages, 0 attachments). 1 in the file was damaged and left out (conversation 1: its “role” is missing or wrong).");
    expect(text(zh, "zh", partial)).toBe("已导入 1 个对话（2 条消息，0 个附件）。文件中另有 1 个对话已损坏，未导入（第 1 个对话的“role”缺失或有误）。");
    const many = result({ conversationIds: ["c1", "c2"], messages: 4, damaged: [1, 3, 4, 5, 6, 7, 9].map((n) => (n === 3 ? { conversation: n } : { conversation: n, field: "content" })) });
    expect(text(en, "en", many)).toBe(
      "Imported 2 conversations (4 messages, 0 attachments). 7 in the file were damaged and left out (conversation 1: its “content” is missing or wrong; conversation 3; conversation 4: its “content” is missing or wrong; conversation 5: its “content” is missing or wrong; conversation 6: its “content” is missing or wrong; 2 more).",
    );
    expect(text(zh, "zh", many)).toContain("（第 1 个对话的“content”缺失或有误；第 3 个对话；");
    expect(text(zh, "zh", many)).toContain("；另有 2 个）。");
  });
});

describe("importRefusalText", () => {
  /** The refusal importJson throws for `input` (never an import: each of these is refused before a write). */
  const refusal = async (input: unknown) => {
    const error = await importJson(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  };
  const conversation = (id: string) => ({ conversation: { id, title: "T", createdAt: 1, updatedAt: 2, settings: { model: "glm-4.5v", thinking: false } }, messages: [{ id: `${id}-m`, role: "user", content: "Hi", createdAt: 1 }] });
  const file = (conversations: unknown[]) => ({ format: "glm-chat-export", version: 1, exportedAt: 1, conversations });

  it("names the damaged field in Chinese as the English does, for a file whose every conversation is damaged", async () => {
    const broken = conversation("a");
    delete (broken.messages[0] as { content?: string }).content;
    const error = await refusal(file([broken, { ...conversation("b"), messages: [{ ...conversation("b").messages[0], role: "robot" }] }]));
    expect(error).toMatchObject({ kind: "damaged", conversation: 1, field: "content" });
    expect(importRefusalText(error, settingsIn(en, "en"))).toBe(error.message);
    expect(importRefusalText(error, settingsIn(zh, "zh"))).toBe("文件中的第 1 个对话已损坏（其“content”缺失或有误），未导入任何内容。");
  });

  it("says the same as the English message for every other refusal, in both languages", async () => {
    const refusals = [await refusal("{"), await refusal({ format: "other" }), await refusal({ ...file([]), version: 2 }), await refusal({ ...file([]), conversations: "none" })];
    expect(refusals.map((e) => e.kind)).toEqual(["not_json", "not_export", "newer_version", "damaged"]);
    for (const error of refusals) expect(importRefusalText(error, settingsIn(en, "en"))).toBe(error.message);
    expect(refusals.map((e) => importRefusalText(e, settingsIn(zh, "zh")))).toEqual([zh.settings.importError.not_json, zh.settings.importError.not_export, zh.settings.importError.newer_version, zh.settings.importError.damaged]);
    // A damaged conversation with no field to name (the conversation itself is not an object).
    const bare = await refusal(file([7]));
    expect(bare).toMatchObject({ kind: "damaged", conversation: 1, field: undefined });
    expect(importRefusalText(bare, settingsIn(en, "en"))).toBe(bare.message);
    expect(importRefusalText(bare, settingsIn(zh, "zh"))).toBe("文件中的第 1 个对话已损坏，未导入任何内容。");
  });
});
