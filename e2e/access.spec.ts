import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ChatPage } from "./support/chat-page";
import { PRIVATE_ENV, codeOf, type TestUser } from "./support/access";
import { en, zh } from "./support/catalogue";
import { APPS } from "./support/ports";
import { sampleShare } from "./support/share";
import { startOwnServer } from "./support/own-server";
import { openGate, recordedRequests, requestWith, uniqueMarker } from "./support/stand-in-client";

/**
 * The private server (ACCESS_CODES set, TRUST_PROXY_HOPS=1, small limits, 3 s upstream timeouts)
 * and an open one with TRUST_PROXY_HOPS=0. Each test names its own client in X-Forwarded-For, the
 * way the trusted proxy would, so parallel tests never share a limit bucket.
 */
const PRIVATE = APPS.private.url;
const OPEN = APPS.open.url;
const client = () => `198.51.100.${1 + (randomBytes(1)[0] % 250)}, 10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const chatBody = (text: string) => ({ model: "glm-4.5v", messages: [{ role: "user", content: text }] });

async function apiAs(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, base = PRIVATE) {
  return playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { "x-forwarded-for": client() } });
}

async function signIn(api: APIRequestContext, user: TestUser) {
  const res = await api.post("/api/session", { data: { code: codeOf(user) } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A POST from a chosen local address (the whole 127/8 is loopback on Linux). */
function postFrom(localAddress: string, url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", localAddress, headers: { "content-type": "application/json" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Types into the sign-in form once React owns it (the server's HTML shows the form earlier). */
async function fillCode(page: Page, code: string) {
  await expect(page.locator('[data-testid="sign-in"][data-hydrated]')).toBeVisible();
  await page.getByTestId("sign-in-code").fill(code);
}

async function browserPage(browser: Browser, options: { locale?: string; timezoneId?: string } = {}) {
  const zh = options.locale === "zh-CN" ? { locale: "zh-CN", "Accept-Language": "zh-CN,zh;q=0.9" } : null;
  const context = await browser.newContext({
    baseURL: PRIVATE,
    ...(zh ? { locale: zh.locale } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    extraHTTPHeaders: { "x-forwarded-for": client(), ...(zh ? { "Accept-Language": zh["Accept-Language"] } : {}) },
  });
  return context.newPage();
}

/** A browser of its own signed in as `user`; with `clock`, the page's clock runs as usual until the test moves it. */
async function signedIn(browser: Browser, user: TestUser, options: { timezoneId?: string; clock?: boolean; locale?: string } = {}) {
  const page = await browserPage(browser, options);
  if (options.clock) await page.clock.install();
  await page.goto("/");
  await fillCode(page, codeOf(user));
  await page.getByTestId("sign-in-submit").click();
  const chat = new ChatPage(page);
  await chat.hydrated();
  return { page, chat };
}

test.describe("signing in", () => {
  test("/ and /c/<id> show the sign-in page; a wrong code is refused in plain words, the right one opens the app", async ({ browser }) => {
    const page = await browserPage(browser);
    for (const path of ["/c/some-conversation", "/"]) {
      await page.goto(path);
      await expect(page.getByTestId("sign-in")).toBeVisible();
      await expect(page.getByTestId("composer")).toHaveCount(0);
    }
    await fillCode(page, "not-the-code");
    const field = page.getByTestId("sign-in-code");
    const before = { box: await field.boundingBox(), border: await field.evaluate((el) => getComputedStyle(el).borderColor) };
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/session"));
    await page.getByTestId("sign-in-submit").click();
    expect((await refused).status()).toBe(401);
    await expect(page.getByTestId("sign-in-error")).toContainText("access code is not right");
    // The refused field is marked in the danger colour, and stays where it was.
    await expect(field).toHaveAttribute("aria-invalid", "true");
    expect(await field.evaluate((el) => getComputedStyle(el).borderColor)).not.toBe(before.border);
    expect(await field.boundingBox()).toEqual(before.box);

    await fillCode(page, codeOf("flow"));
    await page.getByTestId("sign-in-submit").click();
    const chat = new ChatPage(page);
    await chat.hydrated();
    await chat.ask(`Hello ${uniqueMarker()}`);
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
    await page.close();
  });

  test("the session cookie is HttpOnly, SameSite=Lax, expiring, and Secure only behind https", async ({ playwright }) => {
    const api = await apiAs(playwright);
    const plain = await api.post("/api/session", { data: { code: codeOf("signout") } });
    const cookie = plain.headers()["set-cookie"];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=\d+/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await api.post("/api/session", { data: { code: codeOf("signout") }, headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers()["set-cookie"]).toMatch(/; Secure/);
    await api.dispose();
  });

  test("in Chinese, a wrong code is said to be wrong, in Chinese only (not 'your session has ended')", async ({ browser }) => {
    const page = await browserPage(browser, { locale: "zh-CN" });
    await page.goto("/");
    await fillCode(page, "not-the-code");
    await page.getByTestId("sign-in-submit").click();
    await expect(page.getByTestId("sign-in-error")).toHaveText(zh.access.wrongCode);
  });

  test("throttled guessing counts down, and the form opens again at zero", async ({ browser }) => {
    const page = await browserPage(browser);
    // The countdown is the page's: the server's 429 is stood in for, and the page's clock is driven.
    await page.route("**/api/session", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({ status: 429, headers: { "Retry-After": "30" }, json: { code: "rate_limited", message: "Too many sign-in attempts." } })
        : route.continue(),
    );
    await page.clock.install();
    await page.goto("/");
    await fillCode(page, "not-the-code");
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    const submit = page.getByTestId("sign-in-submit");
    await submit.click();
    const error = page.getByTestId("sign-in-error");
    await expect(error).toHaveText("Too many attempts. You can try again in 30 seconds.");
    await expect(submit).toBeDisabled();
    // A screen reader hears the wait once: the live region keeps its first value while the count ticks.
    const spoken = page.locator("form [role=alert]");
    await expect(spoken).toHaveText("Too many attempts. You can try again in 30 seconds.");
    await page.clock.runFor(1000);
    await expect(error).toHaveText("Too many attempts. You can try again in 29 seconds.");
    await expect(spoken).toHaveText("Too many attempts. You can try again in 30 seconds.");
    await expect(error).toHaveAttribute("aria-hidden", "true");
    await page.clock.runFor(29_000);
    await expect(error).toHaveCount(0);
    await expect(submit).toBeEnabled();
  });

  test("a wrong code gets 401 unauthorized; guessing is throttled with 429 and Retry-After", async ({ playwright }) => {
    const api = await apiAs(playwright);
    const wrong = await api.post("/api/session", { data: { code: "guess-0" } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).code).toBe("unauthorized");
    let limited;
    for (let i = 1; i < 10 && !limited; i++) {
      const res = await api.post("/api/session", { data: { code: `guess-${i}` } });
      if (res.status() === 429) limited = res;
      else expect(res.status()).toBe(401);
    }
    expect(limited, "no 429 within 10 guesses").toBeDefined();
    expect((await limited!.json()).code).toBe("rate_limited");
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    // Throttled means throttled: even the right code waits.
    expect((await api.post("/api/session", { data: { code: codeOf("flow") } })).status()).toBe(429);
    await api.dispose();
  });

  test("right codes do not use up the sign-in attempts of a shared address; wrong ones do", async ({ playwright }) => {
    // A team behind one office address: more sign-ins than the 3-a-minute throttle, all let in.
    const api = await apiAs(playwright);
    for (let i = 0; i < 5; i++) await signIn(api, "flow");
    const statuses: number[] = [];
    for (let i = 0; i < 10 && !statuses.includes(429); i++) statuses.push((await api.post("/api/session", { data: { code: `guess-${i}` } })).status());
    // The whole allowance is there for guesses, and then it runs out.
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses).toContain(429);
    await api.dispose();
  });

  test("sign-out in the header ends the session", async ({ browser }) => {
    const page = await browserPage(browser);
    await page.goto("/");
    await fillCode(page, codeOf("signout"));
    await page.getByTestId("sign-in-submit").click();
    // Click the live control, not the server-rendered one from before hydration. (The sign-in form
    // is hydrated too, and still on screen until the page reloads: wait for the composer's.)
    await new ChatPage(page).hydrated();
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    const status = await page.evaluate(async () => (await fetch("/api/session")).json());
    expect(status).toEqual({ private: true, signedIn: false, user: null });
    await page.close();
  });

  test("on a shared computer the next person to sign in gets their own chats, draft and settings, not the last person's", async ({ browser }) => {
    const page = await browserPage(browser);
    const chat = new ChatPage(page);
    const signInAs = async (user: TestUser) => {
      await expect(page.getByTestId("sign-in")).toBeVisible();
      await fillCode(page, codeOf(user));
      await page.getByTestId("sign-in-submit").click();
      await chat.hydrated();
    };
    await page.goto("/");
    await signInAs("desk1");
    const marker = uniqueMarker();
    await chat.ask(`[[scenario:no-reasoning]] desk one ${marker}`);
    await expect(chat.conversationItem(marker)).toBeVisible();
    const deskOneChat = await chat.conversationId();
    // Who is signed in is named, and the chat's title keeps its room beside it (it was squeezed
    // to nothing at 1280 px with the history open).
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByTestId("sign-out")).toHaveAccessibleName("Sign out (desk1)");
    await expect.poll(async () => (await page.getByTestId("chat-title").boundingBox())?.width ?? 0).toBeGreaterThan(120);
    await page.getByTestId("new-chat-button").click();
    await chat.composer.fill("half-typed by desk one");
    await page.getByTestId("sign-out").click();

    await signInAs("desk2");
    await expect(page.getByTestId("history-empty")).toBeVisible();
    await expect(chat.composer).toHaveValue("");
    // The first person's address, opened by the second on the same browser: not "in another
    // browser" (it is in this one), and nothing of it shown.
    await chat.gotoConversation(deskOneChat);
    const missing = page.getByTestId("conversation-missing");
    await expect(missing).toContainText("This chat isn't in your chats");
    await expect(missing).toContainText("It may belong to another account or another browser");
    await expect(page.locator("body")).not.toContainText(marker);
    await page.getByTestId("new-chat-button").click();
    await chat.ask(`[[scenario:no-reasoning]] desk two ${marker}`);
    await expect(chat.conversationItems()).toHaveCount(1);
    await page.getByTestId("sign-out").click();

    // The first person's chats and unsent text are all still there, and only theirs.
    await signInAs("desk1");
    await expect(chat.conversationItem(`desk one ${marker}`)).toBeVisible();
    await expect(chat.conversationItems()).toHaveCount(1);
    await expect(chat.composer).toHaveValue("half-typed by desk one");
    await page.close();
  });

  test("on a phone, sign-out is in the header's More menu, with who is signed in", async ({ browser }) => {
    const page = await browserPage(browser);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto("/");
    await fillCode(page, codeOf("phone"));
    await page.getByTestId("sign-in-submit").click();
    await new ChatPage(page).hydrated();
    await expect(page.getByTestId("sign-out")).toBeHidden();
    await page.getByTestId("more-button").click();
    await expect(page.getByTestId("more-sign-out")).toHaveText("Sign out (phone)");
    await page.getByTestId("more-sign-out").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    expect(await page.evaluate(async () => (await fetch("/api/session")).json())).toEqual({ private: true, signedIn: false, user: null });
    await page.close();
  });

  /**
   * An answer paced at one token a second (a chunk each second keeps the 3 s idle timeout away; the
   * 40-token budget ends it after ~40 s): still streaming long after its first words show, when
   * the sign-out comes, however busy the machine.
   */
  async function pacedAnswer(chat: ChatPage): Promise<string> {
    const marker = uniqueMarker();
    await chat.send(`[[scenario:long]] [[tps:1]] ${marker}`);
    await expect(chat.lastAssistant()).toContainText("This is a long");
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
    return marker;
  }

  /** Signs in again on `page` and opens the chat asked with `marker`: the badge of its answer. */
  async function badgeAfterSignIn(page: Page, user: TestUser, marker: string) {
    const chat = new ChatPage(page);
    await fillCode(page, codeOf(user));
    await page.getByTestId("sign-in-submit").click();
    await chat.hydrated();
    await chat.conversationItem(marker).getByTestId("conversation-open").click();
    return chat.lastAssistant().getByTestId("interrupted-badge");
  }

  /** Signs in again on `page` and opens the chat asked with `marker`: its answer says it stopped for the sign-out. */
  async function stoppedBySignOut(page: Page, user: TestUser, marker: string) {
    const chat = new ChatPage(page);
    const badge = await badgeAfterSignIn(page, user, marker);
    await expect(badge).toContainText(en.errors.text.signed_out_mid_answer);
    await expect(badge).not.toContainText("closed or reloaded");
    await expect(chat.lastAssistant()).toContainText("This is a long");
    await expect(badge.getByTestId("continue-button")).toBeVisible();
  }

  test("an answer cut by signing out is kept saying so, not as cut by a page closed or reloaded", async ({ browser }) => {
    const page = await browserPage(browser);
    const chat = new ChatPage(page);
    await page.goto("/");
    await fillCode(page, codeOf("outmid"));
    await page.getByTestId("sign-in-submit").click();
    await chat.hydrated();
    const marker = await pacedAnswer(chat);
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    await stoppedBySignOut(page, "outmid", marker);
    await page.close();
  });

  test("an answer in a tab taken to sign-in by another tab's sign-out is kept saying so too", async ({ browser }) => {
    const first = await browserPage(browser);
    const second = await first.context().newPage();
    await first.goto("/");
    await fillCode(first, codeOf("outmid2"));
    await first.getByTestId("sign-in-submit").click();
    await new ChatPage(first).hydrated();
    await second.goto("/");
    const marker = await pacedAnswer(new ChatPage(second));
    await first.getByTestId("sign-out").click();
    await expect(second.getByTestId("sign-in")).toBeVisible();
    await stoppedBySignOut(second, "outmid2", marker);
    await first.context().close();
  });

  /** Signs in again on `page` and opens the chat asked with `marker`: cut before its text, it says why, with Retry alone. */
  async function stoppedBeforeTextBySignOut(page: Page, user: TestUser, marker: string) {
    const badge = await badgeAfterSignIn(page, user, marker);
    await expect(badge).toContainText(en.errors.textBeforeAnswer.signed_out_mid_answer);
    // Its words offer only the button it shows.
    await expect(badge).not.toContainText("Continue");
    await expect(badge.getByTestId("retry-button")).toBeVisible();
    await expect(badge.getByTestId("continue-button")).toHaveCount(0);
  }

  test("an answer cut by signing out while only its reasoning had arrived says so, offering Retry, not a Continue it lacks", async ({ browser }) => {
    const { page, chat } = await signedIn(browser, "outthink");
    // A long trace at one token a second: the sign-out lands in it, before any answer text.
    const marker = uniqueMarker();
    await chat.send(`[[scenario:reasoning-length]] [[tps:1]] ${marker}`);
    await expect(chat.lastAssistant().getByTestId("reasoning-content")).toContainText("I keep considering");
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    await stoppedBeforeTextBySignOut(page, "outthink", marker);
    // The trace that arrived is kept.
    await expect(chat.lastAssistant().getByTestId("message-reasoning")).toBeVisible();
    await page.close();
  });

  test("an answer cut by signing out before any of it arrived says it stopped for the sign-out", async ({ browser }) => {
    const { page, chat } = await signedIn(browser, "outearly");
    // The request is held unanswered: nothing of the answer arrives before the sign-out.
    await page.route("**/api/chat", () => {});
    const marker = uniqueMarker();
    await chat.send(`[[scenario:no-reasoning]] ${marker}`);
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await stoppedBeforeTextBySignOut(page, "outearly", marker);
    await expect(chat.lastAssistant().getByTestId("interrupted-badge")).not.toContainText(en.chat.interruptedEmpty);
    await page.close();
  });

  test("signing out in one tab takes every tab of the browser to sign-in, and signing in there opens them again", async ({ browser }) => {
    const first = await browserPage(browser);
    const second = await first.context().newPage();
    const [one, two] = [new ChatPage(first), new ChatPage(second)];
    await first.goto("/");
    await fillCode(first, codeOf("tab1"));
    await first.getByTestId("sign-in-submit").click();
    await one.hydrated();
    const marker = uniqueMarker();
    await one.ask(`[[scenario:no-reasoning]] tab one ${marker}`);
    await second.goto("/");
    await two.hydrated();
    await expect(two.conversationItem(marker)).toBeVisible();

    // On a shared computer the next person must not find the history in the tab left open.
    await first.getByTestId("sign-out").click();
    await expect(second.getByTestId("sign-in")).toBeVisible();
    await expect(two.conversationItems()).toHaveCount(0);
    await expect(second.getByTestId("composer")).toHaveCount(0);

    // Signing in in one tab opens the app in the other, where it waited at sign-in.
    await fillCode(second, codeOf("tab1"));
    await second.getByTestId("sign-in-submit").click();
    await one.hydrated();
    await expect(one.conversationItem(marker)).toBeVisible();

    // Someone else signs in (here after the first session lapsed): the tab with the first
    // person's chats does not stay open on them under the second person's session.
    await first.context().clearCookies();
    await second.goto("/");
    await fillCode(second, codeOf("tab2"));
    await second.getByTestId("sign-in-submit").click();
    await two.hydrated();
    await expect(first.getByTestId("sign-out")).toHaveAccessibleName("Sign out (tab2)");
    await expect(first.getByTestId("history-empty")).toBeVisible();
    await expect(one.conversationItems()).toHaveCount(0);
    await first.context().close();
  });

  test("a sign-in page that missed another tab's sign-in while it loaded opens the app once its script runs", async ({ browser }) => {
    const page = await browserPage(browser);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The page's scripts wait: it is the server's sign-in page, listening to nobody yet.
    await page.route("**/_next/static/chunks/**", async (route) => {
      await held;
      await route.continue();
    });
    const served = await page.goto("/", { waitUntil: "commit" });
    expect(await served!.text()).toContain('data-testid="sign-in"');
    await expect(page.locator('[data-testid="sign-in"][data-hydrated]')).toHaveCount(0);
    // Another tab signs in now (the browser's cookie); its announcement reaches no listener here.
    expect((await page.context().request.post("/api/session", { data: { code: codeOf("late") } })).ok()).toBe(true);
    release();
    // Before, it stayed at sign-in until reloaded by hand.
    await new ChatPage(page).hydrated();
    await expect(page.getByTestId("sign-out")).toHaveAccessibleName("Sign out (late)");
    await page.context().close();
  });

  test("a session that lapses mid-conversation: sign in again under the refused answer, the draft kept, the answer asked again", async ({ browser }) => {
    const page = await browserPage(browser);
    await page.goto("/");
    await fillCode(page, codeOf("expired"));
    await page.getByTestId("sign-in-submit").click();
    const chat = new ChatPage(page);
    await chat.hydrated();
    // Short answers: the private server's daily budget is 40 tokens, and the stand-in ends an
    // answer at the max_tokens the server lowers to what is left (two of these fit, 25 + 13).
    await chat.ask(`B ${uniqueMarker()} [[scenario:no-reasoning]]`);
    // The cookie expires (or SESSION_SECRET is rotated): the next chat is refused with 401.
    await page.context().clearCookies();
    const question = `A ${uniqueMarker()}`;
    await chat.send(`${question} [[scenario:no-reasoning]]`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "unauthorized");
    // Retry would meet the same 401: the way on is signing in, right here.
    await expect(error.getByTestId("retry-button")).toHaveCount(0);
    await chat.composer.fill("a draft typed meanwhile");
    await error.getByTestId("sign-in-again-code").fill("not-the-code");
    await error.getByTestId("sign-in-again-submit").click();
    await expect(error.getByTestId("sign-in-again-error")).toContainText("access code is not right");
    await error.getByTestId("sign-in-again-code").fill(codeOf("expired"));
    await error.getByTestId("sign-in-again-submit").click();
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveCount(0);
    await expect(chat.lastAssistant()).toContainText(question);
    await expect(chat.composer).toHaveValue("a draft typed meanwhile");
    await page.close();
  });

  test("a Continue refused because the session lapsed keeps the cut answer: sign in there and it goes on", async ({ browser }) => {
    const page = await browserPage(browser);
    await page.goto("/");
    await fillCode(page, codeOf("lapsed"));
    await page.getByTestId("sign-in-submit").click();
    const chat = new ChatPage(page);
    await chat.hydrated();
    await chat.ask(`Cut me ${uniqueMarker()} [[scenario:length]]`);
    const answer = chat.lastAssistant();
    await expect(answer).toContainText("right in the mid");
    // Cut short of the 40 tokens the budget left it: the reply's own limit, not the budget's, so
    // its Continue does not wait for the budget's reset.
    await expect(answer.getByTestId("message-error")).toHaveAttribute("data-code", "length");
    await page.context().clearCookies();
    await answer.getByTestId("continue-button").click();
    // Refused with 401: the text stays, and the way on is signing in (then it continues), not a
    // Retry that would replace the answer.
    const badge = answer.getByTestId("interrupted-badge");
    // In the catalogue's words ("Your session has ended. Sign in again."), not the server's
    // "Sign in with your access code first." written for API clients.
    await expect(badge).toContainText(en.errors.text.unauthorized);
    await expect(badge).not.toContainText("access code first");
    await expect(answer).toContainText("right in the mid");
    await badge.getByTestId("sign-in-again-code").fill(codeOf("lapsed"));
    await badge.getByTestId("sign-in-again-submit").click();
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
    await expect(chat.lastAssistant()).toContainText("right in the middle of a word");
    await expect(page.getByTestId("message-assistant")).toHaveCount(1);
    await page.close();
  });
});

test.describe("without a session", () => {
  test("/api/chat is 401 and nothing reaches the upstream", async ({ playwright }) => {
    const api = await apiAs(playwright);
    const marker = uniqueMarker();
    const res = await api.post("/api/chat", { data: chatBody(`hello ${marker}`) });
    expect(res.status()).toBe(401);
    expect((await res.json()).code).toBe("unauthorized");
    // A forged cookie is no session either.
    const forged = await api.post("/api/chat", { data: chatBody(`hello ${marker}`), headers: { cookie: "glm_chat_session=eyJ1IjoiZmxvdyIsImV4cCI6OTk5OTk5OTk5OTk5OX0.AAAA" } });
    expect(forged.status()).toBe(401);
    expect((await recordedRequests(marker)).some((r) => JSON.stringify(r.body).includes(marker))).toBe(false);
    await api.dispose();
  });

  test("share writes are 401; /s/<id>, its assets and /api/health stay public", async ({ playwright }) => {
    const anon = await apiAs(playwright);
    expect((await anon.post("/api/share", { data: sampleShare() })).status()).toBe(401);
    expect((await anon.put("/api/share/abc", { data: sampleShare(), headers: { authorization: "Bearer x" } })).status()).toBe(401);
    expect((await anon.delete("/api/share/abc", { headers: { authorization: "Bearer x" } })).status()).toBe(401);
    expect((await anon.get("/api/models")).status()).toBe(401);
    expect((await anon.get("/api/health")).status()).toBe(200);

    const member = await apiAs(playwright);
    await signIn(member, "share");
    const created = await member.post("/api/share", { data: sampleShare() });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    expect((await anon.get(`/s/${id}`)).status()).toBe(200);
    expect((await anon.get(`/s/${id}/assets/0`)).status()).toBe(200);
    await Promise.all([anon.dispose(), member.dispose()]);
  });

  test("a visitor without a code who follows a share's Continue this chat is told why the sign-in form is there, and led back", async ({ browser, playwright }) => {
    const member = await apiAs(playwright);
    await signIn(member, "share");
    const { id } = await (await member.post("/api/share", { data: sampleShare("Read me") })).json();
    await member.dispose();
    const page = await browserPage(browser);
    await page.goto(`/s/${id}`);
    await page.getByTestId("continue-shared-chat").click();
    await expect(page.getByTestId("sign-in")).toBeVisible();
    await expect(page.getByTestId("sign-in-importing")).toContainText(en.access.importing);
    await page.getByTestId("sign-in-importing").getByRole("link", { name: en.access.backToShare }).click();
    await expect(page).toHaveURL(new RegExp(`/s/${id}$`));
    await expect(page.getByTestId("shared-title")).toHaveText("Read me");
    // Without a share to copy, the form says nothing of one.
    await page.goto("/");
    await expect(page.getByTestId("sign-in")).toBeVisible();
    await expect(page.getByTestId("sign-in-importing")).toHaveCount(0);
    await page.close();
  });

  test("Continue this chat, then signing in, copies the chat without asking again; the same link followed from elsewhere still asks", async ({ browser, playwright }) => {
    const member = await apiAs(playwright);
    await signIn(member, "share");
    const { id } = await (await member.post("/api/share", { data: sampleShare("Carried on") })).json();
    await member.dispose();
    const page = await browserPage(browser);
    await page.goto(`/s/${id}`);
    await page.locator('[data-testid="continue-shared-chat"][data-hydrated]').click();
    await fillCode(page, codeOf("continuer"));
    await page.getByTestId("sign-in-submit").click();
    // The click was the yes: the copy opens at once.
    await expect(page).toHaveURL(/\/c\/[^/?]+$/);
    await expect(page.getByTestId("chat-title")).toHaveText("Carried on");
    await expect(page.getByTestId("import-dialog")).toHaveCount(0);
    // Typed or followed from elsewhere, the address alone still asks first.
    await page.goto(`/?import=${id}`);
    await expect(page.getByTestId("import-dialog")).toBeVisible();
    await page.close();
  });
});

test.describe("requests from elsewhere", () => {
  test("a cross-site state change is 403 forbidden even with a session, and reaches nothing", async ({ playwright }) => {
    const api = await apiAs(playwright);
    await signIn(api, "chat");
    const marker = uniqueMarker();
    const refused: Array<Record<string, string>> = [{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of refused) {
      const res = await api.post("/api/chat", { data: chatBody(marker), headers });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect((await res.json()).code).toBe("forbidden");
    }
    expect((await api.delete("/api/session", { headers: { origin: "https://evil.example" } })).status()).toBe(403);
    expect((await recordedRequests(marker)).some((r) => JSON.stringify(r.body).includes(marker))).toBe(false);
    await api.dispose();
  });

  test("a body that is not application/json is 415 (the cross-site form post)", async ({ playwright }) => {
    const api = await apiAs(playwright);
    await signIn(api, "chat");
    const res = await api.post("/api/chat", { data: JSON.stringify(chatBody("hi")), headers: { "content-type": "text/plain" } });
    expect(res.status()).toBe(415);
    expect((await res.json()).code).toBe("unsupported_media_type");
    const form = await api.post("/api/share", { form: { title: "x" } });
    expect(form.status()).toBe(415);
    await api.dispose();
  });

  test("a host name outside ALLOWED_HOSTS (DNS rebinding) is refused", async () => {
    const get = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${PRIVATE}${path}`, { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    expect(await get("/api/models", "rebind.evil.example")).toBe(403);
    // A page says why (e2e/refused-host.spec.ts), not the app's "mistyped link" 404.
    expect(await get("/", "rebind.evil.example")).toBe(403);
    expect(await get("/", `localhost:${APPS.private.port}`)).toBe(200);
  });
});

