import { describe, expect, it } from "vitest";
import { ContentFilter, parseRawToolCall, type ContentPiece } from "./content-filter";

/** Feeds the pieces one by one (as the network would), then flushes; merges adjacent pieces. */
function run(pieces: string[], templateThink = false): ContentPiece[] {
  const f = new ContentFilter({ templateThink });
  const out = [...pieces.flatMap((p) => f.push(p)), ...f.flush()];
  const merged: ContentPiece[] = [];
  for (const p of out) {
    const last = merged.at(-1);
    if (last && last.kind === p.kind && last.kind !== "tool_call" && p.kind !== "tool_call") last.text += p.text;
    else merged.push({ ...p });
  }
  return merged;
}

/** Every way of cutting `text` in two: a tag split anywhere must give the same result. */
function everySplit(text: string): string[][] {
  return Array.from({ length: text.length - 1 }, (_, i) => [text.slice(0, i + 1), text.slice(i + 1)]);
}

describe("ContentFilter: template-opened thinking", () => {
  it("treats content before a bare </think> as reasoning, split anywhere", () => {
    for (const pieces of everySplit("plan it</think>the answer")) {
      expect(run(pieces, true)).toEqual([{ kind: "reasoning", text: "plan it" }, { kind: "text", text: "the answer" }]);
    }
  });

  it("keeps an answer cut off before </think> entirely as reasoning", () => {
    expect(run(["still thinking and", " more </thi"], true)).toEqual([{ kind: "reasoning", text: "still thinking and more </thi" }]);
  });

  it("gives no reasoning when </think> comes first", () => {
    expect(run(["</think>", "Straight."], true)).toEqual([{ kind: "text", text: "Straight." }]);
  });

  it("tolerates an explicit <think> at the start of a template-opened trace", () => {
    expect(run(["<think>a</think>b"], true)).toEqual([{ kind: "reasoning", text: "a" }, { kind: "text", text: "b" }]);
  });

  it("an <|assistant|> the model writes itself ends the template's trace: what follows is the answer", () => {
    // The stand-in's special-tokens scenario, exactly as it is chunked, to a GLM-4.7 with thinking on.
    const chunks = ["<|assist", "ant|>Hello there", ". All done.<|us", "er|>What else can I", " do?<|endoftext|>"];
    expect(run(chunks, true)).toEqual([{ kind: "text", text: "Hello there. All done." }]);
    for (const pieces of everySplit("<|assistant|>Hello.<|user|>Next turn")) {
      expect(run(pieces, true)).toEqual([{ kind: "text", text: "Hello." }]);
    }
    expect(run(["plan it<|assistant|>", "the answer"], true)).toEqual([{ kind: "reasoning", text: "plan it" }, { kind: "text", text: "the answer" }]);
    // Its own header may open a trace in writing, or close an empty one.
    expect(run(["<|assistant|><think>a</think>b"], true)).toEqual([{ kind: "reasoning", text: "a" }, { kind: "text", text: "b" }]);
    expect(run(["<|assistant|></think>b"], true)).toEqual([{ kind: "text", text: "b" }]);
    // Inside a trace the model opened with <think> it is only dropped.
    expect(run(["<think>a<|assistant|>b</think>c"], true)).toEqual([{ kind: "reasoning", text: "ab" }, { kind: "text", text: "c" }]);
  });

  it("is off when a reasoning field arrived first (the server has a reasoning parser)", () => {
    const f = new ContentFilter({ templateThink: true });
    f.reasoningFieldSeen();
    expect([...f.push("answer"), ...f.flush()]).toEqual([{ kind: "text", text: "answer" }]);
  });

  it("without the template flag, bare text is the answer and a stray </think> is dropped", () => {
    expect(run(["x</think>y"])).toEqual([{ kind: "text", text: "xy" }]);
  });
});

describe("ContentFilter: markup", () => {
  it("unwraps <answer> (GLM-4.1V-Thinking), keeping box tokens for the renderer", () => {
    for (const pieces of everySplit("<think>look</think><answer>a <|begin_of_box|>cat<|end_of_box|></answer>")) {
      expect(run(pieces)).toEqual([{ kind: "reasoning", text: "look" }, { kind: "text", text: "a <|begin_of_box|>cat<|end_of_box|>" }]);
    }
  });

  it("drops role tokens and stops at end-of-turn tokens, split anywhere", () => {
    for (const pieces of everySplit("<|assistant|>Hello.<|user|>Next turn")) {
      expect(run(pieces)).toEqual([{ kind: "text", text: "Hello." }]);
    }
    expect(run(["Done<|observation|>tool output"])).toEqual([{ kind: "text", text: "Done" }]);
    expect(run(["Done<|endoftext|>"])).toEqual([{ kind: "text", text: "Done" }]);
    expect(run(["a<|system|>b"])).toEqual([{ kind: "text", text: "ab" }]);
  });

  it("does not hold back text that cannot become a tag", () => {
    const f = new ContentFilter();
    expect(f.push("a < b and <x")).toEqual([{ kind: "text", text: "a < b and <x" }]);
    expect(f.push("1 <|us")).toEqual([{ kind: "text", text: "1 " }]);
  });

  it("keeps a trailing lone '<' at the end but drops a half special token", () => {
    expect(run(["a <"])).toEqual([{ kind: "text", text: "a <" }]);
    expect(run(["a <|endo"])).toEqual([{ kind: "text", text: "a " }]);
  });

  it("turns raw <tool_call> markup into a tool call, split anywhere", () => {
    const raw = "Checking.\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing</arg_value>\n<arg_key>days</arg_key>\n<arg_value>3</arg_value>\n</tool_call>";
    for (const pieces of everySplit(raw)) {
      expect(run(pieces)).toEqual([
        { kind: "text", text: "Checking.\n" },
        { kind: "tool_call", name: "get_weather", arguments: '{"city":"Beijing","days":3}' },
      ]);
    }
  });

  it("parses an unterminated tool call at the end", () => {
    expect(run(["<tool_call>f\n<arg_key>a</arg_key><arg_value>x</arg_value>"])).toEqual([{ kind: "tool_call", name: "f", arguments: '{"a":"x"}' }]);
  });
});

describe("parseRawToolCall", () => {
  it("reads the JSON form and rejects nameless bodies", () => {
    expect(parseRawToolCall('{"name":"f","arguments":{"q":1}}')).toEqual({ name: "f", arguments: '{"q":1}' });
    expect(parseRawToolCall("  ")).toBeUndefined();
    expect(parseRawToolCall("{broken")).toBeUndefined();
  });

  it("keeps multi-line string values", () => {
    expect(parseRawToolCall("write\n<arg_key>text</arg_key>\n<arg_value>line 1\nline 2</arg_value>")).toEqual({ name: "write", arguments: '{"text":"line 1\\nline 2"}' });
  });
});
