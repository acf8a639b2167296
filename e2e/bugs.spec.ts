import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { attachInput, expect, test } from "./support/chat-page";
import { codeOf } from "./support/access";
import { APPS } from "./support/ports";
import { recordedRequests, titleRequests, uniqueMarker } from "./support/stand-in-client";

/** Bugs a new user hit (issue #13); each test failed on the code before its fix. */

test("the thinking choice survives switching to a model that always thinks and back", async ({ chat, page }) => {
  await chat.goto();
  await chat.pickModel("glm-4.5v");
  const toggle = page.getByTestId("thinking-toggle");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await chat.pickModel("glm-5.1");
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await chat.pickModel("glm-4.5v");
  await expect(toggle).toHaveAttribute("aria-checked", "false");
});

test.describe("titles improve after the first answer", () => {
  test("a short title from the title model replaces the first line, in the header and the sidebar, and stays", async ({ chat, page }) => {
    const marker = uniqueMarker();
    await chat.goto();
    // The stand-in's title model answers with the title the question asks for.
    await chat.ask(`[[title:Quicksort explained ${marker}]] [[scenario:no-reasoning]] please explain quicksort to me`);
    const expected = `Quicksort explained ${marker}`;
    await expect(page.getByTestId("chat-title")).toHaveText(expected);
    await expect(page.getByTestId("chat-title")).toHaveAttribute("data-title-source", "generated");
    await expect(chat.conversationItem(expected)).toHaveCount(1);

    const [asked] = (await titleRequests()).filter((r) => JSON.stringify(r.body).includes(marker));
    expect(asked.body).toMatchObject({ model: "glm-4.5-flash", thinking: { type: "disabled" }, stream: true });
    // The chat request itself is unchanged, and sent once.
    expect((await recordedRequests(marker)).filter((r) => JSON.stringify(r.body).includes(marker))).toHaveLength(1);

    await chat.reload();
    await expect(page.getByTestId("chat-title")).toHaveText(expected);
  });

  test("a self-hosted server without TITLE_MODEL keeps the first-line title and asks nothing", async ({ chat, page }) => {
    const marker = uniqueMarker();
    await chat.goto(APPS.openai.url);
    await chat.ask(`please explain quicksort ${marker}`);
    const res = await page.request.post(`${APPS.openai.url}/api/title`, { data: { user: "hi", answer: "hello" } });
    expect(await res.json()).toEqual({ title: null, enabled: false });
    await expect(page.getByTestId("chat-title")).toHaveText(`please explain quicksort ${marker}`);
    expect((await titleRequests()).some((r) => JSON.stringify(r.body).includes(marker))).toBe(false);
  });

  test("the first-line title reads the question's markdown as words, in the header and the sidebar", async ({ chat, page }) => {
    const marker = uniqueMarker();
    // No title model on this server: the first line stays the title.
    await chat.goto(APPS.openai.url);
    await chat.ask(`## **Fix** \`npm ci\` for __init__ and *.ts [docs](https://x) ${marker}\nmore detail`);
    const expected = `Fix npm ci for __init__ and *.ts docs ${marker}`;
    await expect(page.getByTestId("chat-title")).toHaveText(expected);
    await expect(chat.conversationItem(expected)).toHaveCount(1);
  });

  test("on a private server titles need a sign-in but never spend the user's chat rate or budget", async ({ playwright }) => {
    const headers = { "x-forwarded-for": `198.51.100.${1 + (randomBytes(1)[0] % 250)}` };
    const api = await playwright.request.newContext({ baseURL: APPS.private.url, extraHTTPHeaders: headers });
    const body = { user: "please explain quicksort", answer: "Quicksort picks a pivot." };
    expect((await api.post("/api/title", { data: body })).status()).toBe(401);
    expect((await api.post("/api/session", { data: { code: codeOf("titles") } })).status()).toBe(200);
    // The private server allows 3 chats a minute and 40 tokens a day: five titles spend none of it.
    for (let i = 0; i < 5; i++) {
      const res = await api.post("/api/title", { data: body });
      expect(res.status()).toBe(200);
      expect(await res.json()).toEqual({ title: "please explain quicksort" });
    }
    const chatRes = await api.post("/api/chat", { data: { model: "glm-4.5v", messages: [{ role: "user", content: "[[scenario:no-reasoning]] hi" }] } });
    expect(chatRes.status()).toBe(200);
    await chatRes.body();
    await api.dispose();
  });
});

