import { describe, expect, it } from "vitest";
import { importSummary } from "./import-summary";

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
});
