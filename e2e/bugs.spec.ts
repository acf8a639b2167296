import { randomBytes } from "node:crypto";
import { expect, test } from "./support/chat-page";
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

const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

test.describe("titles improve after the first answer", () => {
  test("a short title from the title model replaces the first line, in the header and the sidebar, and stays", async ({ chat, page }) => {
    const marker = uniqueMarker();
    await chat.goto();
    await chat.ask(`[[scenario:no-reasoning]] please explain quicksort to me ${marker}`);
    const expected = `Explain Quicksort ${capital(marker)}`;
    await expect(page.getByTestId("chat-title")).toHaveText(expected);
    await expect(page.getByTestId("chat-title")).toHaveAttribute("data-title-source", "generated");
    await expect(chat.conversationItem(expected)).toHaveCount(1);

    const [asked] = (await titleRequests()).filter((r) => JSON.stringify(r.body).includes(marker));
    expect(asked.body).toMatchObject({ model: "glm-4.5-flash", thinking: { type: "disabled" }, stream: true });
    // The chat request itself is unchanged, and sent once.
    expect((await recordedRequests()).filter((r) => JSON.stringify(r.body).includes(marker))).toHaveLength(1);

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
      expect(await res.json()).toEqual({ title: "Explain Quicksort" });
    }
    const chatRes = await api.post("/api/chat", { data: { model: "glm-4.5v", messages: [{ role: "user", content: "[[scenario:no-reasoning]] hi" }] } });
    expect(chatRes.status()).toBe(200);
    await chatRes.body();
    await api.dispose();
  });
});
