import { en, zh } from "./support/catalogue";
import { attachInput, expect, test } from "./support/chat-page";
import { seedConversations } from "./support/idb";
import { APPS } from "./support/ports";
import { sampleShare, shareApi } from "./support/share";
import { uniqueMarker } from "./support/stand-in-client";

// A fixed day long ago (local noon): the sidebar shows it as a date, in the reader's language.
const OLD = new Date(2026, 2, 5, 12, 0).getTime();

test.describe("a Chinese browser", () => {
  test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });

  test("gets the page in Simplified Chinese, tagged zh-CN", async ({ page }) => {
    await page.goto(`${APPS.zai.url}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page).toHaveTitle(zh.brand.name);
  });

  test("sees the sidebar and settings in Chinese, with Chinese dates", async ({ chat, page }) => {
    await chat.goto();
    await seedConversations(page, [{ id: "old-zh", title: "旧对话", messages: 2, updatedAt: OLD }]);
    await chat.reload();
    const row = chat.conversationItem("旧对话");
    await expect(row.getByTestId("conversation-time")).toHaveText("3月5日");
    await expect(page.getByTestId("history-group")).toHaveText(zh.sidebar.groups.older);
    await expect(chat.search).toHaveAttribute("placeholder", zh.sidebar.search);
    const panel = await chat.openSettings();
    await expect(panel.getByRole("heading", { name: zh.settings.title })).toBeVisible();
    await expect(panel.getByTestId("language-select")).toHaveValue("zh");
    await expect(panel.getByTestId("system-prompt-where")).toHaveText(zh.settings.systemPromptWhere.replace("{place}", zh.prefs.paramsShort));
  });

  test("hears who speaks each message in Chinese", async ({ chat, page }) => {
    await chat.goto();
    await seedConversations(page, [{ id: "said-zh", title: "谁在说", messages: 2, updatedAt: OLD }]);
    await chat.gotoConversation("said-zh");
    await expect(page.getByRole("article", { name: zh.chat.fromYou })).toHaveCount(1);
    await expect(page.getByRole("article", { name: zh.brand.model })).toHaveCount(1);
    await expect(page.getByRole("article", { name: zh.chat.fromYou }).getByTestId("message-user")).toHaveCount(1);
  });

  test("sees the chat screen in Chinese", async ({ chat, page }) => {
    await chat.goto();
    await expect(chat.composer).toHaveAttribute("placeholder", zh.chat.placeholder);
    await expect(chat.sendButton).toHaveText(zh.chat.send);
    // The page's one h1 is the app's name; the empty chat's greeting is the heading under it.
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(zh.chat.emptyTitle);
    await expect(page.getByTestId("new-chat-button")).toHaveAccessibleName(zh.chat.newChat);
    await expect(page.getByTestId("thinking-toggle")).toHaveAccessibleName(zh.chat.thinking);
  });

  test("asks the demo model in Chinese and gets a Chinese answer, the sample cards too", async ({ chat, page }) => {
    await chat.goto(APPS.demo.url);
    await chat.ask("你好，请介绍一下你自己");
    await expect(chat.lastAssistant()).toContainText("演示模式");
    await expect(chat.lastAssistant().getByTestId("message-answer-box")).toContainText("设置 ZAI_API_KEY");
    await expect(chat.lastAssistant().locator("pre code")).toContainText("greet");
    // Token counts in Chinese words, no English "tokens" left in the line.
    await expect(chat.lastAssistant().getByTestId("usage-line")).toContainText("token 用量：提示");
    await expect(chat.lastAssistant().getByTestId("usage-line")).not.toContainText("tokens");
    await expect(page.getByTestId("conversation-total")).toContainText(/本对话已用 [\d,]+ 个 token/);

    // The card asks in the UI's language, so its scripted answer comes in it too, boxes and all.
    await page.getByTestId("new-chat-button").click();
    await page.locator('[data-sample="objects"]').click();
    await expect(page.getByTestId("message-user")).toContainText("示例：找出这张图片中的物体");
    await chat.waitForAnswerDone();
    await expect(chat.lastAssistant()).toContainText("红色圆形");
    await expect(chat.lastAssistant().getByTestId("grounding-box")).toHaveCount(4);
    // Named as in English: the answer writes "红色圆形：[…]", with a full-width colon.
    await expect(chat.lastAssistant().getByTestId("grounding-box").first()).toContainText("红色圆形");
  });

  test("gets an error explained in Chinese, with the server's words folded away as technical details", async ({ chat, page }) => {
    await chat.goto();
    await chat.send(`[[scenario:error-1302]] ${uniqueMarker()}`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toContainText(zh.errors.title.upstream_rate_limited);
    await expect(error).toContainText(zh.errors.text.upstream_rate_limited);
    // Heard in Chinese too: the announcement carries the translated sentence, not the English one.
    await expect(page.getByTestId("live-region")).toContainText(zh.errors.text.upstream_rate_limited);
    await expect(page.getByTestId("live-region")).not.toContainText(/Too many requests/);
    const detail = error.getByTestId("message-error-detail");
    await expect(detail.locator("summary")).toHaveText(zh.errors.detail);
    await expect(detail.locator("p")).toBeHidden();
    await detail.locator("summary").click();
    await expect(detail.locator("p")).toContainText(/Too many requests/);
    await expect(error.getByTestId("retry-button")).toHaveText(zh.errors.retry);
  });

  test("a refused request parameter is named in the Chinese words too, not only in the folded English", async ({ chat }) => {
    await chat.goto();
    await chat.send(`[[scenario:error-1214]] ${uniqueMarker()}`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toContainText(zh.errors.title.upstream_bad_request);
    await expect(error).toContainText(zh.errors.text.upstream_bad_request_param.replace("{param}", "temperature"));
  });

  test("a cut answer's card says why without repeating its title, a share's status reads as Chinese sentences, tokens are tokens", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:length]] ${uniqueMarker()}`);
    const card = chat.lastAssistant().getByTestId("message-error");
    await expect(card.locator("p").first()).toHaveText(zh.errors.title.length);
    // Was "回答被截断：已达到单次回复的最大长度。" under the title "回答被截断".
    await expect(card.locator("p").nth(1)).toHaveText("已达到单次回复的最大长度。");

    await page.getByTestId("share-button").click();
    const dialog = page.getByTestId("share-dialog");
    await dialog.getByTestId("share-create-button").click();
    // One message: no Latin space after "。" (was "链接已创建。 已复制到剪贴板。").
    await expect(dialog.getByTestId("share-status")).toHaveText(/^链接已创建。(已复制到剪贴板|请在下方复制)。$/);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);

    // The chat says "token" ("本对话已用 … 个 token"); so does this chat's parameters dialog.
    await page.getByTestId("chat-params-button").click();
    await expect(page.getByTestId("chat-params-panel")).toContainText("最大 token 数");
    await expect(page.getByTestId("chat-params-panel")).not.toContainText("令牌");
  });

  test("hears each model in the picker by its name and abilities, in Chinese", async ({ chat, page }) => {
    await chat.goto();
    await page.getByTestId("model-picker").click();
    await expect(page.getByTestId("model-picker-option-glm-4.6v-flash")).toHaveAccessibleName("GLM-4.6V Flash：视觉、视频、免费、128K 上下文");
  });

  test("names an answer's footnotes in Chinese for screen readers", async ({ chat }) => {
    await chat.goto();
    await chat.ask(`[[scenario:box-flow]] ${uniqueMarker()}`);
    const md = chat.lastAssistant().locator(".md");
    await expect(md.locator("section.footnotes a[href^='#']")).toHaveAccessibleName(zh.markdown.footnoteBack.replace("{reference}", "1"));
    await expect(md.locator("sup a")).toHaveAccessibleDescription(zh.markdown.footnotes);
  });

  test("going offline is said in Chinese, and a send while offline keeps the text", async ({ chat, page, context }) => {
    await chat.goto();
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await context.setOffline(true);
    await expect(page.getByTestId("offline-notice")).toHaveText(zh.offline.notice);
    const draft = `离线时写的 ${uniqueMarker()}`;
    await chat.send(draft);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toContainText(zh.errors.title.offline);
    await expect(error).toContainText(zh.errors.text.offline);
    await expect(error.getByTestId("message-error-detail")).toHaveCount(0);
    await expect(page.getByTestId("message-user").last()).toContainText(draft);
    await context.setOffline(false);
    await expect(page.getByTestId("offline-notice")).toHaveCount(0);
  });

  test("names the GUI agent's platforms in Chinese", async ({ chat, page }) => {
    await chat.goto();
    await page.getByTestId("agent-start-button").click();
    const options = page.getByTestId("agent-panel").getByTestId("agent-platform-select").locator("option");
    await expect(options).toHaveText([zh.agent.platforms.ubuntu, zh.agent.platforms.windows, zh.agent.platforms.macos, zh.agent.platforms.android]);
  });

  test("a refused file is explained in Chinese", async ({ chat, page }) => {
    await chat.goto();
    await attachInput(page).setInputFiles({ name: "blank.png", mimeType: "image/png", buffer: Buffer.alloc(0) });
    await expect(page.getByTestId("attachment-error")).toContainText(zh.attach.refusal.empty.replace("{file}", "blank.png"));
    // A Word file keeps its advice (export as PDF), not a bare "could not be read".
    await attachInput(page).setInputFiles({ name: "plan.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK\u0003\u0004 not really") });
    await expect(page.getByTestId("attachment-error")).toContainText(zh.attach.refusal.office.replace("{file}", "plan.docx").replace("{app}", "Word"));
    // Text under an image's name: says how to attach it as the text file it is.
    await attachInput(page).setInputFiles({ name: "text-as.png", mimeType: "image/png", buffer: Buffer.from("just some words\n") });
    await expect(page.getByTestId("attachment-error")).toContainText(zh.attach.refusal.text_named_as_media.replace("{file}", "text-as.png"));
  });

  test("sees a shared page in Chinese, and a revoked link says so in Chinese", async ({ page }) => {
    const api = shareApi(APPS.zai.url);
    const { id, deleteToken } = await api.createOk(sampleShare("形状"));
    await page.goto(`${APPS.zai.url}/s/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByText(zh.shared.label)).toBeVisible();
    await expect(page.getByTestId("shared-date")).toHaveText("2025年3月14日");
    await expect(page.getByTestId("continue-shared-chat")).toHaveText(zh.share.continue);
    await expect(page.getByTestId("shared-reasoning")).toHaveCount(0);
    // The same tab title as in English: the brand, nothing added.
    await expect(page).toHaveTitle("形状 · GLM Chat");
    expect((await api.remove(id, deleteToken)).status).toBe(204);
    await page.goto(`${APPS.zai.url}/s/${id}`);
    await expect(page.getByRole("heading", { name: zh.shared.goneTitle })).toBeVisible();
  });

  test("a saved English choice wins over the browser's language", async ({ page, context }) => {
    await context.addCookies([{ name: "glm-locale", value: "en", url: APPS.zai.url }]);
    await page.goto(`${APPS.zai.url}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a deleted chat's Undo toast sits in a notifications region named in Chinese", async ({ chat, page }) => {
    await chat.goto();
    await seedConversations(page, [{ id: "to-delete-zh", title: "要删除的对话", messages: 2, updatedAt: OLD }]);
    await chat.reload();
    await chat.conversationItem("要删除的对话").getByTestId("delete-button").click();
    // Radix names the region "Notifications (F8)" unless told otherwise.
    await expect(page.getByRole("region", { name: zh.ui.notificationsRegion }).getByTestId("undo-toast")).toBeVisible();
  });

  test("an address with no page says so in Chinese, with a 404 status and a way home", async ({ page }) => {
    const response = await page.goto(`${APPS.zai.url}/no/such/page`);
    expect(response!.status()).toBe(404);
    const notFound = page.getByTestId("page-not-found");
    await expect(notFound.getByRole("heading", { level: 1 })).toHaveText(zh.notFound.title);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await notFound.getByTestId("page-not-found-home").click();
    await expect(page).toHaveURL(`${APPS.zai.url}/`);
    await expect(page.getByTestId("composer")).toBeVisible();
  });
});