test.describe("limits", () => {
  test("chats are limited per user with 429 rate_limited and Retry-After", async ({ playwright }) => {
    // Two clients, one user: the limit follows the user, not the address.
    const one = await apiAs(playwright);
    const two = await apiAs(playwright);
    await signIn(one, "rate");
    await signIn(two, "rate");
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 6 && !limited; i++) {
      // An empty body is refused after the limit is counted: no tokens spent to test it.
      const res = await (i % 2 ? two : one).post("/api/chat", { data: {} });
      statuses.push(res.status());
      if (res.status() === 429) limited = res;
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(limited, `statuses ${statuses}`).toBeDefined();
    expect((await limited!.json()).code).toBe("rate_limited");
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    await Promise.all([one.dispose(), two.dispose()]);
  });

  test("with TRUST_PROXY_HOPS=0 a forged X-Forwarded-For does not dodge the chat or share limits", async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: OPEN });
    let limited;
    for (let i = 0; i < 8 && !limited; i++) {
      const res = await api.post("/api/chat", { data: {}, headers: { "x-forwarded-for": `203.0.113.${i}` } });
      if (res.status() === 429) limited = res;
      else expect(res.status()).toBe(400);
    }
    expect(limited, "rotating X-Forwarded-For escaped the limit").toBeDefined();
    expect((await limited!.json()).code).toBe("rate_limited");
    // The key is the socket address: a client on another loopback address has its own bucket.
    expect(await postFrom("127.0.0.2", `${OPEN}/api/chat`, "{}")).toBe(400);

    const tiny = sampleShare("Tiny", { messages: [{ role: "user", content: "hi", createdAt: 1 }], assets: [] });
    let shareLimited = false;
    for (let i = 0; i < 40 && !shareLimited; i++) {
      const res = await api.post("/api/share", { data: tiny, headers: { "x-forwarded-for": `192.0.2.${i}` } });
      if (res.status() === 429) shareLimited = true;
      else expect(res.status()).toBe(201);
    }
    expect(shareLimited, "rotating X-Forwarded-For escaped the share limit").toBe(true);
    await api.dispose();
  });

  test("on a phone in Chinese the budget's card keeps its words full width, its buttons wrapping below", async ({ browser }) => {
    const page = await browserPage(browser, { locale: "zh-CN" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await fillCode(page, codeOf("budgetzh"));
    await page.getByTestId("sign-in-submit").click();
    const chat = new ChatPage(page);
    await chat.hydrated();
    await chat.ask(`[[scenario:long]] ${uniqueMarker()}`);
    const card = chat.lastAssistant().getByTestId("message-error");
    await expect(card).toHaveAttribute("data-code", "length_budget");
    // Not the refusal's title: the answer was cut, nothing was refused.
    await expect(card).toContainText("已达今日预算上限");
    await expect(page.getByTestId("live-region")).toContainText(/^已达今日预算上限。/);
    await expect(card.getByTestId("continue-button")).toBeDisabled();
    // Its short buttons ("00:00 后可继续") left the words a column a few characters wide.
    const words = (await card.getByTestId("message-error-words").boundingBox())!;
    const whole = (await card.boundingBox())!;
    expect(words.width).toBeGreaterThan(whole.width * 0.8);
    await page.context().close();
  });

  test("a spent daily token budget is explained in plain words, with its reset in the reader's own time", async ({ browser }) => {
    // The server runs in UTC; a reader in Kolkata (UTC+5:30 all year) is told 5:30 AM, not "midnight UTC" (and not "05:30 AM": no leading zero on a 12-hour clock).
    // The page's clock runs as usual until the test jumps it towards the reset.
    const { page, chat } = await signedIn(browser, "budget", { timezoneId: "Asia/Kolkata", clock: true });
    // The long demo answer is longer than the 40-token budget: a short trace, then text that is cut.
    const first = uniqueMarker();
    await chat.ask(`[[scenario:long]] First question ${first}`);
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
    // Upstream is told not to write more than is left of the budget, and stops there.
    expect((await requestWith(first)).body).toMatchObject({ max_tokens: 40 });
    // It says the budget stopped it, not "the maximum length for one reply" the user never set.
    const cut = page.getByTestId("message-assistant").first().getByTestId("message-error");
    const waitsForReset = async () => {
      await expect(cut).toHaveAttribute("data-code", "length_budget");
      await expect(cut).toContainText("Daily budget reached");
      await expect(cut).toContainText(/your daily token budget on this server ran out\. It resets at 5:30\sAM( on [A-Z][a-z]{2} \d+, \d{4})?: Continue or Retry works from then/);
      // The budget is spent: Continue and Retry wait for the reset, as the refused question's Retry does.
      await expect(cut.getByTestId("continue-button")).toBeDisabled();
      await expect(cut.getByTestId("continue-button")).toHaveText(/^Continue at 5:30\sAM$/);
      await expect(cut.getByTestId("retry-button")).toBeDisabled();
      await expect(cut.getByTestId("retry-button")).toHaveText(/^Retry at 5:30\sAM$/);
    };
    await waitsForReset();
    // A screen reader hears the same ending, once, from the live region (the card is no alert).
    await expect(page.getByTestId("live-region")).toHaveText(/^Daily budget reached\. .*your daily token budget on this server ran out\. It resets at 5:30\sAM/);
    // The reset is kept with the answer: a reload finds the card still waiting.
    await chat.conversationId();
    await chat.reload();
    await waitsForReset();
    // This browser now holds its questions until the reset; another browser of the same person has
    // not heard of the spent budget, so its question is sent, and refused.
    const { page: elsewhere, chat: elsewhereChat } = await signedIn(browser, "budget", { timezoneId: "Asia/Kolkata", clock: true });
    await elsewhereChat.send(`Second question ${uniqueMarker()}`);
    const error = elsewhereChat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "budget_exhausted");
    await expect(error).toContainText("Daily budget used up");
    await expect(elsewhere.getByTestId("live-region")).toHaveText(/^Error: Daily budget used up\. .*It resets at 5:30\sAM/);
    await expect(error).toContainText(/It resets at 5:30\sAM( on [A-Z][a-z]{2} \d+, \d{4})?: Retry works from then/);
    // Retry waits for the reset: before it, it would only be refused again.
    await expect(error.getByTestId("retry-button")).toBeDisabled();
    await expect(error.getByTestId("retry-button")).toHaveText(/^Retry at 5:30\sAM$/);
    // The pages sleep through the hours; the count starts 99 seconds before the reset, and Retry works at it.
    const fastForward = async (by: (untilReset: number) => number) => {
      for (const p of [page, elsewhere]) await p.clock.fastForward(by(await p.evaluate(() => 86_400_000 - (Date.now() % 86_400_000))));
    };
    await fastForward((untilReset) => untilReset - 60_000);
    await expect(error.getByTestId("retry-button")).toHaveText(/^Retry in (60|59|58) s$/);
    await expect(cut.getByTestId("continue-button")).toHaveText(/^Continue in (60|59|58) s$/);
    await fastForward(() => 61_000);
    await expect(error.getByTestId("retry-button")).toBeEnabled();
    await expect(error.getByTestId("retry-button")).toHaveText("Retry");
    // The cut answer's card opens at the same moment.
    await expect(cut.getByTestId("continue-button")).toBeEnabled();
    await expect(cut.getByTestId("continue-button")).toHaveText("Continue");
    await expect(cut.getByTestId("retry-button")).toBeEnabled();
    await expect(cut.getByTestId("retry-button")).toHaveText("Retry");
    // Their words no longer name a reset that has passed.
    await expect(error).toContainText("It has reset since: Retry works now.");
    await expect(cut).toContainText("ran out. It has reset since: Continue or Retry works now.");
    await expect(error).not.toContainText("5:30");
    // Only the page's clock moved: the server's day goes on, so a Continue now is refused. The answer
    // stays the budget's cut, its text kept, not an "Interrupted" card that forgot why.
    const cutAnswer = page.getByTestId("message-assistant").first();
    const refused = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/chat");
    await cut.getByTestId("continue-button").click();
    expect((await refused).status()).toBe(429);
    await expect(cutAnswer).toHaveAttribute("data-status", "done");
    await expect(cutAnswer).toContainText("This is a long streamed answer");
    await expect(cut).toHaveAttribute("data-code", "length_budget");
    await expect(cutAnswer.getByTestId("interrupted-badge")).toHaveCount(0);
    await page.close();
    await elsewhere.context().close();
  });

  test("a spent daily budget holds sending in every chat and tab, the typed text kept, until its reset", async ({ browser }) => {
    // In UTC the server's midnight reset reads 12:00 AM.
    const { page, chat } = await signedIn(browser, "spent", { timezoneId: "UTC", clock: true });
    // Another tab of the browser, open on a new chat of its own.
    const tab = await page.context().newPage();
    const other = new ChatPage(tab);
    await other.goto();
    // The answer holds at the gate while it runs, holding what is left of the budget: a question
    // from the other tab meanwhile is told to retry when it finishes.
    const spender = uniqueMarker();
    await chat.send(`[[scenario:long]] [[gate:spent-${spender}]] Spend the budget ${spender}`);
    await expect.poll(async () => (await recordedRequests(spender)).length).toBe(1);
    await other.send(`[[scenario:no-reasoning]] Meanwhile ${uniqueMarker()}`);
    const held = other.lastAssistant().getByTestId("message-error");
    await expect(held).toHaveAttribute("data-code", "budget_held");
    await expect(held).toContainText("Budget held by running answers");
    await openGate(`spent-${spender}`);
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveAttribute("data-code", "length_budget");
    // That answer spent the budget: the held card becomes the spent budget's card, its words
    // agreeing with its button (it said "Retry when they finish" above "Retry at 12:00 AM").
    await expect(held).toHaveAttribute("data-code", "budget_exhausted");
    await expect(held).toContainText("Daily budget used up");
    await expect(held).toContainText(/It resets at 12:00\sAM( on [A-Z][a-z]{2} \d+, \d{4})?: Retry works from then/);
    await expect(held).not.toContainText("still being written");
    await expect(held.getByTestId("retry-button")).toHaveText(/^Retry at 12:00\sAM$/);
    const words = /^Your daily budget is used up\. Sending works again at 12:00\sAM( on [A-Z][a-z]{2} \d+, \d{4})?\.$/;
    // An edited question waits too, its Save & send saying why.
    await page.getByTestId("message-user").getByTestId("edit-message-button").click();
    await expect(page.getByTestId("edit-save-button")).toBeDisabled();
    await expect(page.getByTestId("edit-save-button")).toHaveAttribute("title", words);
    await page.getByTestId("edit-cancel-button").click();

    // A new chat says so before anything is sent, and Send and Enter send nothing; the text stays.
    await page.getByTestId("new-chat-button").click();
    await expect(page.getByTestId("message-user")).toHaveCount(0);
    const line = page.getByTestId("budget-spent");
    await expect(line).toHaveText(words);
    const text = `Held until the reset ${uniqueMarker()}`;
    await chat.composer.fill(text);
    await expect(chat.sendButton).toBeDisabled();
    await expect(chat.sendButton).toHaveAccessibleDescription(words);
    await chat.composer.press("Enter");
    await expect(chat.composer).toHaveValue(text);
    await expect(page.getByTestId("message-user")).toHaveCount(0);
    // The other tab heard it without a reload, and a reload keeps it.
    await expect(tab.getByTestId("budget-spent")).toHaveText(words);
    await other.reload();
    await expect(tab.getByTestId("budget-spent")).toHaveText(words);
    await other.composer.fill("Typed in the other tab");
    await expect(other.sendButton).toBeDisabled();

    // At the reset everything opens again, without a reload.
    const untilReset = await page.evaluate(() => 86_400_000 - (Date.now() % 86_400_000));
    await page.clock.fastForward(untilReset + 1000);
    await expect(line).toHaveCount(0);
    await expect(tab.getByTestId("budget-spent")).toHaveCount(0);
    await expect(other.sendButton).toBeEnabled();
    await expect(chat.composer).toHaveValue(text);
    await expect(chat.sendButton).toBeEnabled();
    await chat.composer.press("Enter");
    await expect(page.getByTestId("message-user")).toContainText(text);
    await expect(chat.composer).toHaveValue("");
    // Only the page's clock moved: the server's day goes on and refuses the question, naming a reset
    // this clock has passed, which holds nothing.
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveAttribute("data-code", "budget_exhausted");
    await expect(line).toHaveCount(0);
    await page.context().close();
  });

  test("two answers started at once share what is left of the budget: never both sent with all of it", async ({ browser }) => {
    const { page } = await signedIn(browser, "budgetpar");
    const marker = uniqueMarker();
    // Held after their first chunk, so both are running when the second asks for the budget.
    const gate = `budgetpar-${marker}`;
    const bodies = [1, 2].map((n) => ({ model: "glm-4.5v", messages: [{ role: "user", content: `[[scenario:long]] [[gate:${gate}]] ${marker} tab ${n}` }] }));
    type Answers = { answers: Promise<{ status: number; text: string }>[]; settled: number };
    // Sent from the signed-in page at once, as two tabs' questions are.
    await page.evaluate((list) => {
      const w = window as unknown as Answers;
      w.settled = 0;
      w.answers = list.map((body) =>
        fetch("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (res) => {
          const text = await res.text();
          w.settled++;
          return { status: res.status, text };
        }),
      );
    }, bodies);
    // Each has either gone upstream (and holds at the gate) or been answered.
    await expect.poll(async () => (await recordedRequests(marker)).length + (await page.evaluate(() => (window as unknown as Answers).settled))).toBe(2);
    await openGate(gate);
    const answers = await page.evaluate(() => Promise.all((window as unknown as Answers).answers));
    // Between them upstream was told to write no more than the 40-token budget (each used to get all 40).
    const sent = (await recordedRequests(marker)).map((r) => (r.body as { max_tokens?: number }).max_tokens ?? Infinity);
    expect(sent.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
    // The answer started second found the first one's reservation: nothing left while it runs. Not
    // `budget_exhausted`, which would hold sending until midnight: a short wait, in the budget's words.
    expect(answers.map((a) => a.status).sort()).toEqual([200, 429]);
    expect(JSON.parse(answers.find((a) => a.status === 429)!.text)).toMatchObject({ code: "budget_held", message: expect.stringContaining("still being written hold what is left of today's budget of 40 tokens") });
    await page.context().close();
  });

  test("an answer cut before upstream reports its usage still counts against the budget", async ({ browser }) => {
    const { page, chat } = await signedIn(browser, "cutfree");
    // ~400 characters: a prompt of at least 50 tokens, more than the 40-token budget, short enough
    // to be sent. The answer holds after its second chunk until the 3 s idle timeout cuts it, so
    // the usage, which comes in the stream's last chunk, never does.
    const filler = "Tell me about the weather in spring. ".repeat(11);
    await chat.send(`[[scenario:long]] [[gate:cutfree-never@2]] ${uniqueMarker()} ${filler}`);
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveAttribute("data-code", "upstream_timeout");
    // Uncounted, the next question would be answered: stopping each answer early made the key free.
    await chat.send(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveAttribute("data-code", "budget_exhausted");
    await page.context().close();
  });

  test("a chat far longer than what is left of the budget is refused before it is sent, its question kept", async ({ browser }) => {
    const { page, chat } = await signedIn(browser, "longchat");
    // ~3,000 characters: at least 375 tokens of prompt, against a 40-token budget. Sent, it would
    // spend the key for all of it, however short the answer the budget allows.
    const marker = uniqueMarker();
    const question = `Summarise this ${marker}: ${"a long pasted paragraph of notes. ".repeat(90)}`;
    await chat.send(question);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "prompt_over_budget");
    await expect(error).toContainText(en.errors.title.prompt_over_budget);
    await expect(error).toContainText(/costs at least [\d,]+ tokens, and 40 are left today\. Start a new chat/);
    await expect(page.getByTestId("message-user")).toContainText(marker);
    expect((await recordedRequests(marker)).some((r) => JSON.stringify(r.body).includes(marker))).toBe(false);
    // A short question still goes: the budget is not spent.
    await page.getByTestId("new-chat-button").click();
    await expect(page.getByTestId("message-user")).toHaveCount(0);
    const short = uniqueMarker();
    await chat.ask(`Short ${short} [[scenario:no-reasoning]]`);
    await expect(chat.lastAssistant()).toContainText(short);
    await page.close();
  });
});

