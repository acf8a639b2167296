import { readFileSync } from "node:fs";
import { attachInput, expect, test } from "./support/chat-page";
import { APPS } from "./support/ports";
import { requestWith, uniqueMarker } from "./support/stand-in-client";
import { createShareLink, openAsVisitor } from "./support/share-link";

/** Issue 10 in the browser: web search sources, tool calls, usage and cost, the context meter, new error wording. */

test("web search: switch for text models only, numbered sources, [ref_N] links, kept after reload", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.getByTestId("web-search-toggle")).toHaveCount(0); // GLM-4.5V (vision) by default
  await chat.pickModel("glm-4.6");
  const toggle = page.getByTestId("web-search-toggle");
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  const marker = uniqueMarker();
  await chat.ask(`What is new with GLM? ${marker}`);
  expect((await requestWith(marker)).body).toMatchObject({ tools: [{ type: "web_search" }] });

  const answer = chat.lastAssistant();
  const items = answer.getByTestId("source-item");
  await expect(items).toHaveCount(2); // the javascript: result never shows
  await expect(items.first()).toContainText("[1]");
  await expect(items.first()).toContainText("GLM-4.5V release notes");
  await expect(items.first()).toContainText("Z.ai Docs");
  await expect(items.first()).toContainText("2025-08-11");
  await expect(answer.getByTestId("source-link").first()).toHaveAttribute("href", "https://docs.z.ai/guides/vlm/glm-4.5v");
  await expect(answer.getByTestId("source-link").first()).toHaveAttribute("rel", /noopener/);
  const ref = answer.getByRole("link", { name: "[1]" });
  await expect(ref).toHaveAttribute("href", "https://docs.z.ai/guides/vlm/glm-4.5v");
  await expect(answer).not.toContainText("[ref_1]");

  await chat.reload();
  await expect(chat.lastAssistant().getByTestId("source-item")).toHaveCount(2);
  await expect(page.getByTestId("web-search-toggle")).toHaveAttribute("aria-checked", "true");
  await chat.pickModel("glm-4.5v");
  await expect(page.getByTestId("web-search-toggle")).toHaveCount(0);
});

for (const scenario of ["tool-call", "raw-tool-call"]) {
  test(`${scenario}: a collapsed "called NAME" card with pretty-printed arguments`, async ({ chat }) => {
    await chat.goto();
    await chat.ask(`[[scenario:${scenario}]] ${uniqueMarker()}`);
    const card = chat.lastAssistant().getByTestId("tool-call-card");
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("tool-call-summary")).toHaveText("Called get_weather");
    // The answer ends at the call; the reader is told why, not left with a bare card.
    await expect(chat.lastAssistant().getByTestId("tool-call-note")).toContainText("GLM Chat does not run tools");
    await expect(card.getByTestId("tool-call-arguments")).toBeHidden();
    await card.getByTestId("tool-call-summary").click();
    await expect(card.getByTestId("tool-call-arguments")).toContainText('"city": "Beijing"');
    await expect(chat.lastAssistant()).not.toContainText("<tool_call>");
    await expect(chat.lastAssistant()).not.toContainText("arg_key");
  });
}

test("each answer shows its tokens and cost; the conversation its total", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const usage = chat.lastAssistant().getByTestId("usage-line");
  await expect(usage).toContainText(/12 prompt · \d+ completion/);
  await expect(usage.getByTestId("usage-cost")).toContainText("$");
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await expect(page.getByTestId("conversation-total")).toContainText(/Used in this chat: \d+ tokens · <?\$/);
  await expect(page.getByTestId("uncounted-answers")).toHaveCount(0);
  // Stopped mid-answer: no usage comes, and the total says one answer is missing from it.
  await chat.send(`[[scenario:long]] [[tps:40]] ${uniqueMarker()}`);
  await expect(chat.lastAssistant()).toContainText("sentence 2.");
  await chat.stopButton.click();
  await expect(chat.lastAssistant().getByTestId("stopped-note")).toBeVisible();
  await expect(page.getByTestId("uncounted-answers")).toHaveText("1 unfinished answer not counted");
});

