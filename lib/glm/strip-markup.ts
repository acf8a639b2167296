import { stripAnswerTokens } from "./answer-tokens";

/**
 * Plain text of a GLM answer for every consumer that shows it outside the renderer (search
 * snippets, titles, Markdown export, copy): box tokens removed with their contents kept, `<think>`
 * blocks dropped, the `<answer>` wrapper unwrapped, raw `<tool_call>` markup and every
 * `<|special|>` token removed. The stream is already clean; stored messages from older versions,
 * imports and pasted text may not be.
 */
export function stripMarkup(text: string): string {
  if (!text.includes("<")) return text;
  return stripAnswerTokens(text)
    .replace(/<tool_call>[\s\S]*?(<\/tool_call>|$)/g, "")
    .replace(/<\/?answer>/g, "")
    .replace(/<\|[a-z_]{1,32}\|>/g, "");
}