test.describe("a slow upstream", () => {
  test("no first byte within UPSTREAM_TIMEOUT_S ends the answer with upstream_timeout", async ({ playwright }) => {
    const api = await apiAs(playwright);
    await signIn(api, "slow");
    // The stand-in sends its headers at once, then nothing for 25 s: the wait runs inside the stream.
    const res = await api.post("/api/chat", { data: chatBody(`[[first-byte:25000]] ${uniqueMarker()}`) });
    expect(res.status()).toBe(200);
    const events = (await res.text()).split("\n\n").filter(Boolean).map((l) => JSON.parse(l.slice(6)));
    expect(events).toEqual([{ type: "error", code: "upstream_timeout", message: expect.stringMatching(/did not start answering within 3 seconds/), waitedSeconds: 3 }]);
    await api.dispose();
  });

  test("silence mid-answer past UPSTREAM_IDLE_TIMEOUT_S ends it with upstream_timeout, the text so far kept", async ({ browser }) => {
    const page = await browserPage(browser);
    await page.goto("/");
    await fillCode(page, codeOf("stall"));
    await page.getByTestId("sign-in-submit").click();
    const chat = new ChatPage(page);
    await chat.hydrated();
    await chat.send(`[[stall:25000]] [[scenario:no-reasoning]] ${uniqueMarker()}`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "upstream_timeout");
    await expect(error).toContainText("went silent");
    // The first piece ("Answ") arrived before the silence and stays on screen.
    await expect(chat.lastAssistant()).toContainText("Answ");
    await page.close();
  });

  test("silence before the answer's text began ends it with upstream_timeout, offering Retry without promising a Continue", async ({ browser }) => {
    const { page, chat } = await signedIn(browser, "silent");
    const gate = uniqueMarker();
    // One piece of the trace, then the stand-in holds past the 3 s idle timeout: no answer text.
    await chat.send(`[[scenario:reasoning-length]] [[gate:${gate}]] ${uniqueMarker()}`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "upstream_timeout");
    // The idle wait (UPSTREAM_IDLE_TIMEOUT_S, 3 s here) is named, as the first byte's is.
    await expect(error).toContainText("sent nothing within 3 seconds, so it was stopped before the answer began");
    await expect(error).not.toContainText("Continue");
    await expect(error.getByTestId("retry-button")).toBeVisible();
    await expect(chat.lastAssistant().getByTestId("continue-button")).toHaveCount(0);
    await openGate(gate);
    await page.close();
  });
});