test("the context meter warns before the next turn would not fit, and a new chat shows what it carries over", async ({ chat, page, browser }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] first question ${uniqueMarker()}`);
  await expect(page.getByTestId("context-meter")).toHaveAttribute("data-level", "ok");
  await expect(page.getByTestId("context-warning")).toHaveCount(0);
  await chat.ask(`[[scenario:no-reasoning]] [[prompt-tokens:60000]] second question`);
  await expect(page.getByTestId("context-meter")).toHaveAttribute("data-level", "warn");
  await expect(page.getByTestId("context-usage")).toContainText(/Context window [\d,]+ \/ 65,536/);
  const earlier = page.url();
  await page.getByTestId("new-chat-with-summary").click();
  await expect(page).not.toHaveURL(earlier);
  await expect(page.getByTestId("message-assistant")).toHaveCount(0);
  // Not a blank chat: it says what it continues and what the model is given of it, also after a
  // reload before anything is asked in it.
  await expect(page.getByTestId("carried-over")).toBeVisible();
  await page.reload();
  const card = page.getByTestId("carried-over");
  await expect(card).toContainText("This chat continues");
  await expect(card.getByTestId("carried-over-open")).toContainText("first question");
  await expect(card.getByTestId("carried-over-extent")).toContainText("condensed copy of its 4 messages");
  await expect(card.getByTestId("carried-over-text")).toBeHidden();
  await card.getByTestId("carried-over-show").click();
  await expect(card.getByTestId("carried-over-text")).toContainText("Assistant: Answer without reasoning to: first question");
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] go on ${marker}`);
  const body = (await requestWith(marker)).body as { messages: Array<{ role: string; content: string }> };
  expect(body.messages[0].role).toBe("system");
  expect(body.messages[0].content).toMatch(/User: .*first question/);
  expect(body.messages[0].content).toContain("Assistant: Answer without reasoning to: first question");
  // A share of it tells the reader the answers had background they cannot see, without quoting it.
  const visitor = await openAsVisitor(browser, await createShareLink(page));
  // The sharer is told too, in the dialog: the earlier chat is not in the link.
  const note = page.getByTestId("share-dialog").getByTestId("share-continues-note");
  await expect(note).toContainText("which is not shared");
  await expect(note).toContainText("condensed copy of 4 messages of the earlier chat");
  await expect(visitor.page.getByTestId("shared-continues")).toContainText("condensed copy of 4 messages of it");
  await expect(visitor.page.locator("main")).not.toContainText("first question");
  await visitor.close();
  await page.keyboard.press("Escape");
  // Still there above the conversation, after a reload too, and it leads back to the earlier chat.
  await page.reload();
  await expect(page.getByTestId("carried-over")).toBeVisible();
  await page.getByTestId("carried-over-open").click();
  await expect(page).toHaveURL(earlier);
  await expect(page.getByTestId("message-user").first()).toContainText("first question");
});

