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
