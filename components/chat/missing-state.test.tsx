import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { resetStorageScope } from "@/lib/store/storage-scope";
import { withIntl } from "@/test/intl";
import { MissingState } from "./missing-state";

/** The note on a page with or without a signed-in person's storage scope. */
function note(scope: string | undefined, locale: "en" | "zh" = "en") {
  vi.stubGlobal("document", { documentElement: { dataset: scope ? { storageScope: scope } : {} } });
  vi.stubGlobal("localStorage", { getItem: () => null, setItem: () => undefined });
  resetStorageScope();
  return renderToString(withIntl(<MissingState />, locale)).replace(/&#x27;/g, "'");
}

describe("the note for an address this browser holds no chat for", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetStorageScope();
  });

  it("without sign-in, says it is not in this browser", () => {
    expect(note(undefined)).toContain(en.chat.missingTitle);
    expect(note(undefined)).toContain(en.chat.missingBody);
  });

  it("with sign-in, says it is not in your chats and may be another account's, in both languages", () => {
    const english = note("bob222");
    expect(english).toContain("This chat isn't in your chats");
    expect(english).toContain("another account");
    expect(english).not.toContain(en.chat.missingTitle);
    const chinese = note("bob222", "zh");
    expect(chinese).toContain(zh.chat.missingTitlePerPerson);
    expect(chinese).toContain("另一个账号");
    expect(chinese).not.toContain(zh.chat.missingTitle);
  });
});
