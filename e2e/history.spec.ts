import { readStore, seedConversations } from "./support/idb";
import { ChatPage, expect, test } from "./support/chat-page";
import { en } from "./support/catalogue";
import { openGate, uniqueMarker } from "./support/stand-in-client";

test("rename, pin, delete with undo, all kept after a reload", async ({ chat, page }) => {
  await chat.goto();
  const a = uniqueMarker();
  const b = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${a}`);
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] ${b}`);
  await expect(chat.conversationItems()).toHaveCount(2);
  await expect(page.getByTestId("history-group").first()).toHaveText("Today");

  await chat.conversationItem(a).getByTestId("rename-button").click();
  await page.getByTestId("rename-input").fill(`Holiday plans ${a}`);
  await page.getByTestId("rename-input").press("Enter");
  await expect(chat.conversationItem(`Holiday plans ${a}`)).toHaveCount(1);

  // Pinning moves the older conversation to the top, under "Pinned".
  await chat.conversationItem(a).getByTestId("pin-button").click();
  await expect(page.getByTestId("history-group").first()).toHaveText("Pinned");
  await expect(chat.conversationItems().first()).toContainText(`Holiday plans ${a}`);
  await expect(chat.conversationItems().first()).toHaveAttribute("data-pinned", "true");
  // Heard as two words, not "PinnedHoliday plans".
  await expect(chat.conversationItems().first().getByTestId("conversation-open")).toHaveAccessibleName(new RegExp(`^Pinned, Holiday plans ${a}`));

  // Delete the open conversation (b), then Undo.
  await chat.conversationItem(b).getByTestId("delete-button").click();
  await expect(chat.conversationItem(b)).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await page.getByTestId("undo-button").click();
  await expect(chat.conversationItem(b)).toHaveCount(1);
  // It was the open chat, and the new chat in its place was untouched: Undo puts it back on screen.
  await expect(page).toHaveURL(/\/c\/[^/]+$/);
  await expect(page.getByTestId("message-user")).toContainText(b);
  await expect.poll(async () => (await readStore(page, "messages")).filter((m) => String(m.content).includes(b)).length).toBeGreaterThan(0);

  await chat.reload();
  await expect(chat.conversationItems()).toHaveCount(2);
  await expect(chat.conversationItems().first()).toContainText(`Holiday plans ${a}`);
  await chat.conversationItem(b).getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText(b);

  // Delete for good: gone after a reload too.
  await chat.conversationItem(a).getByTestId("delete-button").click();
  await expect(page.getByTestId("undo-toast")).toBeVisible();
  // The toast covers neither the header nor the composer.
  const toast = (await page.getByTestId("undo-toast").boundingBox())!;
  const header = (await page.locator("header").filter({ visible: true }).first().boundingBox())!;
  const composer = (await page.locator('form:has([data-testid="composer"])').filter({ visible: true }).boundingBox())!;
  expect(toast.y).toBeGreaterThanOrEqual(header.y + header.height);
  expect(toast.y + toast.height).toBeLessThan(composer.y - 24);
  await chat.reload();
  await expect(chat.conversationItems()).toHaveCount(1);
});

test("search finds titles and message text, with the matches highlighted", async ({ chat, page }) => {
  await chat.goto();
  const a = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] apples ${a}`);
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] pears ${a}`);
  await chat.search.fill("pears");
  const results = page.getByTestId("search-result");
  await expect(results).toHaveCount(1);
  await expect(results.first().locator("mark").first()).toHaveText(/pears/i);
  // Words from the answer text match too.
  await chat.search.fill(`without reasoning ${a}`);
  await expect(results).toHaveCount(2);
  await chat.search.fill("no such words anywhere");
  await expect(page.getByTestId("search-results")).toContainText("No conversation matches");
  await chat.search.fill("apples");
  await results.first().click();
  await expect(page.getByTestId("message-user")).toContainText(`apples ${a}`);
});

