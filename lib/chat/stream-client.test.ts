import { afterEach, describe, expect, it, vi } from "vitest";
import { ChatRequestError, streamChat } from "./stream-client";

const request = { model: "glm-4.5v", messages: [{ role: "user" as const, content: "hi" }] };

async function refusal(response: Response): Promise<ChatRequestError> {
  vi.stubGlobal("fetch", vi.fn(async () => response));
  try {
    for await (const _ of streamChat(request as never, new AbortController().signal)) void _;
  } catch (error) {
    return error as ChatRequestError;
  }
  throw new Error("no refusal");
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("streamChat refusals", () => {
  it("keeps when Retry may be pressed, from the Retry-After header", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-06T10:00:00.000Z"), toFake: ["Date"] });
    const error = await refusal(
      new Response(JSON.stringify({ code: "rate_limited", message: "Too many messages in a short time: wait 13 seconds and send again." }), {
        status: 429,
        headers: { "content-type": "application/json", "retry-after": "13" },
      }),
    );
    expect(error).toBeInstanceOf(ChatRequestError);
    expect(error.status).toBe(429);
    expect(error.envelope).toEqual({ code: "rate_limited", message: expect.stringContaining("13 seconds"), retryAt: "2026-12-06T10:00:13.000Z" });
  });

  it("adds no wait without the header, and words a proxy's HTML page by its status", async () => {
    const error = await refusal(new Response("<html>busy</html>", { status: 502 }));
    expect(error.envelope).toEqual({ code: "internal", message: "The server answered 502." });
  });

  it("keeps the refused parameter's name the server sends with upstream_bad_request", async () => {
    const envelope = { code: "upstream_bad_request", message: "The provider refused a request parameter (temperature).", param: "temperature" };
    const error = await refusal(Response.json(envelope, { status: 400 }));
    expect(error.envelope).toEqual(envelope);
  });
});
