import { describe, expect, it } from "vitest";
import { answerLanguage } from "./answer-language";

describe("answerLanguage", () => {
  it("answers Chinese in Chinese and English in English", () => {
    expect(answerLanguage("你好，请介绍一下你自己")).toBe("zh");
    expect(answerLanguage("Hello, who are you?")).toBe("en");
  });

  it("keeps Chinese when the question names code in English", () => {
    expect(answerLanguage("解释一下 React 的 useEffect 依赖数组")).toBe("zh");
  });

  it("keeps English when an English question quotes a Chinese word", () => {
    expect(answerLanguage("What does 你好 mean in English?")).toBe("en");
  });

  it("ignores test markers and the document header, which are not the user's words", () => {
    expect(answerLanguage("[[scenario:take]] [[tps:500]] 写一首诗")).toBe("zh");
    expect(answerLanguage('[Document "annual-report.pdf": all 3 pages, one image per page in that order.]\n总结这份报告')).toBe("zh");
    expect(answerLanguage("[[scenario:take]]")).toBe("en");
  });

  it("answers in English when there are no letters at all", () => {
    expect(answerLanguage("")).toBe("en");
    expect(answerLanguage("1 + 1 = ?")).toBe("en");
  });
});