test("what a continued chat carries over can be left out; the earlier chat deleted, it links nowhere", async ({ chat, page }) => {
  await chat.goto();
  // Words first: the title the card links is then words a phone can begin on the sentence's line.
  await chat.ask(`the old topic ${uniqueMarker()} [[scenario:no-reasoning]] [[prompt-tokens:60000]]`);
  await page.getByTestId("new-chat-with-summary").click();
  await expect(page.getByTestId("carried-over-open")).toBeVisible();
  // The title is cut to 60 characters at a word, and says so (not "… [[prompt-tok").
  await expect(page.getByTestId("carried-over-open")).toHaveText(/^the old topic m\w+ \[\[scenario:no-reasoning\]\]…$/);
  // On a phone the long title wraps as the sentence's text does: it goes on from the sentence's
  // first line, and each further line starts at the sentence's left edge, none centred on its own.
  await page.setViewportSize({ width: 390, height: 844 });
  const lines = await page.getByTestId("carried-over-open").evaluate((link) => {
    const sentence = link.closest("p")!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(link);
    return [...range.getClientRects()].map((r) => ({ indent: Math.round(r.left - sentence.left), firstLine: r.top - sentence.top < 4 }));
  });
  expect(lines.length).toBeGreaterThan(1);
  expect(lines[0].firstLine).toBe(true);
  expect(lines.filter((l) => !l.firstLine).map((l) => l.indent)).toEqual(lines.filter((l) => !l.firstLine).map(() => 0));
  await page.setViewportSize({ width: 1280, height: 720 });
  await chat.conversationItem(/the old topic/).getByTestId("delete-button").click();
  await expect(page.getByTestId("carried-over")).toContainText("which has since been deleted");
  await expect(page.getByTestId("carried-over-open")).toHaveCount(0);
  await page.getByTestId("carried-over-drop").click();
  await expect(page.getByTestId("carried-over")).toHaveCount(0);
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] a fresh start ${marker}`);
  const body = (await requestWith(marker)).body as { messages: Array<{ role: string; content: string }> };
  expect(JSON.stringify(body.messages)).not.toContain("the old topic");
});

test("a plan usage cap says when it resets, in local time", async ({ chat, page }) => {
  // The stand-in's 1308 is real traffic's, resetting at 2026-08-27 21:31:39 (Z.ai's clock, UTC+8):
  // the reader's clock is set before that moment, as it is when the cap is hit.
  await page.clock.install({ time: new Date("2026-08-27T09:00:00.000Z") });
  await chat.goto();
  await chat.send(`[[scenario:error-1308]] ${uniqueMarker()}`);
  const error = chat.lastAssistant().getByTestId("message-error");
  await expect(error).toHaveAttribute("data-code", "usage_limit");
  await expect(error).toContainText("Plan usage limit reached");
  // The browser's own time zone and the reader's clock style (English: "1:31 PM", no leading zero).
  const clock = await page.evaluate(() => new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" }).format(new Date("2026-08-27T13:31:39.000Z")));
  await expect(error).toContainText(`resets at ${clock}`);
  await expect(error).not.toContainText(/retry in a moment/i);
});

test("an error inside the stream keeps the text so far and names the cause", async ({ chat }) => {
  await chat.goto();
  await chat.send(`[[scenario:stream-error-1302]] ${uniqueMarker()}`);
  const answer = chat.lastAssistant();
  await expect(answer.getByTestId("message-error")).toContainText("Too many requests");
  await expect(answer).toContainText("Partial text before the rate limit hit.");
});

test("an unreadable chunk shows that part of the answer may be missing", async ({ chat }) => {
  await chat.goto();
  await chat.ask(`[[scenario:malformed-chunk]] ${uniqueMarker()}`);
  await expect(chat.lastAssistant().getByTestId("message-warning")).toContainText("part of the answer may be missing");
  await expect(chat.lastAssistant()).toContainText("Second part of the answer.");
});

test("special tokens and the answer wrapper never show", async ({ chat }) => {
  await chat.goto();
  await chat.ask(`[[scenario:special-tokens]] ${uniqueMarker()}`);
  await expect(chat.lastAssistant()).toContainText("Hello there. All done.");
  await expect(chat.lastAssistant()).not.toContainText("<|");
  await expect(chat.lastAssistant()).not.toContainText("What else");
});

test("self-hosted models read by their catalogue names, the served id beneath; the served id is what is sent", async ({ chat, page }) => {
  await chat.goto(APPS.openai.url);
  const picker = page.getByTestId("model-picker");
  await picker.click();
  const served = page.getByTestId("model-picker-option-zai-org/GLM-4.6V");
  await expect(served.getByTestId("model-name")).toHaveText("GLM-4.6V");
  await expect(served.getByTestId("model-served-id")).toHaveText("zai-org/GLM-4.6V");
  // Served as "glm-4.5v", shown "GLM-4.5V": the same words, no second line.
  await expect(page.getByTestId("model-picker-option-glm-4.5v").getByTestId("model-served-id")).toHaveCount(0);
  await served.click();
  await expect(picker).toHaveText("GLM-4.6V");

  const marker = uniqueMarker();
  await chat.ask(marker);
  expect((await requestWith(marker)).body).toMatchObject({ model: "zai-org/GLM-4.6V" });
  // Reopened, before its menu is ever loaded, the picker still reads the clean name.
  await chat.reload();
  await expect(picker).toHaveAttribute("data-value", "zai-org/GLM-4.6V");
  await expect(picker).toHaveText("GLM-4.6V");
});

test("a self-hosted text-only model is judged and named as the server does: images refused by its clean name before sending, its answers and its share say GLM-4.7", async ({ chat, page, browser }) => {
  await chat.goto(APPS.openai.url);
  await chat.pickModel("zai-org/GLM-4.7");
  // The catalogue alone knows nothing of "zai-org/GLM-4.7": the composer took images for it, and
  // the server refused them only once sent.
  await expect(page.getByTestId("attach-button")).toHaveAttribute("aria-label", /Attach text files \(GLM-4\.7 reads text only/);
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-error")).toContainText('"shapes.png" was not attached: GLM-4.7 reads text only.');
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);

  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const model = chat.lastAssistant().getByTestId("answer-model");
  await expect(model).toHaveText("GLM-4.7");
  await expect(model).toHaveAttribute("data-value", "zai-org/GLM-4.7");
  const link = await createShareLink(page);
  const visitor = await openAsVisitor(browser, link);
  await expect(visitor.page.getByTestId("shared-answer-model")).toHaveText("GLM-4.7");
  await visitor.close();
  // Continued from the link, the copy goes on with the model the server serves, not the catalogue's glm-4.5v.
  await page.goto(link);
  await page.locator('[data-testid="continue-shared-chat"][data-hydrated]').click();
  await expect(page).toHaveURL(/\/c\//);
  await chat.hydrated();
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "zai-org/GLM-4.7");
});

test("self-hosted GLM-4.7 without a reasoning parser: the answer shows as the answer; one left in the trace says so", async ({ chat, page, context }) => {
  await chat.goto(APPS.openai.url);
  await chat.pickModel("zai-org/GLM-4.7");
  await expect(page.getByTestId("thinking-toggle")).toHaveAttribute("aria-checked", "true");
  await chat.ask(`[[scenario:special-tokens]] ${uniqueMarker()}`);
  const answer = chat.lastAssistant();
  await expect(answer).toContainText("Hello there. All done.");
  await expect(answer.getByTestId("message-reasoning")).toHaveCount(0);
  await expect(answer.getByTestId("reasoning-only-note")).toHaveCount(0);
  await expect(answer).not.toContainText("<|");

  await chat.ask(`[[scenario:template-think-unclosed]] ${uniqueMarker()}`);
  const traced = chat.lastAssistant();
  await expect(traced.getByTestId("reasoning-only-note")).toHaveText("The model answered only in its reasoning, shown above.");
  // The trace is the only answer: open, not collapsed behind a toggle.
  await expect(traced.getByTestId("message-reasoning")).toHaveAttribute("data-state", "open");
  await expect(traced.getByTestId("message-reasoning")).toContainText("Only a trace, never closed.");
  await expect(traced).not.toContainText("What else");
  // Copy takes the trace: it is all the answer there is.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await traced.getByTestId("copy-message-button").click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("Only a trace, never closed.");
});
