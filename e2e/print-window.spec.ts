import { expect, test } from "./support/chat-page";
import { seedConversations } from "./support/idb";

test("after printing, a long chat mounts only its window again, where the reader left it", async ({ chat, page }) => {
  await chat.goto();
  // Questions read "Question <i> about Printed long"; 300 messages, the list mounts the newest few.
  await seedConversations(page, [{ id: "printed", title: "Printed long", messages: 300 }]);
  await chat.gotoConversation("printed");
  await expect(chat.lastAssistant()).toContainText("Answer 299 for Printed long");
  const mounted = page.getByTestId("message-list").locator("[data-message-id]");
  // Scrolled up a little to read: older messages mount above, still a window.
  const list = page.getByTestId("message-list");
  await list.evaluate((el) => el.scrollBy({ top: -el.clientHeight }));
  const reading = page.locator('[data-message-id="printed-m290"]');
  await reading.scrollIntoViewIfNeeded();
  await expect(reading).toBeInViewport();
  await expect.poll(() => mounted.count()).toBeLessThan(100);
  const windowed = await mounted.count();
  // Where the message being read sits in the view.
  const offset = () => reading.evaluate((el) => Math.round(el.getBoundingClientRect().top - el.closest('[data-testid="message-list"]')!.getBoundingClientRect().top));
  const spot = await offset();

  await page.emulateMedia({ media: "print" });
  await expect(mounted).toHaveCount(300);

  await page.emulateMedia({ media: "screen" });
  await expect(mounted).toHaveCount(windowed);
  // The reader's place kept: the message being read where it was, not the bottom or the top.
  await expect(reading).toBeInViewport();
  await expect.poll(async () => Math.abs((await offset()) - spot)).toBeLessThanOrEqual(2);
});