test("open search results follow activity: a chat asked in here or in another tab moves to the top of them", async ({ chat, page, context }) => {
  await chat.goto();
  const word = `figs${uniqueMarker()}`;
  const a = uniqueMarker();
  const b = uniqueMarker();
  await chat.ask(`${a} ${word} first [[scenario:no-reasoning]]`);
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`${b} ${word} second [[scenario:no-reasoning]]`);
  await chat.conversationItem(a).getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText(a);
  await chat.search.fill(word);
  const results = page.getByTestId("search-result");
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText(b);
  // Asked in this tab, with the search still open: the older chat comes first, as in the history.
  await chat.ask(`[[scenario:no-reasoning]] Again ${uniqueMarker()}`);
  await expect(chat.search).toHaveValue(word);
  await expect(results.first()).toContainText(a);
  await expect(results.nth(1)).toContainText(b);
  // Asked in another tab: heard here, the search still open, and it moves up again.
  const other = new ChatPage(await context.newPage());
  await other.goto();
  await other.conversationItem(b).getByTestId("conversation-open").click();
  await expect(other.page.getByTestId("message-user")).toContainText(b);
  await other.ask(`[[scenario:no-reasoning]] Elsewhere ${uniqueMarker()}`);
  await expect(results.first()).toContainText(b);
  await expect(results.nth(1)).toContainText(a);
  await expect(chat.search).toHaveValue(word);
});

test("a chat that starts to match while the search is open joins the results, its snippet marking the words", async ({ chat, page, context }) => {
  await chat.goto();
  const word = `quince${uniqueMarker()}`;
  const a = uniqueMarker();
  const b = uniqueMarker();
  await chat.ask(`${a} ${word} here already [[scenario:no-reasoning]]`);
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`${b} nothing to find yet [[scenario:no-reasoning]]`);
  await chat.search.fill(word);
  const results = page.getByTestId("search-result");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(a);
  // The other chat gets the word in another tab; this one hears it with the search still open.
  const other = new ChatPage(await context.newPage());
  await other.goto();
  await other.conversationItem(b).getByTestId("conversation-open").click();
  await expect(other.page.getByTestId("message-user")).toContainText(b);
  await other.ask(`[[scenario:no-reasoning]] now with ${word} too`);
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText(b);
  await expect(results.first().locator("mark").first()).toHaveText(new RegExp(word, "i"));
  await expect(chat.search).toHaveValue(word);
});

test("a hit deep in a long message shows on the result's one line, not past its \"…\"", async ({ chat, page }) => {
  await chat.goto();
  const word = `zebra${uniqueMarker()}`;
  await chat.ask(`[[scenario:no-reasoning]] ${"a long preamble that goes on and on ".repeat(3)}before the ${word} at last`);
  await chat.search.fill(word);
  const snippet = page.getByTestId("search-result").locator(":scope > span").nth(1);
  await expect(snippet.locator("mark")).toHaveText(word);
  // The whole hit sits inside the line's box (the line is cut with an ellipsis at its end).
  const [hit, line] = [(await snippet.locator("mark").boundingBox())!, (await snippet.boundingBox())!];
  expect(hit.x + hit.width).toBeLessThanOrEqual(line.x + line.width);
});

test("a search result opens its chat at the best-matching message, mounted and highlighted, even far back in a long chat", async ({ chat, page }) => {
  await chat.goto();
  // Questions read "Question <i> about Far back"; the list mounts only the newest few of 58.
  await seedConversations(page, [{ id: "far", title: "Far back", messages: 58 }]);
  await chat.reload();
  await chat.search.fill("question 2 about");
  const result = page.getByTestId("search-result");
  await expect(result).toHaveCount(1);
  // The snippet is the message holding every term, closest together, not the first with any.
  await expect(result.locator(":scope > span").nth(1)).toHaveText("Question 2 about Far back");
  await expect(result.locator(":scope > span").nth(1).locator("mark")).toHaveText(["Question", "2", "about"]);

  // By keyboard: down from the search box, Enter.
  await chat.search.press("ArrowDown");
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/c\/far$/);
  const match = page.locator('[data-message-id="far-m2"]');
  await expect(match).toBeInViewport();
  await expect(match).toHaveAttribute("data-revealed", "words");
  // Briefly: the highlight ends by itself.
  await expect(match).not.toHaveAttribute("data-revealed");
  // In the middle of the view, though the rows around it took their height after the jump.
  const [row, list] = [(await match.boundingBox())!, (await page.getByTestId("message-list").boundingBox())!];
  expect(Math.abs(row.y + row.height / 2 - (list.y + list.height / 2))).toBeLessThan(24);

  // Another result of the open chat, by click: it moves there.
  await chat.search.fill("question 30 about");
  await result.click();
  await expect(page.locator('[data-message-id="far-m30"]')).toBeInViewport();

  // The address is the chat's: a reload opens it at its newest message, as any chat opens.
  await chat.reload();
  await expect(chat.lastAssistant()).toContainText("Answer 57 for Far back");
  await expect(chat.lastAssistant()).toBeInViewport();
  await expect(match).toHaveCount(0);
});

