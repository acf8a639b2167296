import { describe, expect, it } from "vitest";
import { answerEnding, endingAnnouncement, type EndingWords } from "./ending";

const done = { role: "assistant" as const, status: "done" as const, content: "Half an answer", finishReason: "stop" as const };

describe("how an ended answer is announced", () => {
  it("is finished only when it ended cleanly", () => {
    expect(answerEnding(done)).toEqual({ kind: "finished" });
  });

  it("carries the card's notice for a cut, a block, a failure mid-way, no answer and the daily budget", () => {
    const cases = [
      [{ finishReason: "length" }, "length"],
      [{ finishReason: "length", content: "" }, "length_thinking"],
      [{ finishReason: "sensitive" }, "sensitive"],
      [{ finishReason: "network_error" }, "network_error"],
      [{ finishReason: "budget" }, "length_budget"],
      [{ finishReason: "other", finishRaw: "repetition" }, "finish_other"],
    ] as const;
    for (const [change, code] of cases) {
      const ending = answerEnding({ ...done, ...change });
      expect(ending, code).toMatchObject({ kind: "notice", notice: { code } });
    }
  });

  it("says whether Continue is offered, as the card's words do", () => {
    expect(answerEnding({ ...done, finishReason: "network_error" })).toMatchObject({ continueOffered: true });
    expect(answerEnding({ ...done, finishReason: "network_error", content: "" })).toMatchObject({ continueOffered: false });
    expect(answerEnding({ ...done, finishReason: "budget", resetAt: "2026-12-07T00:00:00.000Z" })).toMatchObject({ notice: { resetAt: "2026-12-07T00:00:00.000Z" } });
  });

  it("tells a request that failed, one stopped, a tool call and an answer only in the reasoning apart", () => {
    const error = { code: "upstream_rate_limited", message: "Busy" };
    expect(answerEnding({ ...done, status: "error", content: "", error })).toEqual({ kind: "error", error, continueOffered: false });
    expect(answerEnding({ ...done, finishReason: "aborted" })).toEqual({ kind: "stopped" });
    expect(answerEnding({ ...done, status: "interrupted" })).toEqual({ kind: "stopped" });
    expect(answerEnding({ ...done, content: "", finishReason: "tool_calls", toolCalls: [{ id: "c", name: "get_weather", arguments: "{}" }] })).toEqual({ kind: "tool_call" });
    expect(answerEnding({ ...done, content: "", reasoning: "The answer is 4." })).toEqual({ kind: "reasoning_only" });
  });

  it("keeps an error stored on a done answer (a damaged or deleted one) as its card shows it", () => {
    const error = { code: "deleted_mid_answer", message: "Stopped" };
    expect(answerEnding({ ...done, error })).toMatchObject({ kind: "notice", notice: error });
  });
});

describe("the one sentence an ending is announced with", () => {
  // Stand-in words that name their parts, so the test reads which ones were used.
  const words: EndingWords = {
    explain: (error, { continueOffered }) => ({ title: `T(${error.code})`, text: `X(${error.code}${continueOffered ? ",continue" : ""})` }),
    ended: (title, text) => `${title}. ${text}`,
    error: (message) => `Error: ${message}`,
    finished: "Finished",
    stopped: "Stopped",
    atTool: "At a tool",
    toolNotRun: "Not run",
    reasoningOnly: "Only reasoning",
  };
  const said = (change: Partial<Parameters<typeof answerEnding>[0]>) => endingAnnouncement(answerEnding({ ...done, ...change }), words);

  it("carries the card's title and text for every ending that shows a card: the card itself stays silent", () => {
    const error = { code: "upstream_rate_limited", message: "Busy" };
    expect(said({ status: "error", content: "", error })).toBe("Error: T(upstream_rate_limited). X(upstream_rate_limited)");
    expect(said({ finishReason: "length" })).toBe("T(length). X(length,continue)");
    expect(said({ finishReason: "budget", resetAt: "2026-12-07T00:00:00.000Z" })).toBe("T(length_budget). X(length_budget,continue)");
    expect(said({ finishReason: "network_error", content: "" })).toBe("T(network_error). X(network_error)");
    expect(said({ error: { code: "deleted_mid_answer", message: "Stopped" } })).toBe("T(deleted_mid_answer). X(deleted_mid_answer)");
  });

  it("says every other ending in its own words, once", () => {
    expect(said({})).toBe("Finished");
    expect(said({ finishReason: "aborted" })).toBe("Stopped");
    expect(said({ status: "interrupted" })).toBe("Stopped");
    expect(said({ content: "", finishReason: "tool_calls", toolCalls: [{ id: "c", name: "get_weather", arguments: "{}" }] })).toBe("At a tool. Not run");
    expect(said({ content: "", reasoning: "The answer is 4." })).toBe("Finished. Only reasoning");
    expect(said({ status: "error", content: "" })).toBe("Error:");
  });
});
