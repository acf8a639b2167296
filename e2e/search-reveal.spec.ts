import { expect, test } from "./support/chat-page";
import { putRaw, seedConversations } from "./support/idb";
import type { Page } from "@playwright/test";

/** The text of each range the opened match marks (components/chat/mark-words.ts). */
function marked(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("search-reveal");
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  });
}

test("a search result opens its chat with the words searched for marked for a moment, not the whole message", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [{ id: "words", title: "Marked words", messages: 12 }]);
  await chat.reload();
  await chat.search.fill("QUESTION 4 about");
  await page.getByTestId("search-result").click();
  await expect(page).toHaveURL(/\/c\/words$/);
  const match = page.locator('[data-message-id="words-m4"]');
  await expect(match).toHaveAttribute("data-revealed", "words");
  await expect.poll(() => marked(page)).toEqual(["Question", "4", "about"]);
  // Inside the match, and the row itself not painted over.
  expect(await page.evaluate(() => [...CSS.highlights.get("search-reveal")!].every((r) => document.querySelector('[data-message-id="words-m4"]')!.contains((r as Range).commonAncestorContainer)))).toBe(true);
  expect(await match.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
  // For a moment: the mark goes by itself.
  await expect(match).not.toHaveAttribute("data-revealed");
  await expect.poll(() => marked(page)).toEqual([]);
});

test("words not in the message as shown (inside an attached file) mark the message instead, visibly with reduced motion too", async ({ chat, page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await chat.goto();
  const now = Date.now();
  await putRaw(page, "conversations", [{ id: "filed", title: "Filed away", createdAt: now - 2000, updatedAt: now, settings: { model: "glm-4.5v", thinking: true } }]);
  await putRaw(page, "messages", [
    { conversationId: "filed", id: "filed-q", role: "user", content: "File: notes.txt\n```txt\nthe zephyrine grows here\n```\n\nWhat is in my notes?", textFiles: 1, createdAt: now - 2000, status: "done" },
    { conversationId: "filed", id: "filed-a", role: "assistant", content: "A plant.", createdAt: now - 1000, status: "done", finishReason: "stop" },
  ]);
  await chat.reload();
  await chat.search.fill("zephyrine");
  await page.getByTestId("search-result").click();
  await expect(page).toHaveURL(/\/c\/filed$/);
  const match = page.locator('[data-message-id="filed-q"]');
  await expect(match).toHaveAttribute("data-revealed", "message");
  // The file shows as its name only: nothing to mark word by word, so the message is marked.
  await expect(match.getByText("notes.txt")).toBeVisible();
  expect(await marked(page)).toEqual([]);
  // Without a fade (reduced motion), but still there to be seen until it ends.
  expect(await match.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  await expect(match).not.toHaveAttribute("data-revealed");
  await expect.poll(() => match.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
});
