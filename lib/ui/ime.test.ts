import { describe, expect, it } from "vitest";
import { isImeKey } from "./ime";

describe("isImeKey", () => {
  it("takes the composing flag (Chrome, Firefox) and Safari's 229 after compositionend as the input method's", () => {
    expect(isImeKey({ isComposing: true, keyCode: 13 })).toBe(true);
    expect(isImeKey({ isComposing: false, keyCode: 229 })).toBe(true);
    expect(isImeKey({ isComposing: false, keyCode: 13 })).toBe(false);
    expect(isImeKey({})).toBe(false);
  });
});