for (const [user, locale, words] of [
  ["statewait", undefined, "sent nothing within 3 seconds, so it was stopped before the answer began. Retry asks again."],
  ["statewaitzh", "zh-CN", "模型在 3 秒内没有发送任何内容"],
] as const) {
  test(`an answer whose first byte never came says how long the server waited (${locale ?? "en"})`, async ({ browser }) => {
    const { page, chat } = await signedIn(browser, user, { locale });
    // The stand-in sends its headers, then nothing past UPSTREAM_TIMEOUT_S (3 s).
    await chat.send(`[[first-byte:25000]] ${uniqueMarker()}`);
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "upstream_timeout");
    await expect(error.getByTestId("message-error-words")).toContainText(words);
    await expect(error.getByTestId("retry-button")).toBeVisible();
    await expect(chat.lastAssistant().getByTestId("continue-button")).toHaveCount(0);
    await page.context().close();
  });
}

test("a request body that trickles in past BODY_READ_TIMEOUT_S gets 408", async ({ playwright }) => {
  const api = await apiAs(playwright);
  await signIn(api, "slow");
  const { cookies } = await api.storageState();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(`${PRIVATE}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "1000", cookie, "x-forwarded-for": client() },
    }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    // A start, then nothing: the server must not wait forever.
    req.write('{"model":"glm-4.5v",');
  });
  expect(status).toBe(408);
  await api.dispose();
});

test("start fails with a clear message when ACCESS_CODES is set without a SESSION_SECRET", async () => {
  const { spawn } = await import("node:child_process");
  const child = spawn("node_modules/.bin/next", ["start", "-p", "0", "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ACCESS_CODES: "alice:secret-code", SESSION_SECRET: "" },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code, output).toBe(1);
  expect(output).toContain("SESSION_SECRET: must be set to at least 32 characters when ACCESS_CODES is set");
});

test("removing a person's code from ACCESS_CODES signs their sessions out at the next request, and no one else's", async ({ browser, playwright }) => {
  const jack = "access-jack:access-jack-code-5d2b";
  const jill = "access-jill:access-jill-code-5d2b";
  let server = await startOwnServer(3, { ...PRIVATE_ENV, ACCESS_CODES: `${jack},${jill}` });
  const context = await browser.newContext({ baseURL: server.url, extraHTTPHeaders: { "x-forwarded-for": client() } });
  const jillApi = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { "x-forwarded-for": client() } });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await fillCode(page, "access-jack-code-5d2b");
    await page.getByTestId("sign-in-submit").click();
    const chat = new ChatPage(page);
    await chat.hydrated();
    expect((await jillApi.post("/api/session", { data: { code: "access-jill-code-5d2b" } })).status()).toBe(200);

    // The same SESSION_SECRET, jack's entry gone: his cookie is still correctly signed.
    server.stop();
    await server.exited;
    server = await startOwnServer(3, { ...PRIVATE_ENV, ACCESS_CODES: jill });

    const api = context.request;
    expect(await (await api.get("/api/session")).json()).toMatchObject({ private: true, signedIn: false, user: null });
    expect((await api.get("/api/models")).status()).toBe(401);
    expect((await api.post("/api/chat", { data: chatBody("still here?") })).status()).toBe(401);
    expect(await (await jillApi.get("/api/session")).json()).toMatchObject({ signedIn: true, user: "access-jill" });
    expect((await jillApi.get("/api/models")).status()).toBe(200);

    // The open tab meets it as an ended session: sign in again, where his old code no longer works.
    await chat.send("a question after the code was removed");
    const error = chat.lastAssistant().getByTestId("message-error");
    await expect(error).toHaveAttribute("data-code", "unauthorized");
    await error.getByTestId("sign-in-again-code").fill("access-jack-code-5d2b");
    await error.getByTestId("sign-in-again-submit").click();
    await expect(error.getByTestId("sign-in-again-error")).toContainText("access code is not right");
  } finally {
    await context.close();
    await jillApi.dispose();
    server.stop();
  }
});
