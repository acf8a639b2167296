import type { ChatRequestMessage } from "@/lib/chat/wire";

// A token holds at most about this many characters of each kind in GLM's tokenizer (common
// Chinese words are one token of 2–3 characters; English runs ~4 characters a token, indented
// code and repeated letters more): counting this way errs low, so a request that fits is never
// refused, while one that clearly does not is.
const CHARS_PER_TOKEN_CJK = 3;
const CHARS_PER_TOKEN_OTHER = 8;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * The fewest tokens the messages' text can cost as a prompt. Images and video are not counted
 * (their cost depends on the model's resizing), so this is a floor, not an estimate.
 */
export function promptTokenFloor(messages: readonly ChatRequestMessage[]): number {
  let cjk = 0;
  let other = 0;
  for (const m of messages) {
    const texts = typeof m.content === "string" ? [m.content] : m.content.flatMap((p) => (p.type === "text" ? [p.text] : []));
    for (const text of texts) {
      const wide = text.match(CJK)?.length ?? 0;
      cjk += wide;
      // UTF-16 units: a wide character outside the BMP counts twice here, once above; still a floor.
      other += text.length - wide;
    }
  }
  return Math.floor(cjk / CHARS_PER_TOKEN_CJK + other / CHARS_PER_TOKEN_OTHER);
}
