import { expect, test, type ChatPage } from "./support/chat-page";
import type { Page } from "@playwright/test";
import { uniqueMarker } from "./support/stand-in-client";

/** The share of the page's height the conversation gets between the header and the composer. */
async function messageShare(page: Page): Promise<number> {
  const list = (await page.getByTestId("message-list").boundingBox())!;
  return list.height / page.viewportSize()!.height;
}

/** The composer's buttons sit below its text (two rows), or beside it (one row). */
async function composerRows(chat: ChatPage): Promise<1 | 2> {
  const [field, send] = [(await chat.composer.boundingBox())!, (await chat.sendButton.boundingBox())!];
  return send.y >= field.y + field.height - 1 ? 2 : 1;
}

for (const viewport of [{ width: 844, height: 390 }, { width: 740, height: 360 }]) {
  test.describe(`a phone on its side, ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test("the header and composer are compact: the conversation gets most of the height, every control still works", async ({ chat, page }) => {
      await chat.goto();
      const marker = uniqueMarker();
      await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
      // Half the height before (header, the composer's two rows and padding took ~200 of 390 px).
      expect(await messageShare(page)).toBeGreaterThanOrEqual(0.65);
      expect(await composerRows(chat)).toBe(1);
      // Still a finger's size: the header's and composer's buttons keep theirs.
      for (const id of ["sidebar-toggle", "model-picker", "new-chat-button", "attach-button", "composer-tools", "send-button"]) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.height, id).toBeGreaterThanOrEqual(32);
      }

      // Left to right as Tab goes: the field, attach, tools, Send.
      const xs = await Promise.all(["composer", "attach-button", "composer-tools", "send-button"].map(async (id) => (await page.getByTestId(id).filter({ visible: true }).boundingBox())!.x));
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      await chat.composer.fill("typed");
      await chat.composer.focus();
      for (const id of ["attach-button", "composer-tools", "send-button"]) {
        await page.keyboard.press("Tab");
        await expect(page.getByTestId(id), id).toBeFocused();
      }

      // One line until more is typed: the field grows with its text, then sends as usual.
      const oneLine = (await chat.composer.boundingBox())!.height;
      await chat.composer.fill("first line\nsecond line\nthird line");
      await expect.poll(async () => (await chat.composer.boundingBox())!.height).toBeGreaterThan(oneLine * 2);
      const second = uniqueMarker();
      await chat.ask(`[[scenario:no-reasoning]] ${second}`);
      await expect(page.getByTestId("message-user").last()).toContainText(second);
      await expect.poll(async () => (await chat.composer.boundingBox())!.height).toBe(oneLine);

      // The model menu and the history drawer still open.
      await page.getByTestId("model-picker").click();
      await expect(page.getByTestId("model-picker-option-glm-4.6v-flash")).toBeVisible();
      await page.keyboard.press("Escape");
      await page.getByTestId("sidebar-toggle").click();
      await expect(page.getByTestId("sidebar")).toBeVisible();
      await chat.conversationItem(marker).getByTestId("conversation-open").click();
      await expect(page.getByTestId("sidebar")).toBeHidden();

      // Turned upright, the phone's own layout is back: the composer's two rows, the header's padding.
      await page.setViewportSize({ width: viewport.height, height: viewport.width });
      await expect.poll(() => composerRows(chat)).toBe(2);
      expect((await chat.composer.boundingBox())!.height).toBeGreaterThanOrEqual(40);
      const header = (await page.locator("header").boundingBox())!;
      const toggle = (await page.getByTestId("sidebar-toggle").boundingBox())!;
      expect(toggle.y - header.y).toBeGreaterThanOrEqual(8);
    });
  });
}
