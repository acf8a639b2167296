import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh.json";
import { flatten, placeholders, type Catalogue } from "./catalogue";

const EN = new Map(flatten(en as Catalogue));
const ZH = new Map(flatten(zh as Catalogue));

describe("placeholders", () => {
  it("throws on a broken message", () => {
    expect(() => placeholders("{count, plural, one {x}")).toThrow();
  });
  it("finds simple, formatted and plural arguments but not plural branches", () => {
    expect(placeholders("Wait {seconds} seconds")).toEqual(["seconds"]);
    expect(placeholders("{count, plural, one {# message} other {# messages}} at {time, time, short}")).toEqual(["count", "time"]);
    expect(placeholders("{n, plural, =0 {none} other {{n} of {total}}}")).toEqual(["n", "total"]);
    expect(placeholders("Read <link>the docs</link>")).toEqual(["<link>"]);
    expect(placeholders("No arguments")).toEqual([]);
  });
});

describe("en and zh catalogues", () => {
  it("have exactly the same keys", () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
  });
  it("use the same ICU arguments in every message", () => {
    const differ = [...EN].filter(([key, message]) => ZH.has(key) && placeholders(message).join() !== placeholders(ZH.get(key)!).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });
  it("are valid ICU messages", () => {
    const broken = [...EN, ...ZH].filter(([, m]) => {
      try {
        placeholders(m);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });
});

describe("zh wording", () => {
  it("puts no Latin space after a Chinese full stop, comma, colon, question or exclamation mark", () => {
    const spaced = [...ZH].filter(([, m]) => /[。，：；！？] /.test(m));
    expect(spaced.map(([key]) => key)).toEqual([]);
  });

  it("calls a token “token” everywhere, as the usage line does", () => {
    const other = [...ZH].filter(([, m]) => /令牌|词元/.test(m));
    expect(other.map(([key]) => key)).toEqual([]);
    expect(zh.prefs.field.maxTokens).toBe("最大 token 数");
  });

  it("joins the share dialog's two sentences the way each language does", () => {
    const status = (messages: typeof en | typeof zh, locale: string) =>
      createTranslator({ locale, messages, namespace: "share" })("status", { done: "created", copied: "yes" });
    expect(status(zh, "zh")).toBe("链接已创建。已复制到剪贴板。");
    expect(status(en, "en")).toBe("Link created. Copied to the clipboard.");
  });

  it("says how many PDF pages a share holds as pages of a PDF, if the box is ticked", () => {
    const explain = createTranslator({ locale: "zh", messages: zh, namespace: "share" });
    expect(explain("explainer", { messages: 2, media: 0, pages: 1, attached: "yes" })).toContain("：2 条消息，PDF 中的 1 页（如勾选包含）。");
  });
});

describe("error cards", () => {
  it("say a cut answer's reason without repeating the card's title", () => {
    for (const catalogue of [en, zh]) expect(catalogue.errors.text.length.startsWith(catalogue.errors.title.length)).toBe(false);
    expect(zh.errors.text.length).toBe("已达到单次回复的最大长度。");
    expect(en.errors.text.length).toBe("It reached the maximum length for one reply.");
  });
});
