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

test("a result from a long answer opens at the words its snippet showed, not at the first of the words", async ({ chat, page }) => {
  await chat.goto();
  const now = Date.now();
  // The stand-in's `[[scenario:long]]` answer, stored as it ends: 400 "sentence"s in one paragraph.
  const answer = Array.from({ length: 400 }, (_, i) => `This is a long streamed answer sentence ${i + 1}.`).join(" ");
  await putRaw(page, "conversations", [{ id: "long", title: "A long answer", createdAt: now - 2000, updatedAt: now, settings: { model: "glm-4.5v", thinking: true } }]);
  await putRaw(page, "messages", [
    { conversationId: "long", id: "long-q", role: "user", content: "Write a long answer", createdAt: now - 2000, status: "done" },
    { conversationId: "long", id: "long-a", role: "assistant", content: answer, createdAt: now - 1000, status: "done", finishReason: "stop" },
  ]);
  await chat.reload();
  await page.keyboard.press("Control+k");
  await expect(chat.search).toBeFocused();
  await page.keyboard.type("sentence 250");
  const result = page.getByTestId("search-result");
  await expect(result).toContainText("sentence 250");
  await page.keyboard.press("ArrowDown");
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/c\/long$/);
  await expect(page.locator('[data-message-id="long-a"]')).toHaveAttribute("data-revealed", "words");
  // Every "sentence" is still marked, and the "250".
  await expect.poll(async () => (await marked(page)).length).toBe(401);
  // The words the snippet showed are marked apart and in the list's view; the first "sentence",
  // at the top of the answer, is scrolled out of it (one read: the marks go after a moment).
  const revealed = () =>
    page.evaluate(() => {
      const list = document.querySelector('[data-testid="message-list"]')!.getBoundingClientRect();
      const place = (r: AbstractRange) => {
        const box = (r as Range).getBoundingClientRect();
        return { text: (r as Range).toString(), inView: box.height > 0 && box.top >= list.top && box.bottom <= list.bottom };
      };
      return { best: [...(CSS.highlights.get("search-reveal-best") ?? [])].map(place), first: [...(CSS.highlights.get("search-reveal") ?? [])].slice(0, 1).map(place) };
    });
  await expect.poll(revealed).toEqual({ best: [{ text: "sentence 250", inView: true }], first: [{ text: "sentence", inView: false }] });
});

test("a hit in an earlier version opens the chat on that version, the match marked", async ({ chat, page }) => {
  await chat.goto();
  const now = Date.now() - 20_000;
  // Four questions; the second was edited ("penguin"), so the third and fourth live only under its version 1.
  const line = [1, 2, 3, 4].flatMap((i) => [
    { conversationId: "forked", id: `fq${i}`, role: "user", content: `Topic ${i} about walrus${i}`, createdAt: now + i * 2, status: "done", parentId: i === 1 ? null : `fa${i - 1}` },
    { conversationId: "forked", id: `fa${i}`, role: "assistant", content: `Answer ${i}.`, createdAt: now + i * 2 + 1, status: "done", finishReason: "stop", parentId: `fq${i}` },
  ]);
  const edited = [
    { conversationId: "forked", id: "fq2b", role: "user", content: "Topic 2 about penguin", createdAt: now + 100, status: "done", parentId: "fa1" },
    { conversationId: "forked", id: "fa2b", role: "assistant", content: "Answer 2b.", createdAt: now + 101, status: "done", finishReason: "stop", parentId: "fq2b" },
  ];
  await putRaw(page, "conversations", [{ id: "forked", title: "Forked", createdAt: now, updatedAt: now + 101, settings: { model: "glm-4.5v", thinking: true } }]);
  await putRaw(page, "messages", [...line, ...edited]);
  await chat.reload();
  await chat.search.fill("walrus4");
  await expect(page.getByTestId("search-result")).toContainText("Topic 4 about walrus4");
  await page.getByTestId("search-result").click();
  await expect(page).toHaveURL(/\/c\/forked$/);
  await expect(page.locator('[data-message-id="fq4"]')).toHaveAttribute("data-revealed", "words");
  await expect.poll(() => marked(page)).toEqual(["walrus4"]);
  await expect(page.locator('[data-message-id="fq2"]').getByTestId("version-label")).toHaveText("1/2");
});
