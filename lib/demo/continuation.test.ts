import { describe, expect, it } from "vitest";
import { CONTINUE_PROMPT } from "@/lib/chat/continue-prompt";
import { normaliseUpstream } from "@/lib/glm/normalise";
import { readSseData } from "@/lib/glm/sse";
import { demoFetch } from "./demo-fetch";
import { DEFAULT_ENGINE_OPTIONS } from "./engine";
import { continuationOf } from "./continuation";

const fast = { ...DEFAULT_ENGINE_OPTIONS, tokensPerSecond: 100_000 };

async function answer(messages: Array<{ role: string; content: unknown }>) {
  const res = demoFetch({ model: "glm-4.5v", messages }, new AbortController().signal, fast);
  let text = "";
  let reasoning = "";
  for await (const e of normaliseUpstream(readSseData(res.body!))) {
    if (e.type === "text") text += (e as { delta: string }).delta;
    if (e.type === "reasoning") reasoning += (e as { delta: string }).delta;
  }
  return { text, reasoning };
}

const continuing = (question: string, partial: string) => [
  { role: "user", content: question },
  { role: "assistant", content: partial },
  { role: "user", content: CONTINUE_PROMPT },
];

describe("the demo model's Continue", () => {
  it("goes on with the rest of its answer to the same question, nothing repeated, no new reasoning", async () => {
    const question = "[[scenario:no-reasoning]] tell me about tides";
    const whole = (await answer([{ role: "user", content: question }])).text;
    const cut = whole.slice(0, 17);
    const rest = await answer(continuing(question, cut));
    expect(cut + rest.text).toBe(whole);
    expect(rest.reasoning).toBe("");
  });

  it("finishes a dropped answer from where the connection went", async () => {
    const rest = await answer(continuing("[[scenario:drop]] x", "Partial answer before the connection d"));
    expect(rest.text).toBe("ropped and then more");
  });

  it("completes the word the token cap cut", async () => {
    const rest = await answer(continuing("[[scenario:length]] x", "This answer is long and gets cut by the token cap right in the mid"));
    expect(rest.text).toMatch(/^dle of a word/);
  });

  it("says there is no more when the cut text is not its own, in the question's language", async () => {
    expect((await answer(continuing("hello there", "Something another model wrote"))).text).toMatch(/^\n\n_Demo mode: this scripted answer has no more/);
    expect((await answer(continuing("你好，介绍一下青岛", "别的内容"))).text).toMatch(/演示模式/);
  });

  it("is only a Continue when the prompt follows an answer", () => {
    expect(continuationOf([{ role: "user", content: "q" }, { role: "assistant", content: "a" }, { role: "user", content: CONTINUE_PROMPT }])?.partial).toBe("a");
    expect(continuationOf([{ role: "user", content: CONTINUE_PROMPT }])).toBeUndefined();
    expect(continuationOf([{ role: "user", content: "q" }, { role: "assistant", content: "a" }, { role: "user", content: "go on" }])).toBeUndefined();
  });
});
