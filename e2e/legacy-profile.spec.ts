import { expect, test } from "./support/chat-page";
import { installProfile, readProfile } from "./support/profile";
import { recordedRequests } from "./support/stand-in-client";

// An old profile's owner comes back with the offline worker installed: it runs here (off by default in e2e).
test.use({ serviceWorkers: "allow" });

/**
 * Nothing a user saved is lost: a profile written by the app before the renovation (made with
 * that version's own persistence code, see test/fixtures/README.md) opens unchanged in this
 * build, and the conversation goes on.
 */
const profile = readProfile("profile-v2.json");

test("an old profile's conversations, image, settings and shared links open, and the chat goes on", async ({ chat, page }) => {
  await chat.goto();
  // A normal build carries no benchmark hooks (they exist only in bench builds, scripts/bench.mjs).
  expect(await page.evaluate(() => "__glmBench" in window)).toBe(false);
  await installProfile(page, profile);
  await chat.goto();
  // The app opens (and so upgrades) the database as it starts, not necessarily before the page is usable.
  await expect.poll(() => page.evaluate(() => indexedDB.databases().then((all) => all.find((d) => d.name === "glm-chat")?.version))).toBe(3);

  // The remembered settings apply to a new chat.
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.6");
  await expect(page.getByTestId("thinking-toggle")).toHaveAttribute("aria-checked", "false");
  await expect(chat.conversationItem("Where is Save?")).toHaveCount(1);
  await expect(chat.conversationItem("A story")).toHaveCount(1);

  await chat.gotoConversation("conv-vision");
  await expect(page.getByTestId("message-user").first().getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(page.getByTestId("message-assistant").first()).toContainText("Save changes");
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.5v");

  const before = (await recordedRequests()).length;
  await chat.ask("And the Cancel button?");
  await expect(page.getByTestId("message-assistant")).toHaveCount(2);
  const sent = (await recordedRequests()).slice(before).find((r) => JSON.stringify(r.body).includes("And the Cancel button?"));
  // The old image went upstream again with the follow-up.
  expect(JSON.stringify(sent?.body)).toContain("image_url");

  await page.getByTestId("shared-links-button").click();
  await expect(page.getByTestId("shared-links-panel").locator('[data-share-id="AbCdEfGhIjKl"]')).toBeVisible();

  await chat.gotoConversation("conv-text");
  await expect(page.getByTestId("message-assistant").first()).toHaveAttribute("data-status", "interrupted");
});

test("a profile from just before answer versions opens as it was; its cut answer continues and takes a second version", async ({ chat, page }) => {
  await chat.goto();
  await installProfile(page, readProfile("profile-v2-da0ee10.json"));
  await chat.gotoConversation("conv-search");
  const answers = page.getByTestId("message-assistant");
  await expect(answers).toHaveCount(2);
  await expect(answers.first().getByTestId("source-item")).toHaveCount(1);
  await expect(answers.first().getByTestId("answer-model")).toHaveAttribute("data-value", "glm-4.6");
  const cut = answers.last();
  await expect(cut).toContainText("The sea climbs up the stones of Qingdao");
  await cut.getByTestId("continue-button").click();
  await chat.waitForAnswerDone();
  await expect(cut.getByTestId("continue-button")).toHaveCount(0);
  await expect(cut).toContainText("The sea climbs up the stones of Qingdao");
  // The partial answer went back upstream as the assistant's message, to be continued.
  await expect.poll(async () => (await recordedRequests()).some((r) => JSON.stringify(r.body).includes("The sea climbs up the stones of Qingdao,\\nand "))).toBe(true);
  await cut.getByTestId("regenerate-button").click();
  await chat.waitForAnswerDone();
  await expect(cut.getByTestId("version-label")).toHaveText("2/2");
  await chat.reload();
  await expect(answers.last().getByTestId("version-label")).toHaveText("2/2");
  await answers.last().getByTestId("version-prev").click();
  await expect(answers.last()).toContainText("The sea climbs up the stones of Qingdao");

  await chat.gotoConversation("conv-tools");
  await expect(page.getByTestId("tool-call-card")).toContainText("get_weather");
  await expect(page.getByTestId("message-warning")).toHaveAttribute("data-code", "bad_chunk");
});
