import { expect, test } from "./support/chat-page";
import { en } from "./support/catalogue";
import { uniqueMarker } from "./support/stand-in-client";

const cases: Array<[scenario: string, text: RegExp]> = [
  ["error-1001", /API key was rejected/],
  ["error-1113", /out of credit/],
  ["error-1302", /Too many requests/],
  ["error-1305", /overloaded/],
  ["error-1301", /blocked this content/],
  ["sensitive", /flagged the content as unsafe/],
  ["error-1261", /too long for this model/],
  ["error-1211", /does not know this model/],
  ["error-500", /having trouble/],
  ["network-error", /failed in the middle of the answer/],
  ["drop", /connection .*dropped/],
  ["length", /maximum length/],
  ["reasoning-length", /length limit while still thinking and gave no answer/],
];

for (const [scenario, text] of cases) {
  test(`${scenario} is shown in plain words with Retry`, async ({ chat }) => {
    await chat.goto();
    await chat.send(`[[scenario:${scenario}]] ${uniqueMarker()}`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toContainText(text);
    await expect(error.getByTestId("retry-button")).toBeVisible();
    await expect(chat.lastAssistant()).not.toContainText("{");
  });
}

test("a refusal with Retry-After counts down on Retry, which works once the wait is over; the card names no stale number", async ({ chat, page }) => {
  // The page's clock runs as usual until the test jumps it forward: no test waits out 40 seconds.
  await page.clock.install();
  await chat.goto();
  await chat.send(`[[scenario:error-1302]] [[retry-after:40]] ${uniqueMarker()}`);
  const error = chat.lastAssistant().getByTestId("message-error");
  const retry = error.getByTestId("retry-button");
  const waitShown = async () => Number(/^Retry in (\d+) s$/.exec((await retry.textContent()) ?? "")?.[1] ?? 0);
  await expect(retry).toBeDisabled();
  const first = await waitShown();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(40);
  // What a screen reader hears (the live region, the card's one voice) names no number that goes stale.
  const live = page.getByTestId("live-region");
  await expect(live).toContainText("Too many requests to the provider");
  await expect(live).not.toContainText(/\d/);
  await page.clock.fastForward("00:10");
  await expect.poll(waitShown).toBeLessThanOrEqual(first - 10);
  await expect(retry).toBeDisabled();
  await page.clock.fastForward("00:31");
  await expect(retry).toBeEnabled();
  await expect(retry).toHaveText("Retry");
});

test("an answer refused before any text offers Retry, not Copy, rating or Regenerate; one cut off mid-way keeps Copy and rating, with Retry once", async ({ chat }) => {
  await chat.goto();
  await chat.send(`[[scenario:error-1305]] ${uniqueMarker()}`);
  const refused = chat.lastAssistant();
  await expect(refused.getByTestId("message-error")).toContainText(/overloaded/);
  await expect(refused.getByTestId("retry-button")).toBeVisible();
  await expect(refused.getByTestId("regenerate-button")).toHaveCount(0);
  await expect(refused.getByTestId("delete-message-button")).toBeVisible();
  await expect(refused.getByTestId("copy-message-button")).toHaveCount(0);
  await expect(refused.getByTestId("feedback-up")).toHaveCount(0);
  await expect(chat.page.getByTestId("message-user").getByTestId("copy-message-button")).toBeVisible();

  await chat.send(`[[scenario:drop]] ${uniqueMarker()}`);
  const cut = chat.lastAssistant();
  await expect(cut).toContainText("Partial answer before the");
  await expect(cut.getByTestId("copy-message-button")).toBeVisible();
  await expect(cut.getByTestId("feedback-up")).toBeVisible();
  // Its card's Retry keeps the cut text as a version: a Regenerate beside it would do the same.
  await expect(cut.getByTestId("retry-button")).toHaveCount(1);
  await expect(cut.getByTestId("regenerate-button")).toHaveCount(0);
});

test("partial text is kept when the stream is cut, and Retry asks again, the cut answer kept as version 1", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:drop]] ${uniqueMarker()}`);
  const answer = chat.lastAssistant();
  await expect(answer.getByTestId("message-error")).toBeVisible();
  await expect(answer).toContainText("Partial answer before the");
  await answer.getByTestId("retry-button").click();
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(chat.lastAssistant()).toContainText("Partial answer before the");
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(chat.lastAssistant().getByTestId("version-label")).toHaveText("2/2");
  await chat.lastAssistant().getByTestId("version-prev").click();
  await expect(chat.lastAssistant().getByTestId("message-error")).toBeVisible();
});

for (const [scenario, kept] of [["network-error", "Partial answer before inference failed"], ["drop", "Partial answer before the"]] as const) {
  test(`an answer broken off mid-way (${scenario}) can Continue from what arrived instead of starting over`, async ({ chat, page }) => {
    await chat.goto();
    await chat.send(`[[scenario:${scenario}]] ${uniqueMarker()}`);
    const answer = chat.lastAssistant();
    await expect(answer.getByTestId("message-error")).toContainText(scenario === "drop" ? /dropped/ : /Continue finishes it/);
    await expect(answer.getByTestId("retry-button")).toBeVisible();
    await answer.getByTestId("message-error").getByTestId("continue-button").click();
    await expect(page.getByTestId("message-assistant")).toHaveCount(1);
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
    // The continuation is appended to the text that had arrived, and the error is gone.
    await expect(chat.lastAssistant()).toContainText(kept);
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveCount(0);
    await expect(chat.lastAssistant().getByTestId("continue-button")).toHaveCount(0);
  });
}

const brokenWhileThinking = [
  ["drop-in-thinking", "stream_interrupted", "before the connection dropped"],
  ["network-error-in-thinking", "network_error", "before inference failed"],
] as const;

for (const [scenario, code, trace] of brokenWhileThinking) {
  test(`an answer broken off while still thinking (${code}) offers Retry, not Continue, keeps the question and the trace (open, also after a reload), and Retry answers`, async ({ chat, page }) => {
    await chat.goto();
    const marker = uniqueMarker();
    await chat.send(`[[scenario:${scenario}]] ${marker}`);
    const answer = chat.lastAssistant();
    const error = answer.getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", code);
    await expect(error).toContainText(en.errors.textBeforeAnswer[code]);
    await expect(error).not.toContainText("Continue");
    await expect(answer.getByTestId("continue-button")).toHaveCount(0);
    // The trace is all that arrived: it stays open, no click needed, and the user can still fold it.
    const reasoning = answer.getByTestId("message-reasoning");
    await expect(reasoning).toHaveAttribute("data-state", "open");
    await expect(answer.getByTestId("reasoning-content")).toContainText(trace);
    await answer.getByTestId("reasoning-toggle").click();
    await expect(answer.getByTestId("reasoning-content")).toHaveCount(0);
    // As stored, after a reload, it opens again.
    await chat.reload();
    await expect(reasoning).toHaveAttribute("data-state", "open");
    await expect(answer.getByTestId("reasoning-content")).toContainText(trace);
    await expect(page.getByTestId("message-user")).toContainText(marker);
    await error.getByTestId("retry-button").click();
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
    await expect(chat.lastAssistant()).toContainText(`Answered on the second try: ${marker}`);
    // An answer with text folds its trace as before.
    await expect(chat.lastAssistant().getByTestId("message-reasoning")).toHaveAttribute("data-state", "closed");
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveCount(0);
    await expect(page.getByTestId("message-user")).toHaveCount(1);
    // The broken-off answer is kept as the first version.
    await expect(chat.lastAssistant().getByTestId("version-label")).toHaveText("2/2");
  });
}

test("an answer the safety filter cut can be put out of sight and brought back", async ({ chat }) => {
  await chat.goto();
  await chat.send(`[[scenario:sensitive]] ${uniqueMarker()}`);
  const answer = chat.lastAssistant();
  await expect(answer.getByTestId("message-error")).toContainText(/flagged the content as unsafe/);
  await expect(answer).toContainText("Here is the start of an answer");
  await answer.getByTestId("flagged-toggle").click();
  await expect(answer).not.toContainText("Here is the start of an answer");
  await expect(answer.getByTestId("flagged-hidden")).toHaveText("The text that arrived is hidden.");
  await expect(answer.getByTestId("flagged-toggle")).toHaveText("Show the text that arrived");
  await answer.getByTestId("flagged-toggle").click();
  await expect(answer).toContainText("Here is the start of an answer");
  await expect(answer.getByTestId("flagged-hidden")).toHaveCount(0);
});
