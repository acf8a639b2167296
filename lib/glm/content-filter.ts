/**
 * Incremental filter for GLM `content` (docs/glm-protocol.md sections 5, 6 and 8): moves `<think>`
 * blocks to reasoning (including template-opened thinking, where only a bare `</think>` marks the
 * answer), unwraps `<answer>`, turns raw `<tool_call>` markup into tool calls and keeps chat
 * special tokens from ever reaching the user. Tags split across deltas are held back until they
 * are decidable. Box tokens pass through: the renderer draws them.
 */

export type ContentPiece =
  | { kind: "reasoning" | "text"; text: string }
  | { kind: "tool_call"; name: string; arguments: string };

export interface ContentFilterOptions {
  /** The chat template already opened `<think>` (GLM-4.7 / GLM-5 with thinking on). */
  templateThink?: boolean;
}

const THINK_OPEN = "<think>";
const THINK_CLOSE = "</think>";
const ASSISTANT = "<|assistant|>";
const TOOL_OPEN = "<tool_call>";
const TOOL_CLOSE = "</tool_call>";
/** The turn is over at these: whatever follows is the model writing the next turn itself. */
const END_TOKENS = ["<|user|>", "<|observation|>", "<|endoftext|>"];
/** Role markers and the answer wrapper are markup, never content. */
const DROPPED = [ASSISTANT, "<|system|>", "<answer>", "</answer>"];
const TAGS = [THINK_OPEN, THINK_CLOSE, TOOL_OPEN, TOOL_CLOSE, ...END_TOKENS, ...DROPPED];

type Mode = "think" | "text" | "tool" | "ended";

export class ContentFilter {
  private mode: Mode;
  private pending = "";
  private tool = "";
  private started = false;
  /** In the trace the template opened, not one the model opened with `<think>` itself. */
  private templateTrace: boolean;

  constructor(options: ContentFilterOptions = {}) {
    this.templateTrace = !!options.templateThink;
    this.mode = this.templateTrace ? "think" : "text";
  }

  /**
   * The server sent a separate reasoning field, so it has a reasoning parser: content is the
   * answer even for a template-opened model.
   */
  reasoningFieldSeen(): void {
    if (!this.started && this.mode === "think") this.leaveTemplateTrace();
  }

  private leaveTemplateTrace() {
    this.templateTrace = false;
    this.mode = "text";
  }

  /**
   * For a non-empty delta known to hold no `<` (the proxy's fast lane, lib/glm/fast-lane.ts): the
   * kind it passes as whole, with the state change `push` would make; undefined while something is
   * held back (a tag prefix, a tool call) or the turn has ended, when only `push` can tell.
   */
  passThrough(): "text" | "reasoning" | undefined {
    if (this.pending || (this.mode !== "text" && this.mode !== "think")) return undefined;
    this.started = true;
    return this.mode === "think" ? "reasoning" : "text";
  }

  push(delta: string): ContentPiece[] {
    if (delta) this.started = true;
    let buf = this.pending + delta;
    this.pending = "";
    const out: ContentPiece[] = [];
    while (buf.length && this.mode !== "ended") {
      const hit = this.mode === "tool" ? find(buf, [TOOL_CLOSE]) : find(buf, TAGS);
      if (!hit) {
        const keep = partialSuffix(buf, this.mode === "tool" ? [TOOL_CLOSE] : TAGS);
        this.emit(out, buf.slice(0, buf.length - keep));
        this.pending = buf.slice(buf.length - keep);
        break;
      }
      this.emit(out, buf.slice(0, hit.at));
      buf = buf.slice(hit.at + hit.tag.length);
      this.onTag(hit.tag, out);
    }
    return out;
  }

  /** End of the answer: an unfinished tag prefix is ordinary text; an open tool call is parsed. */
  flush(): ContentPiece[] {
    const out: ContentPiece[] = [];
    if (this.mode === "tool") {
      this.tool += this.pending;
      this.onTag(TOOL_CLOSE, out);
    } else if (this.mode !== "ended" && !this.pending.startsWith("<|")) {
      this.emit(out, this.pending);
    }
    this.pending = "";
    return out;
  }

  private onTag(tag: string, out: ContentPiece[]) {
    if (tag === THINK_OPEN) {
      this.templateTrace = false;
      this.mode = "think";
    } else if (tag === THINK_CLOSE) this.leaveTemplateTrace();
    // The template's `<think>` follows the prompt's `<|assistant|>`. A header the model writes
    // itself starts a turn of its own, whose thinking (if any) it opens in writing
    // (docs/glm-protocol.md section 8): what follows is the answer, not that trace.
    else if (tag === ASSISTANT && this.templateTrace && this.mode === "think") this.leaveTemplateTrace();
    else if (tag === TOOL_OPEN) {
      this.mode = "tool";
      this.tool = "";
    } else if (tag === TOOL_CLOSE) {
      if (this.mode === "tool") {
        const call = parseRawToolCall(this.tool);
        if (call) out.push({ kind: "tool_call", ...call });
        this.mode = "text";
        this.tool = "";
      }
    } else if (END_TOKENS.includes(tag)) this.mode = "ended";
    // DROPPED tags: nothing to do, the tag is simply not emitted.
  }

  private emit(out: ContentPiece[], text: string) {
    if (!text) return;
    if (this.mode === "tool") {
      this.tool += text;
      return;
    }
    if (this.mode === "ended") return;
    const kind = this.mode === "think" ? "reasoning" : "text";
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  }
}

/**
 * `NAME\n<arg_key>K</arg_key>\n<arg_value>V</arg_value>...` (GLM-4.5 family) or a JSON object
 * `{"name": ..., "arguments": ...}`. Values that are valid JSON keep their type (numbers,
 * objects), anything else is a string, as vLLM's glm45 parser does without a schema.
 */
export function parseRawToolCall(body: string): { name: string; arguments: string } | undefined {
  const trimmed = body.trim();
  if (trimmed.startsWith("{")) {
    try {
      const obj = JSON.parse(trimmed) as { name?: unknown; arguments?: unknown };
      if (typeof obj.name !== "string") return undefined;
      const args = typeof obj.arguments === "string" ? obj.arguments : JSON.stringify(obj.arguments ?? {});
      return { name: obj.name, arguments: args };
    } catch {
      return undefined;
    }
  }
  const nameEnd = trimmed.search(/<arg_key>|\n/);
  const name = (nameEnd === -1 ? trimmed : trimmed.slice(0, nameEnd)).trim();
  if (!name) return undefined;
  const args: Record<string, unknown> = {};
  const pair = /<arg_key>([\s\S]*?)<\/arg_key>\s*<arg_value>([\s\S]*?)<\/arg_value>/g;
  for (let m = pair.exec(trimmed); m; m = pair.exec(trimmed)) args[m[1].trim()] = jsonOrString(m[2]);
  return { name, arguments: JSON.stringify(args) };
}

function jsonOrString(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function find(buf: string, tags: readonly string[]): { at: number; tag: string } | undefined {
  let best: { at: number; tag: string } | undefined;
  for (const tag of tags) {
    const at = buf.indexOf(tag);
    if (at >= 0 && (!best || at < best.at)) best = { at, tag };
  }
  return best;
}

/** Length of the longest suffix of `s` that is a proper prefix of one of `tags`. */
function partialSuffix(s: string, tags: readonly string[]): number {
  const start = s.lastIndexOf("<");
  if (start === -1) return 0;
  const tail = s.slice(start);
  return tags.some((t) => t.length > tail.length && t.startsWith(tail)) ? tail.length : 0;
}
