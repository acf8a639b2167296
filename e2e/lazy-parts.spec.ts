import type { Route } from "@playwright/test";
import { expect, test } from "./support/chat-page";
import { en } from "./support/catalogue";
import { uniqueMarker } from "./support/stand-in-client";

// Parts of the app whose code is fetched when first opened (components/ui/lazy-part.tsx). A fetch
// that fails (offline and not stored, a deploy's old chunks gone) used to reach Next's root error
// page, which replaced the whole app, and lost a delete's Undo.
test("a part whose code cannot be fetched says so in plain words, the app stays, a delete's Undo is still offered, and a later open fetches again", async ({ chat, page }) => {
  await chat.goto();
  const marker = `lazy parts ${uniqueMarker()}`;
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  // From here on, no chunk can be fetched.
  let refused = 0;
  const refuse = async (route: Route) => {
    refused++;
    await route.abort("internetdisconnected");
  };
  await page.route("**/_next/static/chunks/**", refuse);
  const up = async () => {
    await expect(page.getByText(/This page couldn.t load/)).toHaveCount(0);
    await expect(chat.composer).toBeVisible();
    await expect(chat.conversationItem(marker)).toHaveCount(1);
  };

  await page.getByTestId("settings-button").click();
  const notice = page.getByTestId("part-unavailable");
  await expect(notice).toHaveText(new RegExp(`^${en.ui.partUnavailable.replace(/[.]/g, "\\.")}`));
  await expect(notice.getByTestId("part-unavailable-close")).toBeFocused();
  await up();
  expect(refused).toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  await expect(notice).toHaveCount(0);

  await page.getByTestId("message-user").last().hover();
  await page.getByTestId("message-user").last().getByTestId("edit-message-button").click();
  await expect(notice).toBeVisible();
  await up();
  // Its Close leaves editing: Edit is offered again.
  await notice.getByTestId("part-unavailable-close").click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId("message-user").last()).toContainText(marker);

  // The delete is written at once: its Undo comes in a plain toast that needs no chunk.
  await chat.conversationItem(marker).hover();
  await chat.conversationItem(marker).getByTestId("delete-button").click();
  await expect(chat.conversationItem(marker)).toHaveCount(0);
  await expect(page.getByTestId("plain-undo-toast")).toContainText(en.sidebar.undo);
  await page.getByTestId("undo-button").click();
  await expect(chat.conversationItem(marker)).toHaveCount(1);
  await expect(page.getByTestId("plain-undo-toast")).toHaveCount(0);
  await expect(page.getByText(/This page couldn.t load/)).toHaveCount(0);

  // Back online, opening it again fetches its code again: the real panel, no notice.
  await page.unroute("**/_next/static/chunks/**", refuse);
  await chat.openSettings();
  await expect(notice).toHaveCount(0);
});
