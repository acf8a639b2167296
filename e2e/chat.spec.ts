import { expect, test } from "./support/chat-page";
import { openGate, requestWith, uniqueMarker } from "./support/stand-in-client";

test("sends with Enter, streams the answer token by token, Shift+Enter makes a newline", async ({ chat, page }) => {
  await chat.goto();
  await expect(chat.sendButton).toBeDisabled();
  await chat.composer.fill("line one");
  await chat.composer.press("Shift+Enter");
  await chat.composer.pressSequentially("line two");
  await expect(chat.composer).toHaveValue("line one\nline two");
  const marker = uniqueMarker();
  await chat.composer.fill(`[[scenario:long]] [[tps:100]] ${marker}`);
  await chat.composer.press("Enter");
  await expect(chat.composer).toHaveValue("");
  await expect(page.getByTestId("message-user")).toContainText(marker);
  const answer = chat.lastAssistant();
  // Token by token: the answer is visible while still streaming, and keeps growing.
  await expect(answer).toContainText("sentence 1.");
  await expect(answer).toHaveAttribute("data-status", "streaming");
  const early = (await answer.innerText()).length;
  await expect.poll(async () => (await answer.innerText()).length).toBeGreaterThan(early + 20);
  await chat.stopButton.click();
});

test("reasoning streams open, collapses when the answer starts, reads 'Thought for N s' and reopens", async ({ chat, page }) => {
  await chat.goto();
  // The stand-in sends the first reasoning chunk and holds the rest until the gate opens, so the
  // streaming state is observed however slow the machine is.
  const gate = `reasoning-${uniqueMarker()}`;
  await chat.send(`[[scenario:gui-click]] [[gate:${gate}]] ${uniqueMarker()}`);
  const panel = page.getByTestId("message-reasoning");
  await expect(panel).toHaveAttribute("data-state", "open");
  await expect(panel).toContainText("Thinking");
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await openGate(gate);
  await chat.waitForAnswerDone();
  await expect(panel).toHaveAttribute("data-state", "closed");
  await expect(page.getByTestId("reasoning-toggle")).toHaveText(/Thought for \d+ s/);
  await page.getByTestId("reasoning-toggle").click();
  await expect(panel).toHaveAttribute("data-state", "open");
  await expect(panel).toContainText("The task is");
  await expect(panel).toContainText("Save changes button is below the form");
  await expect(chat.lastAssistant()).toContainText("left_click");
  await expect(chat.lastAssistant()).not.toContainText("begin_of_box");
});

test("a finished reasoning trace opens at its start, to be read from the top", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:markdown-reasoning]] ${uniqueMarker()}`);
  await page.getByTestId("reasoning-toggle").click();
  const scroller = page.getByTestId("message-reasoning").locator(".overflow-y-auto");
  await expect(scroller).toContainText("reasoning end");
  // Long enough to scroll, and shown from the top, also once its Markdown has laid out.
  await expect.poll(() => scroller.evaluate((el) => el.scrollHeight > el.clientHeight * 2)).toBe(true);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
});

test("stop aborts the upstream request and keeps what arrived", async ({ chat }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.send(`[[scenario:long]] [[tps:40]] ${marker}`);
  await expect(chat.lastAssistant()).toContainText("sentence 2.");
  await chat.stopButton.click();
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await expect(chat.lastAssistant().getByTestId("stopped-note")).toBeVisible();
  const kept = await chat.lastAssistant().innerText();
  expect(kept).toContain("sentence 2.");
  // The upstream saw the client go away before it finished (how fast is measured by the proxy bench).
  await expect.poll(async () => (await requestWith(marker)).clientClosedAt ?? 0).toBeGreaterThan(0);
  expect((await requestWith(marker)).completedAt).toBeUndefined();
  await expect(chat.sendButton).toBeVisible();
});

test("thinking off reaches the upstream as thinking: disabled; on is sent as enabled", async ({ chat, page }) => {
  await chat.goto();
  const toggle = page.getByTestId("thinking-toggle");
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  const off = uniqueMarker();
  await chat.send(`${off}`);
  expect(((await requestWith(off)).body as { thinking: unknown }).thinking).toEqual({ type: "disabled" });
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("message-reasoning")).toHaveCount(0);
  await toggle.click();
  const on = uniqueMarker();
  await chat.send(`[[scenario:no-reasoning]] ${on}`);
  expect(((await requestWith(on)).body as { thinking: unknown }).thinking).toEqual({ type: "enabled" });
});

test("a model that cannot turn thinking off has the toggle disabled with a reason", async ({ chat, page }) => {
  await chat.goto();
  await chat.pickModel("glm-5.1");
  const toggle = page.getByTestId("thinking-toggle");
  await expect(toggle).toBeDisabled();
  await expect(toggle.locator("..")).toHaveAttribute("title", /cannot turn thinking off/);
  await chat.pickModel("glm-4.5v");
  await expect(toggle).toBeEnabled();
});

test("default model is glm-4.5v and the chosen model is what the upstream receives", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.5v");
  await chat.pickModel("glm-4.6");
  const marker = uniqueMarker();
  await chat.send(`[[scenario:no-reasoning]] ${marker}`);
  expect(((await requestWith(marker)).body as { model: string }).model).toBe("glm-4.6");
});

test("new chat clears the conversation", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await page.getByTestId("new-chat-button").click();
  await expect(page.getByTestId("message-user")).toHaveCount(0);
});

test("chunks split at random byte offsets with CRLF and keep-alives render the same answer", async ({ chat }) => {
  await chat.goto();
  await chat.send(`[[scenario:grounding-shapes]] [[chaos]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant()).toContainText("green triangle");
  await expect(chat.lastAssistant()).toContainText("blue rectangle");
  await expect(chat.lastAssistant().getByTestId("message-error")).toHaveCount(0);
});
