/** A server with SHARE_TTL_DAYS: the sharer, their list and every visitor are told the day a link stops working. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { longDate } from "../lib/i18n/long-date";
import { ChatPage } from "./support/chat-page";
import { en, zh } from "./support/catalogue";
import { openAsVisitor } from "./support/share-link";
import { sampleShare, shareApi } from "./support/share";
import { startOwnServer } from "./support/own-server";

const DAY = 86_400_000;
// UTC+14: the dialog's day is the reader's, often not the server's UTC one.
const READER_ZONE = "Pacific/Kiritimati";
/** The shared page's expiry sentence with its day (the catalogue marks where the day goes). */
const pageExpires = (messages: typeof en, day: string) => messages.shared.expires.replace(/<\/?local>/g, "").replace("{date}", day);

/** Clicks a share button and returns the expiry the server answered with. */
async function publish(page: Page, button: "share-create-button" | "share-update-button"): Promise<number> {
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/api/share") && ["POST", "PUT"].includes(r.request().method()));
  await page.getByTestId("share-dialog").getByTestId(button).click();
  const response = await answer;
  expect(response.ok()).toBe(true);
  const { expiresAt } = (await response.json()) as { expiresAt: number | null };
  expect(expiresAt).not.toBeNull();
  return expiresAt!;
}

test("with SHARE_TTL_DAYS the share dialog says before the link exists that it will expire, then it, My shared links and the shared page say the day", async ({ browser }) => {
  const server = await startOwnServer(7, { ZAI_API_KEY: "", SHARE_TTL_DAYS: "7", DATA_DIR: mkdtempSync(join(tmpdir(), "glm-e2e-share-ttl-")) });
  const context = await browser.newContext({ timezoneId: READER_ZONE, locale: "en-GB" });
  try {
    const page = await context.newPage();
    const chat = new ChatPage(page);
    await chat.goto(server.url);
    await chat.ask("[[scenario:no-reasoning]] A chat to share for a week");

    await page.getByTestId("share-button").click();
    const dialog = page.getByTestId("share-dialog");
    // Before anything is created: how long a link lives, from the server's facts (/api/models).
    await expect(dialog.getByTestId("share-lifetime")).toHaveText("Links expire 7 days after they are created or updated.");
    const before = Date.now();
    const created = await publish(page, "share-create-button");
    expect(created).toBeGreaterThanOrEqual(before + 7 * DAY - 60_000);
    expect(created).toBeLessThanOrEqual(Date.now() + 7 * DAY);
    const readerDay = (at: number) => longDate(at, "en", READER_ZONE);
    await expect(dialog.getByTestId("share-expiry")).toHaveText(en.share.expires.replace("{date}", readerDay(created)));
    // Once it exists, its day says it: the general sentence goes.
    await expect(dialog.getByTestId("share-lifetime")).toHaveCount(0);
    const url = await dialog.getByTestId("share-link").inputValue();

    // The list keeps the day with the link.
    await dialog.getByTestId("my-shared-links-toggle").click();
    const row = dialog.getByTestId("shared-link-item");
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("shared-link-expiry")).toHaveText(` · expires ${readerDay(created)}`);

    // Updating the link starts its days again: the dialog and the list say the new day.
    await dialog.getByTestId("share-dialog-close").click();
    await page.getByTestId("share-button").click();
    const updated = await publish(page, "share-update-button");
    expect(updated).toBeGreaterThanOrEqual(created);
    await expect(dialog.getByTestId("share-status")).toContainText("Link updated");
    await expect(dialog.getByTestId("share-expiry")).toHaveText(en.share.expires.replace("{date}", readerDay(updated)));
    await dialog.getByTestId("my-shared-links-toggle").click();
    await expect(row.getByTestId("shared-link-expiry")).toHaveText(` · expires ${readerDay(updated)}`);
    // And after a reload, from what this browser stored.
    await chat.reload();
    await page.getByTestId("share-button").click();
    // Before an update, too: updating starts the days again.
    await expect(dialog.getByTestId("share-update-button")).toBeVisible();
    await expect(dialog.getByTestId("share-lifetime")).toHaveText("Links expire 7 days after they are created or updated.");
    await dialog.getByTestId("my-shared-links-toggle").click();
    await expect(row.getByTestId("shared-link-expiry")).toHaveText(` · expires ${readerDay(updated)}`);

    // A visitor, from the server's HTML alone, in each language (the server writes its days in UTC).
    const visitor = await openAsVisitor(browser, url);
    await expect(visitor.page.getByTestId("shared-expiry")).toHaveText(pageExpires(en, longDate(updated, "en", "UTC")));
    await visitor.close();
    const zhContext = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: false });
    const zhPage = await zhContext.newPage();
    await zhPage.goto(url);
    await expect(zhPage.getByTestId("shared-expiry")).toHaveText(pageExpires(zh, longDate(updated, "zh", "UTC")));
    await zhContext.close();

    // With JavaScript the page says each day in the reader's time zone, in each language. A share
    // begun at 10:30 UTC began on the 15th at UTC+14 and on the 13th at UTC-11; the zone is the
    // one whose day of the expiry differs from UTC's at the hour this runs.
    const begun = Date.UTC(2025, 2, 14, 10, 30);
    const late = await shareApi(server.url).createOk(sampleShare("Begun at 10:30 UTC", { createdAt: begun }));
    const expires = late.expiresAt!;
    const zone = new Date(expires).getUTCHours() >= 11 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
    expect(longDate(expires, "en", zone)).not.toBe(longDate(expires, "en", "UTC"));
    for (const [locale, lang, messages] of [["en-GB", "en", en], ["zh-CN", "zh", zh]] as const) {
      const reader = await browser.newContext({ locale, timezoneId: zone });
      const readerPage = await reader.newPage();
      await readerPage.goto(`${server.url}/s/${late.id}`);
      await expect(readerPage.getByTestId("shared-date")).toHaveText(longDate(begun, lang, zone));
      await expect(readerPage.getByTestId("shared-expiry")).toHaveText(pageExpires(messages, longDate(expires, lang, zone)));
      await reader.close();
    }

    // A Chinese sharer reads the link's lifetime in Chinese before creating one.
    const zhSharer = await browser.newContext({ locale: "zh-CN" });
    const zhChat = new ChatPage(await zhSharer.newPage());
    await zhChat.goto(server.url);
    await zhChat.ask("[[scenario:no-reasoning]] 一段要分享的对话");
    await zhChat.page.getByTestId("share-button").click();
    await expect(zhChat.page.getByTestId("share-dialog").getByTestId("share-lifetime")).toHaveText("链接在创建或更新 7 天后过期。");
    await zhSharer.close();
  } finally {
    await context.close();
    server.stop();
  }
});