test("a search result whose first question is its title shows the title once, then the next hit", async ({ chat, page }) => {
  await chat.goto();
  const question = `[[scenario:no-reasoning]] quinces ${uniqueMarker()}`;
  await chat.ask(question);
  // The title the first question would give, typed: no generated title replaces it.
  await chat.conversationItems().first().getByTestId("rename-button").click();
  await page.getByTestId("rename-input").fill(question);
  await page.getByTestId("rename-input").press("Enter");
  await expect(chat.conversationItems().first().getByTestId("conversation-title")).toHaveText(question);
  await chat.search.fill("quinces");
  const result = page.getByTestId("search-result");
  await expect(result).toHaveCount(1);
  // Title line, then the next message with a hit (the answer, from a few words before the hit), not the question over again.
  await expect(result.locator(":scope > span")).toHaveText([question, /^(Answer without|…)\s?reasoning to: quinces/]);
});

test("each conversation has its URL: back, forward and deep links work", async ({ chat, page, context }) => {
  await chat.goto();
  const a = uniqueMarker();
  const b = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${a}`);
  const idA = await chat.conversationId();
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] ${b}`);
  const idB = await chat.conversationId();
  expect(idB).not.toBe(idA);
  await chat.conversationItem(a).getByTestId("conversation-open").click();
  await expect(page).toHaveURL(new RegExp(`/c/${idA}$`));
  await expect(page.getByTestId("message-user")).toContainText(a);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/c/${idB}$`));
  await expect(page.getByTestId("message-user")).toContainText(b);
  await page.goForward();
  await expect(page.getByTestId("message-user")).toContainText(a);
  const other = await context.newPage();
  await other.goto(`/c/${idB}`);
  await expect(other.getByTestId("message-user")).toContainText(b);
});

test("a conversation with images shows a thumbnail; 5,000 conversations render windowed", async ({ chat, page }) => {
  await chat.goto();
  const now = Date.now();
  const seeds = Array.from({ length: 5000 }, (_, i) => ({ id: `seed-${i}`, title: `Seeded conversation ${i}`, messages: 2, updatedAt: now - i * 60_000 }));
  seeds[0] = { ...seeds[0], title: "Seeded with a photo", imageEvery: 1 } as (typeof seeds)[number];
  await seedConversations(page, seeds);
  await chat.reload();
  await expect(page.getByTestId("conversation-list")).toHaveAttribute("data-count", "5000");
  const first = chat.conversationItem("Seeded with a photo");
  await expect(first.getByTestId("conversation-thumbnail")).toBeVisible();
  // Windowed: only the rows near the viewport exist in the DOM.
  expect(await chat.conversationItems().count()).toBeLessThan(60);
  await page.getByTestId("conversation-list").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(chat.conversationItem("Seeded conversation 4999")).toHaveCount(1);
  expect(await chat.conversationItems().count()).toBeLessThan(60);
});

test("pointing at a stored conversation fetches the message view's code before the click", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [{ id: "warm-one", title: "Warm one", messages: 4 }]);
  await chat.reload();
  // The message view's chunk is the one script that renders an answer (components/chat/message.tsx).
  const messageCode: string[] = [];
  page.on("response", async (response) => {
    if (!/\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(response.url()).pathname)) return;
    if ((await response.text().catch(() => "")).includes('"message-assistant"')) messageCode.push(response.url());
  });
  const open = chat.conversationItem("Warm one").getByTestId("conversation-open");
  await open.hover();
  await expect.poll(() => messageCode.length).toBeGreaterThan(0);
  await open.click();
  await expect(chat.lastAssistant()).toContainText("Answer 3 for Warm one");
});

test("a 500-message conversation opens at the end and mounts older messages on scrolling up", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [{ id: "long-one", title: "Long one", messages: 500, code: true, imageEvery: 10 }]);
  await chat.gotoConversation("long-one");
  await expect(page.getByTestId("message-list")).toHaveAttribute("data-count", "500");
  await expect(chat.lastAssistant()).toContainText("Answer 499 for Long one");
  const mounted = await page.getByTestId("message-assistant").count();
  expect(mounted).toBeLessThan(40);
  await page.getByTestId("message-list").evaluate((el) => (el.scrollTop = 0));
  await expect.poll(() => page.getByTestId("message-assistant").count()).toBeGreaterThan(mounted);
});

test("on a phone the sidebar is a drawer behind a toggle", async ({ chat, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  // A saved conversation adds Export (in More on a phone): still no sideways scrolling.
  await expect(page.getByTestId("export-button")).toBeAttached();
  for (const id of ["sidebar-toggle", "model-picker", "more-button", "new-chat-button"]) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x + box.width, id).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId("new-chat-button").click();
  await expect(page.getByTestId("sidebar")).toBeHidden();
  // The toggle says whether the drawer is open (not whether a wide window's column would be).
  await expect(page.getByTestId("sidebar-toggle")).toHaveAttribute("aria-expanded", "false");
  await page.getByTestId("sidebar-toggle").click();
  await expect(page.getByTestId("sidebar")).toBeVisible();
  await expect(page.getByTestId("sidebar-toggle")).toHaveAttribute("aria-expanded", "true");
  await chat.conversationItem(marker).getByTestId("conversation-open").click();
  await expect(page.getByTestId("sidebar")).toBeHidden();
  await expect(page.getByTestId("sidebar-toggle")).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("message-user")).toContainText(marker);

  // Deleting from the drawer: the Undo toast leaves the search box and the rows in sight.
  const other = uniqueMarker();
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] ${other}`);
  await page.getByTestId("sidebar-toggle").click();
  await chat.conversationItem(other).getByTestId("delete-button").click();
  await expect(page.getByTestId("undo-toast")).toBeVisible();
  const toast = (await page.getByTestId("undo-toast").boundingBox())!;
  for (const covered of [page.getByTestId("history-search"), chat.conversationItem(marker)]) {
    const box = (await covered.boundingBox())!;
    expect(toast.y > box.y + box.height || toast.y + toast.height < box.y, "the toast covers the drawer's top").toBe(true);
  }
});

