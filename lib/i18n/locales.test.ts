import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh.json";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("takes the first supported language by q-value", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(negotiateLocale("fr-FR, en;q=0.5, zh;q=0.7")).toBe("zh");
    expect(negotiateLocale("en-GB,zh;q=0.2")).toBe("en");
  });
  it("falls back to English for unknown or empty headers, and ignores q=0", () => {
    expect(negotiateLocale("fr, de")).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("zh;q=0, en;q=0.1")).toBe("en");
  });
  it("lets the saved choice win over the browser", () => {
    expect(negotiateLocale("zh-CN", "en")).toBe("en");
    expect(negotiateLocale("en", "zh")).toBe("zh");
    expect(negotiateLocale("zh", "klingon")).toBe("zh");
  });
});

/** Every key path of a nested catalogue, e.g. `chat.send`. */
function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("English and Chinese have exactly the same keys", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
  it("no message is empty, and Chinese is translated, not copied", () => {
    const flat = (o: unknown) => keys(o).map((k) => k.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], o));
    for (const value of [...flat(en), ...flat(zh)]) expect(String(value).trim()).not.toBe("");
    const same = keys(en).filter((k) => {
      const get = (o: unknown) => k.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], o);
      // Placeholders and the product's name are not words to translate ("{title} · GLM Chat").
      const words = String(get(en)).replace(/\{[^}]*\}/g, "").replaceAll(en.brand.name, "");
      return get(en) === get(zh) && /[a-z]{3,}/i.test(words);
    });
    expect(same.filter((k) => !k.startsWith("brand."))).toEqual([]);
  });
});
