/**
 * The language the demo model answers in: a real GLM answers in the language of the question,
 * so a question written mainly in Chinese gets a Simplified Chinese answer.
 */
export type AnswerLanguage = "en" | "zh";

// Test markers and the app's own document header are not the user's words.
export const NOT_THE_USER = /\[\[[^\]]*\]\]|\[Document "[^"]*":[^\]]*\]/g;
// A Han character carries about as much as a short English word, so it counts double against
// Latin letters: a Chinese question naming `useEffect` stays Chinese, an English one quoting 你好 does not.
const HAN_WEIGHT = 2;

export function answerLanguage(text: string): AnswerLanguage {
  const words = text.replace(NOT_THE_USER, "");
  const han = words.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = words.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han > 0 && han * HAN_WEIGHT >= latin ? "zh" : "en";
}