for (const [name, viewport] of [["desktop", { width: 1280, height: 720 }], ["phone", { width: 390, height: 844 }]] as const) {
  test(`a chat deleted in Settings comes back with one click on Undo, Settings still open (${name})`, async ({ chat, page }) => {
    await page.setViewportSize(viewport);
    await chat.goto();
    const kept = uniqueMarker();
    await chat.ask(`[[scenario:no-reasoning]] ${kept}`);
    await page.getByTestId("new-chat-button").click();
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    if (name === "phone") await page.getByTestId("sidebar-toggle").click();
    const panel = await chat.openSettings();
    await expect(panel.getByTestId("storage-row")).toHaveCount(2);
    await panel.getByTestId("storage-row").first().getByTestId("free-delete-button").click();
    await expect(panel.getByTestId("storage-row")).toHaveCount(1);
    // Neither behind the dialog's backdrop nor under the phone's sheet: one click undoes.
    await page.getByTestId("undo-button").click();
    await expect(chat.conversationItems()).toHaveCount(2);
    await expect(panel.getByTestId("storage-row")).toHaveCount(2);
    await expect(panel).toBeVisible();
  });
}

test("the sidebar collapses on a wide screen", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.getByTestId("sidebar")).toBeVisible();
  await expect(page.getByTestId("sidebar-toggle")).toHaveAttribute("aria-expanded", "true");
  await page.getByTestId("sidebar-toggle").click();
  await expect(page.getByTestId("sidebar")).toBeHidden();
  await expect(page.getByTestId("sidebar-toggle")).toHaveAttribute("aria-expanded", "false");
  await page.getByTestId("sidebar-toggle").click();
  await expect(page.getByTestId("sidebar")).toBeVisible();
});

test("on a stored conversation the history comes after the messages, and what the user does to it at once is kept", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [
    { id: "held-a", title: "Held apricots", messages: 4 },
    { id: "held-b", title: "Held blueberries", messages: 4 },
  ]);
  // Typed the moment the search box is there, before anything says the page is ready.
  await page.goto("/c/held-a");
  await page.getByTestId("history-search").pressSequentially("blueb");
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await expect(page.getByTestId("search-result")).toContainText("Held blueberries");
  await expect(page.getByTestId("history-search")).toHaveValue("blueb");
  // A click on Settings as soon as it shows opens it (a click on HTML not yet hydrated would be lost).
  await page.goto("/c/held-b");
  await page.getByTestId("settings-button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await chat.hydrated();
  await expect(chat.conversationItems()).toHaveCount(2);
});