test("an English browser gets lang=en and English dates", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await seedConversations(page, [{ id: "old-en", title: "Old chat", messages: 2, updatedAt: OLD }]);
  await chat.reload();
  await expect(chat.conversationItem("Old chat").getByTestId("conversation-time")).toHaveText("Mar 5");
  await expect(page.getByTestId("history-group")).toHaveText(en.sidebar.groups.older);
});

test.describe("a reader in another time zone than the server's", () => {
  // Kolkata is UTC+5:30: no whole-hour slip of a server in UTC can pass for it.
  test.use({ timezoneId: "Asia/Kolkata" });

  test("sees a history row's time on their own clock", async ({ chat, page }) => {
    await chat.goto();
    const now = await page.evaluate(() => Date.now());
    await seedConversations(page, [{ id: "tz-row", title: "Zone chat", messages: 2, updatedAt: now }]);
    await chat.reload();
    const time = chat.conversationItem("Zone chat").getByTestId("conversation-time");
    const shown = (await time.getAttribute("datetime")) ?? "";
    // Formatted by the page's own Intl, so only the zone can differ (English: no leading zero, "7:04 PM").
    const clock = (timeZone: string) =>
      page.evaluate(([at, zone]) => new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit", timeZone: zone }).format(new Date(at)), [shown, timeZone]);
    expect(await clock("Asia/Kolkata")).not.toBe(await clock("UTC"));
    await expect(time).toHaveText(await clock("Asia/Kolkata"));
  });
});

test("switching the language in settings changes the page in place and persists across reload", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [{ id: "old-switch", title: "Switch me", messages: 2, updatedAt: OLD }]);
  await chat.reload();
  const panel = await chat.openSettings();
  await expect(panel.getByTestId("language-select")).toHaveValue("en");
  await panel.getByTestId("language-select").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(panel.getByRole("heading", { name: zh.settings.title })).toBeVisible();
  await expect(page.getByTestId("settings-button")).toHaveText(zh.sidebar.settings);
  await expect(chat.conversationItem("Switch me").getByTestId("conversation-time")).toHaveText("3月5日");

  await chat.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("settings-button")).toHaveText(zh.sidebar.settings);
  const again = await chat.openSettings();
  await expect(again.getByTestId("language-select")).toHaveValue("zh");
  await again.getByTestId("language-select").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("settings-button")).toHaveText(en.sidebar.settings);
});

test("switching the language right after a new chat's first answer keeps Settings open", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  // The address became /c/<id> without a page load: the refresh renders the conversation's route.
  await chat.conversationId();
  const panel = await chat.openSettings();
  await panel.getByTestId("language-select").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("settings-button")).toHaveText(zh.sidebar.settings);
  await expect(page.getByTestId("settings-panel").getByRole("heading", { name: zh.settings.title })).toBeVisible();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  // The Settings button that opened it went with the old shell: focus goes to the new one, not the page.
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("settings-panel")).toHaveCount(0);
  await expect(page.getByTestId("settings-button")).toBeFocused();
});

test("on a phone, closing Settings opened from the history drawer after such a switch leaves focus on the history button", async ({ chat, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await chat.conversationId();
  await page.getByTestId("sidebar-toggle").click();
  await page.getByTestId("settings-button").click();
  const panel = page.getByTestId("settings-panel");
  await panel.getByTestId("language-select").selectOption("zh");
  await expect(panel.getByRole("heading", { name: zh.settings.title })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  // The new shell's drawer is closed, its Settings button hidden: the button that opens it has focus.
  await expect(page.getByTestId("sidebar-toggle")).toBeFocused();
});
