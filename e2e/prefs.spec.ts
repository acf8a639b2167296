import { expect, test } from "./support/chat-page";
import { requestWith, uniqueMarker } from "./support/stand-in-client";

type Sent = { messages: Array<{ role: string; content: unknown }>; temperature?: number; top_p?: number; max_tokens?: number };

test("custom instructions and this chat's system prompt and parameters reach the model, and stay with the chat", async ({ chat, page }) => {
  await chat.goto();
  const settings = await chat.openSettings();
  await settings.getByTestId("custom-instructions").fill("Call me Captain.");
  await settings.getByTestId("settings-close").click();

  await page.getByTestId("chat-params-button").click();
  const panel = page.getByTestId("chat-params-panel");
  await panel.getByTestId("chat-system-prompt").fill("Answer in one line.");
  await panel.getByTestId("chat-param-temperature").fill("0.3");
  await panel.getByTestId("chat-param-topP").fill("0.8");
  await panel.getByTestId("chat-param-maxTokens").fill("200");
  await panel.getByTestId("chat-params-save").click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId("chat-params-button")).toHaveAttribute("aria-pressed", "true");

  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  const sent = (await requestWith(marker)).body as Sent;
  expect(sent.messages[0]).toEqual({ role: "system", content: "Call me Captain.\n\nAnswer in one line." });
  expect(sent).toMatchObject({ temperature: 0.3, top_p: 0.8, max_tokens: 200 });

  // Persisted with the conversation (IndexedDB) and in the browser (custom instructions).
  await chat.reload();
  await page.getByTestId("chat-params-button").click();
  await expect(page.getByTestId("chat-system-prompt")).toHaveValue("Answer in one line.");
  await expect(page.getByTestId("chat-param-temperature")).toHaveValue("0.3");
  await expect(page.getByTestId("chat-param-maxTokens")).toHaveValue("200");
  await page.getByTestId("chat-params-panel-close").click();

  // A new chat keeps the custom instructions but not the other chat's prompt and parameters.
  await page.getByTestId("new-chat-button").click();
  await expect(page.getByTestId("chat-params-button")).toHaveAttribute("aria-pressed", "false");
  const next = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${next}`);
  const second = (await requestWith(next)).body as Sent;
  expect(second.messages[0]).toEqual({ role: "system", content: "Call me Captain." });
  expect(second).not.toHaveProperty("temperature");
  expect(second).not.toHaveProperty("max_tokens");
});

test("parameters outside the model's limits are refused in plain words, keeping what was typed", async ({ chat, page }) => {
  await chat.goto();
  await chat.pickModel("glm-4.5v");
  await page.getByTestId("chat-params-button").click();
  const panel = page.getByTestId("chat-params-panel");
  await panel.getByTestId("chat-param-maxTokens").fill("50000");
  await panel.getByTestId("chat-param-temperature").fill("1.5");
  await panel.getByTestId("chat-params-save").click();
  // GLM-4.5V answers at most 16384 tokens.
  await expect(panel.getByTestId("chat-param-maxTokens-error")).toHaveText("Must be a number from 1 to 16384");
  await expect(panel.getByTestId("chat-param-temperature-error")).toHaveText("Must be a number from 0 to 1");
  await expect(panel.getByTestId("chat-param-maxTokens")).toHaveValue("50000");
  await expect(panel.getByTestId("chat-param-maxTokens")).toHaveAttribute("aria-invalid", "true");

  await panel.getByTestId("chat-param-maxTokens").fill("16384");
  await panel.getByTestId("chat-param-temperature").fill("1");
  await panel.getByTestId("chat-params-save").click();
  await expect(panel).toHaveCount(0);
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  expect((await requestWith(marker)).body).toMatchObject({ temperature: 1, max_tokens: 16384 });
});

test("the server refuses parameters outside the protocol's ranges", async ({ request }) => {
  const base = { model: "glm-4.6", messages: [{ role: "user", content: "hi" }] };
  for (const bad of [{ temperature: 2 }, { top_p: 0 }, { max_tokens: 0 }, { max_tokens: 2_000_000 }]) {
    const res = await request.post("/api/chat", { data: { ...base, ...bad } });
    expect(res.status()).toBe(400);
    expect(await res.json()).toMatchObject({ code: "bad_request" });
  }
});

test("the title can be edited in the header, and a typed title is kept", async ({ chat, page }) => {
  const marker = uniqueMarker();
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] name me ${marker}`);
  await expect(page.getByTestId("chat-title")).toHaveAttribute("data-title-source", "generated");
  await page.getByTestId("chat-title").click();
  const field = page.getByTestId("title-edit");
  await expect(field).toBeFocused();
  await field.fill(`Escape keeps the old one ${marker}`);
  await field.press("Escape");
  await expect(page.getByTestId("chat-title")).not.toContainText("Escape keeps");
  await page.getByTestId("chat-title").click();
  await page.getByTestId("title-edit").fill(`My own title ${marker}`);
  await page.getByTestId("title-edit").press("Enter");
  await expect(page.getByTestId("chat-title")).toHaveText(`My own title ${marker}`);
  await expect(page.getByTestId("chat-title")).toHaveAttribute("data-title-source", "user");
  await expect(chat.conversationItem(`My own title ${marker}`)).toHaveCount(1);
  // Another answer does not rename it, and the name survives a reload.
  await chat.ask(`[[scenario:no-reasoning]] again ${marker}`);
  await chat.reload();
  await expect(page.getByTestId("chat-title")).toHaveText(`My own title ${marker}`);
  // A long title gives way to the controls: the header stays inside the window, no sideways scroll.
  await page.getByTestId("chat-title").click();
  await page.getByTestId("title-edit").fill(`A very long title that goes on about many things ${marker} `.repeat(3));
  await page.getByTestId("title-edit").press("Enter");
  await expect(page.getByTestId("chat-title")).toHaveAttribute("aria-label", /A very long title/);
  const newChat = await page.getByTestId("new-chat-button").boundingBox();
  expect(newChat!.x + newChat!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The app's name stays on one line beside it.
  const name = page.getByRole("heading", { level: 1, name: "GLM Chat" });
  expect(await name.evaluate((h) => h.getClientRects().length === 1 && h.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(h).lineHeight))).toBe(true);
});