test("with no conversations, and while a search finds nothing, Settings stays at the bottom of the history column", async ({ chat, page }) => {
  await chat.goto();
  const gapBelowSettings = async () => {
    const aside = (await page.getByTestId("sidebar").boundingBox())!;
    const settings = (await page.getByTestId("settings-button").boundingBox())!;
    return aside.y + aside.height - (settings.y + settings.height);
  };
  await expect(page.getByTestId("history-empty")).toBeVisible();
  // The footer's own padding and border: nothing more between the button and the column's end.
  expect(await gapBelowSettings()).toBeLessThan(16);
  await chat.search.fill("nothing like this");
  await expect(page.getByTestId("search-results")).toHaveAttribute("data-query", "nothing like this");
  expect(await gapBelowSettings()).toBeLessThan(16);
});

test("on a wide screen a long title fills its row; the row's actions show over its end on hover and focus", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker} explain the difference between TCP and UDP for game networking`);
  const row = chat.conversationItem(marker);
  const actions = row.getByTestId("rename-button").locator("..");
  await page.mouse.move(900, 500);
  await expect(actions).toHaveCSS("opacity", "0");
  // Invisible actions used to keep their place, cutting the title at about two thirds of the row.
  const rowBox = (await row.boundingBox())!;
  const titleBox = (await row.getByTestId("conversation-title").boundingBox())!;
  expect(titleBox.width).toBeGreaterThan(rowBox.width - 40);
  await row.hover();
  await expect(actions).toHaveCSS("opacity", "1");
  await page.mouse.move(900, 500);
  await row.getByTestId("conversation-open").focus();
  await expect(actions).toHaveCSS("opacity", "1");
  // The title's own button is still what a click on the row's middle opens.
  await row.getByTestId("conversation-open").click();
  await expect(page).toHaveURL(/\/c\/[^/]+$/);
});

test("Undo after deleting the open chat leaves a new chat alone once something is typed in it", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  await chat.conversationItem(marker).getByTestId("delete-button").click();
  await expect(page).toHaveURL(/\/$/);
  await chat.composer.fill("half a thought");
  await page.getByTestId("undo-button").click();
  await expect(chat.conversationItem(marker)).toHaveCount(1);
  await expect(page.getByTestId("undo-toast")).toHaveCount(0);
  // The app marks the Undo as finished, after the point where it would have reopened the chat.
  const id = await chat.conversationItem(marker).getAttribute("data-id");
  await expect(page.locator("html")).toHaveAttribute("data-undo-applied", id!);
  await expect.poll(async () => (await readStore(page, "messages")).filter((m) => String(m.content).includes(marker)).length).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/$/);
  await expect(chat.composer).toHaveValue("half a thought");
  // The toast and its Undo are gone: focus is back where the typing was.
  await expect(chat.composer).toBeFocused();
});

test("an answer goes on in the background while another chat is open, and is there on return", async ({ chat, page }) => {
  await chat.goto();
  const [a, b, gate] = [uniqueMarker(), uniqueMarker(), uniqueMarker()];
  // The answer sends three chunks and holds (a stand-in gate) until the test lets it go on.
  await chat.send(`${a} [[scenario:no-reasoning]] [[gate:${gate}@3]]`);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await expect(chat.lastAssistant()).toContainText("Answer");
  const first = await chat.conversationId();

  // Leaving does not stop it: its row says it is still answering, and another chat can be asked meanwhile.
  await page.getByTestId("new-chat-button").click();
  await expect(chat.conversationItem(a).getByTestId("conversation-answering")).toHaveText("Answering…");
  await chat.ask(`${b} [[scenario:no-reasoning]]`);
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${b}`);
  await expect(chat.conversationItem(b).getByTestId("conversation-answering")).toHaveCount(0);

  // Back while it still streams: the live answer, with its Stop.
  await chat.conversationItem(a).getByTestId("conversation-open").click();
  await expect(page).toHaveURL(new RegExp(`/c/${first}$`));
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await expect(chat.stopButton).toBeVisible();
  // Opening it started nothing: a screen reader is not told an answer started.
  await expect(page.getByTestId("live-region")).not.toHaveText(/Answer started/);

  // Away again, and it ends out of sight: whole, not "stopped", and saved.
  await chat.conversationItem(b).getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText(b);
  await openGate(gate);
  await expect(chat.conversationItem(a).getByTestId("conversation-answering")).toHaveCount(0);
  // A screen reader hears that it ended, and where.
  await expect(page.getByTestId("live-region")).toHaveText(/^An answer in “.+” has finished/);
  await chat.conversationItem(a).getByTestId("conversation-open").click();
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${a}`);
  await expect(chat.lastAssistant().getByTestId("stopped-note")).toHaveCount(0);
  await chat.reload();
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${a}`);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
});

