/**
 * Moves `<think>...</think>` found inside `content` into the reasoning channel. GLM models (and
 * self-hosted servers without a reasoning parser) may emit it even when `reasoning_content`
 * exists. Works on a stream: a tag split across deltas is held back until it is decidable.
 */
export interface SplitPiece {
  channel: "reasoning" | "text";
  text: string;
}

const OPEN = "<think>";
const CLOSE = "</think>";

export class ThinkSplitter {
  private inThink = false;
  private pending = "";

  push(delta: string): SplitPiece[] {
    let buf = this.pending + delta;
    this.pending = "";
    const out: SplitPiece[] = [];
    while (buf.length) {
      const tag = this.inThink ? CLOSE : OPEN;
      const at = buf.indexOf(tag);
      if (at >= 0) {
        this.emit(out, buf.slice(0, at));
        buf = buf.slice(at + tag.length);
        this.inThink = !this.inThink;
        continue;
      }
      const keep = partialSuffix(buf, tag);
      this.emit(out, buf.slice(0, buf.length - keep));
      this.pending = buf.slice(buf.length - keep);
      break;
    }
    return out;
  }

  /** Whatever was held back (an unfinished tag prefix) is ordinary text at the end. */
  flush(): SplitPiece[] {
    const out: SplitPiece[] = [];
    this.emit(out, this.pending);
    this.pending = "";
    return out;
  }

  private emit(out: SplitPiece[], text: string) {
    if (!text) return;
    const channel = this.inThink ? "reasoning" : "text";
    const last = out[out.length - 1];
    if (last && last.channel === channel) last.text += text;
    else out.push({ channel, text });
  }
}

/** Length of the longest suffix of `s` that is a proper prefix of `tag`. */
function partialSuffix(s: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, s.length); n > 0; n--) {
    if (s.endsWith(tag.slice(0, n))) return n;
  }
  return 0;
}