test("a preset selects its first blank, Tab moves to the next, and sending one unfilled is refused, the draft kept", async ({ chat, page }) => {
  await chat.goto();
  await page.getByTestId("composer-tools").click();
  await page.getByTestId("preset-locate").click();
  const selected = () => chat.composer.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  await expect(chat.composer).toBeFocused();
  await expect.poll(selected).toBe("<object>");

  // Typing replaces the blank; with a blank left, sending is refused in plain words.
  await chat.composer.fill("Locate every <object> near the <describe the task>.");
  await chat.composer.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
  await chat.composer.press("Tab");
  await expect.poll(selected).toBe("<object>");
  await chat.composer.press("Tab");
  await expect.poll(selected).toBe("<describe the task>");
  await chat.composer.press("Shift+Tab");
  await expect.poll(selected).toBe("<object>");
  await chat.composer.pressSequentially("red circle");
  await chat.composer.press("Enter");
  await expect(page.getByTestId("placeholder-warning")).toHaveText("Fill in <describe the task> before sending: it is a placeholder from the preset. Tab jumps to the next one.");
  await expect(chat.composer).toHaveValue("Locate every red circle near the <describe the task>.");
  await expect.poll(selected).toBe("<describe the task>");
  await expect(page.getByTestId("message-user")).toHaveCount(0);

  // Filled in: it sends, and Tab leaves the field again.
  const marker = uniqueMarker();
  await chat.composer.pressSequentially(`blue square ${marker}`);
  await chat.composer.press("Enter");
  await expect(page.getByTestId("message-user")).toContainText(`Locate every red circle near the blue square ${marker}.`);
  await expect(page.getByTestId("placeholder-warning")).toHaveCount(0);
});

test("a new image conversation shows its sidebar thumbnail at once, without a reload", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  const marker = uniqueMarker();
  await chat.send(`[[scenario:no-reasoning]] ${marker}`);
  const thumb = chat.conversationItem(marker).getByTestId("conversation-thumbnail");
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test("answer boxes stay inside the text flow: one list, footnotes at the end", async ({ chat }) => {
  await chat.goto();
  await chat.ask(`[[scenario:box-flow]] ${uniqueMarker()}`);
  const md = chat.lastAssistant().locator(".md");
  // One top-level list of three steps (the footnotes section has a list of its own). Top-level
  // blocks sit in the renderer's groups (markdown-view.tsx).
  const steps = md.locator(":scope > .md-group > ol");
  await expect(steps).toHaveCount(1);
  await expect(steps.locator(":scope > li")).toHaveCount(3);
  await expect(steps.locator(":scope > li").nth(1)).toHaveText("Press Save in the toolbar.");
  await expect(steps.locator(":scope > li").nth(1).getByTestId("message-answer-box").locator("strong")).toHaveText("Save");
  await expect(md.getByTestId("message-answer-box")).toHaveCount(2);
  await expect(md).not.toContainText("[^1]");
  await expect(md.locator("sup a")).toHaveCount(1);
  await expect(md.locator("section.footnotes")).toContainText("From the manual.");
  // The back-link says where it goes (not "↩"); the reference points at the notes' heading.
  await expect(md.locator("section.footnotes a[href^='#']")).toHaveAccessibleName("Back to reference 1");
  await expect(md.locator("sup a")).toHaveAccessibleDescription("Footnotes");
  // The footnotes come after the last sentence, not in the middle of the message.
  const footnotesLast = await md.evaluate((root) => {
    const notes = root.querySelector("section.footnotes");
    const last = [...root.querySelectorAll("p")].find((p) => p.textContent?.includes("that is all"));
    return !!notes && !!last && !!(last.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(footnotesLast).toBe(true);
  await expect(md.locator("p", { hasText: "that is all" })).toHaveText("So the answer is Save, and that is all.");
});

test("privacy: sharing again offers to update the link first, and a second link leaves the first listed and revocable", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`Share me ${uniqueMarker()}`);
  const dialog = page.getByTestId("share-dialog");
  const publish = async (button: "share-create-button" | "share-update-button", reasoning: boolean) => {
    await page.getByTestId("share-button").click();
    await dialog.getByTestId("share-include-reasoning").setChecked(reasoning);
    await dialog.getByTestId(button).click();
    const url = await dialog.getByTestId("share-link").inputValue();
    await dialog.getByTestId("share-dialog-close").click();
    await expect(dialog).toHaveCount(0);
    return url;
  };
  const first = await publish("share-create-button", true);
  expect(first).toMatch(/\/s\/[A-Za-z0-9_-]{16,}$/);

  // Reopened: the existing link is named, and updating it is the first, recommended action.
  await page.getByTestId("share-button").click();
  await expect(dialog.getByTestId("share-existing-notice")).toBeVisible();
  const actions = dialog.locator('[data-testid="share-update-button"], [data-testid="share-create-button"]');
  await expect(actions).toHaveCount(2);
  await expect(actions.first()).toHaveAttribute("data-testid", "share-update-button");
  await expect(actions.first()).toHaveAttribute("data-recommended", "true");
  await dialog.getByTestId("share-dialog-close").click();

  const second = await publish("share-create-button", false);
  expect(second).not.toBe(first);
  // Both links are listed, and the first (with reasoning) can still be revoked.
  await page.getByTestId("share-button").click();
  await dialog.getByTestId("my-shared-links-toggle").click();
  const mine = (url: string) => dialog.locator(`[data-testid="shared-link-item"][data-share-id="${url.split("/s/")[1]}"]`);
  await expect(mine(first)).toHaveCount(1);
  await expect(mine(second)).toHaveCount(1);
  expect((await page.request.get(first)).status()).toBe(200);
  await mine(first).getByTestId("revoke-share-button").click();
  await mine(first).locator("[data-testid=revoke-share-button][data-confirm]").click(); // "Yes, revoke"
  await expect(mine(first)).toHaveCount(0);
  await expect.poll(async () => (await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);
});
