import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicMessage } from "@/lib/server/share/view";
import { withIntl } from "@/test/intl";
import { SharedMessage, turnMediaByIndex } from "./shared-message";

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

const image = { asset: 0, kind: "image" as const, mimeType: "image/png", name: "shapes.png", width: 1000, height: 600, size: 10, url: "/s/S/assets/0" };
const video = { asset: 1, kind: "video" as const, mimeType: "video/mp4", name: "clip.mp4", size: 10, url: "/s/S/assets/1" };
const messages: PublicMessage[] = [
  { role: "user", content: "Where is **it**?", createdAt: 1, attachments: [image] },
  {
    role: "assistant", createdAt: 2, reasoning: "Looking *closely*.", reasoningMs: 3200,
    content: "Found:\n\n- red circle: [100,333,300,667]\n- box <|begin_of_box|>[[420,200,620,467]]<|end_of_box|>\n\n```ts\nconst a = 1;\n```",
  },
  { role: "user", content: "And the clip?", createdAt: 3, attachments: [video] },
  { role: "assistant", content: "It ends at 0:03.", createdAt: 4 },
];

describe("SharedMessage (server render, what a visitor without JavaScript gets)", () => {
  const media = turnMediaByIndex(messages);
  const render = (i: number) => renderToStaticMarkup(withIntl(<SharedMessage message={messages[i]} turnMedia={media.get(i)} />));

  it("keeps user text as text, like the app", () => {
    const html = render(0);
    expect(html).toContain("Where is **it**?");
    expect(html).toContain('src="/s/S/assets/0"');
  });

  it("renders the answer as markdown with the boxes drawn on the shared image", () => {
    const html = render(1);
    expect(html).toMatch(/<li dir="auto">red circle: /);
    expect(count(html, "code-block")).toBe(1);
    expect(html).toContain("const a = 1;");
    expect(count(html, "grounding-box")).toBe(2);
    expect(html).toContain('src="/s/S/assets/0"');
    expect(html).toContain("left:10%;top:33.3%;width:20%");
    expect(html).not.toContain("begin_of_box");
  });

  it("puts reasoning in a collapsed details with the app's wording", () => {
    const html = render(1);
    expect(html).toMatch(/<details data-testid="shared-reasoning"[^>]*>/);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).toContain("Thought for 3 s");
    expect(html).toContain("<em>closely</em>");
  });

  it("links video timestamps to the player so they work without script", () => {
    expect(render(2)).toContain('id="shared-video-1"');
    const html = render(3);
    expect(count(html, "timestamp-link")).toBe(1);
    expect(html).toContain('href="#shared-video-1"');
  });

  it("names a shared video by its file name and as a video, in the reader's language", () => {
    expect(render(2)).toMatch(/<video[^>]* aria-label="clip.mp4, video"/);
    expect(renderToStaticMarkup(withIntl(<SharedMessage message={messages[2]} />, "zh"))).toMatch(/<video[^>]* aria-label="clip.mp4，视频"/);
    // A share made without file names still names it.
    const unnamed: PublicMessage = { ...messages[2], attachments: [{ ...video, name: undefined }] };
    expect(renderToStaticMarkup(withIntl(<SharedMessage message={unnamed} />))).toMatch(/<video[^>]* aria-label="Shared video"/);
  });

  it("pairs each answer with the media of the turn it answers", () => {
    expect([...media.keys()]).toEqual([1, 3]);
    expect(media.get(3)).toEqual([video]);
  });

  it("shows a shared PDF as its page thumbnails, and page mentions link to them", () => {
    const page = (n: number) => ({ ...image, asset: 10 + n, name: `report-p${n}.jpg`, url: `/s/S/assets/${10 + n}`, doc: { docId: "d1", name: "report.pdf", page: n, pageCount: 3 } });
    const docTurn: PublicMessage[] = [
      { role: "user", content: "Summarise", createdAt: 5, attachments: [page(2), page(1)] },
      { role: "assistant", content: "Page 2 has the chart; see also p. 1 and page 3.", createdAt: 6 },
    ];
    const docMedia = turnMediaByIndex(docTurn);
    const user = renderToStaticMarkup(withIntl(<SharedMessage message={docTurn[0]} />));
    expect(count(user, "shared-document")).toBe(1);
    expect(count(user, "shared-image")).toBe(0);
    expect(user).toContain("2 of 3 pages");
    expect([...user.matchAll(/data-testid="shared-doc-page" data-page="(\d)"/g)].map((m) => m[1])).toEqual(["1", "2"]);
    expect(user).toContain('id="doc-d1-p2"');
    const answer = renderToStaticMarkup(withIntl(<SharedMessage message={docTurn[1]} turnMedia={docMedia.get(1)} />));
    // Page 3 was not sent, so it is not a link.
    expect([...answer.matchAll(/data-testid="page-link" data-page="(\d)"/g)].map((m) => m[1])).toEqual(["2", "1"]);
    expect(answer).toContain('href="#doc-d1-p2"');
  });

  it("ends a cut answer with a note, and says a failed one gave no answer", () => {
    const one = (m: PublicMessage) => renderToStaticMarkup(withIntl(<SharedMessage message={m} />));
    const cut = one({ role: "assistant", content: "right in the mid", finishReason: "length", createdAt: 5 });
    expect(cut).toContain("right in the mid");
    expect(cut).toContain("The answer was cut short: it reached the maximum length for one reply.");
    const failed = one({ role: "assistant", content: "", finishReason: "error", error: { code: "upstream_rate_limited" }, createdAt: 6 });
    expect(failed).toContain("No answer: the request failed (Provider busy).");
    expect(count(failed, "shared-message-content")).toBe(0);
    expect(one({ role: "assistant", content: "", error: { code: "1302" }, createdAt: 7 })).toContain("No answer: the request failed.");
    expect(count(one(messages[3]), "shared-answer-ending")).toBe(0);
  });

  it("says a stopped answer stopped and a broken-off one was cut, under what arrived", () => {
    const one = (m: PublicMessage) => renderToStaticMarkup(withIntl(<SharedMessage message={m} />));
    const stopped = one({ role: "assistant", content: "Half a tho", finishReason: "aborted", createdAt: 5 });
    expect(stopped).toContain("Half a tho");
    expect(stopped).toMatch(/data-note="stopped"[^>]*>Stopped</);
    const cut = one({ role: "assistant", content: "Partial answer before", finishReason: "network_error", createdAt: 6 });
    expect(cut).toContain("The answer stops here: the model failed in the middle of it.");
    // One sentence: it read "Cut off: the request failed (Answer cut off)".
    const dropped = one({ role: "assistant", content: "Partial before the drop", error: { code: "stream_interrupted" }, createdAt: 7 });
    expect(dropped).toContain("The answer stops here: the connection dropped before it was complete.");
    expect(dropped).not.toContain("Answer cut off");
  });

  it("shows an answer with no text by what it has, and says why there is no text", () => {
    const one = (m: PublicMessage) => renderToStaticMarkup(withIntl(<SharedMessage message={m} />));
    const thinking = one({ role: "assistant", content: "", reasoning: "I keep considering", finishReason: "length", createdAt: 5 });
    expect(thinking).toContain("I keep considering");
    expect(thinking).toContain("No answer: the model reached its length limit while still thinking.");
    // The trace is all that arrived: open, as in the app.
    expect(thinking).toMatch(/<details data-testid="shared-reasoning" open=""/);
    expect(count(thinking, "shared-message-content")).toBe(0);
    // Its trace is the answer: open, as in the app.
    const inReasoning = one({ role: "assistant", content: "", reasoning: "So it is 4.", createdAt: 6 });
    expect(inReasoning).toMatch(/<details data-testid="shared-reasoning" open=""/);
    expect(inReasoning).toContain("The model answered only in its reasoning, shown above.");
    expect(one({ role: "assistant", content: "", createdAt: 7 })).toContain("The model answered only in its reasoning, which is not shared here.");
    const call = one({ role: "assistant", content: "", finishReason: "tool_calls", toolCalls: [{ id: "c1", name: "get_weather", arguments: '{"city":"Beijing"}' }], createdAt: 8 });
    expect(call).toMatch(/Called <code[^>]*>get_weather<\/code>/);
    expect(call).toContain("Beijing");
    expect(call).toContain("GLM Chat does not run tools");
  });
});
