/** The pipeline from raw answer text to the markdown blocks the renderer parses one by one. */
import { splitBlocks } from "./blocks";
import { healMarkdown } from "./heal";
import { limitDelimiters, limitNesting, normaliseMathDelimiters, wrapRawHtml } from "./preprocess";

export function prepareBlocks(text: string, streaming: boolean): string[] {
  const normalised = limitNesting(normaliseMathDelimiters(wrapRawHtml(text)));
  const blocks = splitBlocks(normalised).map(limitDelimiters);
  if (streaming && blocks.length > 0) {
    const healed = healMarkdown(blocks[blocks.length - 1]);
    if (healed.trim() === "") blocks.pop();
    else blocks[blocks.length - 1] = healed;
  }
  return blocks;
}