test("a chat whose answer ends while another chat is open moves to the top of the history without a reload, here and in another tab", async ({ chat, page, context }) => {
  await chat.goto();
  const [a, b, gate] = [uniqueMarker(), uniqueMarker(), uniqueMarker()];
  // The answer sends one chunk and holds (a stand-in gate) until the test lets it go on.
  await chat.send(`${a} [[scenario:no-reasoning]] [[gate:${gate}]]`);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  // That chunk is stored: no save of this answer comes before the gate opens.
  await expect.poll(async () => (await readStore(page, "messages")).some((m) => m.status === "streaming" && m.content)).toBe(true);
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`${b} [[scenario:no-reasoning]]`);
  const rows = chat.conversationItems();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(b);
  // Another tab of this browser, its history read now: the same order.
  const other = new ChatPage(await context.newPage());
  await other.goto();
  await expect(other.conversationItems()).toHaveCount(2);
  await expect(other.conversationItems().first()).toContainText(b);

  await openGate(gate);
  await expect(chat.conversationItem(a).getByTestId("conversation-answering")).toHaveCount(0);
  await expect(rows.first()).toContainText(a);
  await expect(rows.nth(1)).toContainText(b);
  await expect(other.conversationItems().first()).toContainText(a);
  await expect(other.conversationItems().nth(1)).toContainText(b);
});

test("an answer whose chat is deleted before its text began comes back with Undo saying so, offering Retry alone", async ({ chat, page }) => {
  await chat.goto();
  const [a, gate] = [uniqueMarker(), uniqueMarker()];
  // One piece of the trace, then the stand-in holds: the delete lands before any answer text.
  await chat.send(`${a} [[scenario:reasoning-length]] [[gate:${gate}]]`);
  await expect(chat.lastAssistant().getByTestId("reasoning-content")).toContainText("I");
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await chat.conversationItem(a).getByTestId("delete-button").click();
  await expect(chat.conversationItem(a)).toHaveCount(0);
  await page.getByTestId("undo-button").click();
  const badge = chat.lastAssistant().getByTestId("interrupted-badge");
  await expect(badge).toContainText(en.errors.textBeforeAnswer.deleted_mid_answer);
  // Its words offer only the button it shows.
  await expect(badge).not.toContainText("Continue");
  await expect(badge.getByTestId("retry-button")).toBeVisible();
  await expect(badge.getByTestId("continue-button")).toHaveCount(0);
  await openGate(gate);
});

test.describe("a phone on its side", () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true });

  test("keeps the history in a drawer, leaving the messages most of the height", async ({ chat, page }) => {
    await chat.goto();
    const marker = uniqueMarker();
    await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
    // Wide enough for the column, too short for it: the phone's layout.
    await expect(page.getByTestId("sidebar")).toBeHidden();
    const list = (await page.getByTestId("message-list").boundingBox())!;
    expect(list.width).toBeGreaterThan(800);
    await expect(page.getByTestId("sidebar-toggle")).toHaveAttribute("aria-expanded", "false");
    await page.getByTestId("sidebar-toggle").click();
    await expect(page.getByTestId("sidebar")).toBeVisible();
    await expect(page.getByTestId("sidebar-backdrop")).toBeVisible();
    await chat.conversationItem(marker).getByTestId("conversation-open").click();
    await expect(page.getByTestId("sidebar")).toBeHidden();
  });

  test("Jump to latest is a small round button in the corner, not a pill over the answer", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:long-markdown]] ${uniqueMarker()}`);
    const list = page.getByTestId("message-list");
    await list.evaluate((el) => el.scrollTo({ top: 0 }));
    const jump = page.getByRole("button", { name: "Jump to latest" });
    await expect(jump).toBeVisible();
    const box = (await jump.boundingBox())!;
    const area = (await list.boundingBox())!;
    expect(box.width).toBeLessThan(48);
    expect(box.x).toBeGreaterThan(area.x + area.width * 0.75);
    await jump.click();
    await expect(jump).toHaveCount(0);
  });
});
