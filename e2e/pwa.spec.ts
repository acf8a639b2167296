import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { APPS } from "./support/ports";
import { attachInput, ChatPage, expect, test } from "./support/chat-page";
import { codeOf } from "./support/access";
import { uniqueMarker } from "./support/stand-in-client";

// About the offline worker itself: it runs here (off by default in e2e, playwright.config.ts).
test.use({ serviceWorkers: "allow" });

/** Deletes from the worker's store every chunk whose code holds `marker`; how many it deleted. */
function dropStoredChunks(page: Page, marker: string): Promise<number> {
  return page.evaluate(async (marker) => {
    const build = new URL((await navigator.serviceWorker.ready).active!.scriptURL).searchParams.get("build");
    const cache = await caches.open(`glm-chat-static-${build}`);
    let dropped = 0;
    for (const request of await cache.keys()) {
      if (!(await (await cache.match(request))!.text()).includes(marker)) continue;
      await cache.delete(request);
      dropped += 1;
    }
    return dropped;
  }, marker);
}

test("the web app manifest names the app, runs standalone and has 192 and 512 px icons", async ({ request }) => {
  const res = await request.get(`${APPS.zai.url}/manifest.webmanifest`);
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest.name).toBe("GLM Chat");
  expect(manifest.display).toBe("standalone");
  const sizes = (manifest.icons as { sizes: string; src: string }[]).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const image = await request.get(`${APPS.zai.url}${icon.src}`);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()["content-type"]).toBe(icon.type);
  }
});

test("the service worker stores the page's scripts while it installs, before it answers for them", async ({ chat, page }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  // Chromium makes V8's code cache for a script stored during install at once; one stored later
  // starts over (docs/decisions/startup-reads.md, round 6). This page was not controlled, so only
  // the install can have stored them.
  const { named, missing } = await page.evaluate(async () => {
    // The scripts the server's HTML names (the bundler adds more to the page later, on demand).
    const html = new DOMParser().parseFromString(await (await fetch("/")).text(), "text/html");
    const scripts = [...html.querySelectorAll("script[src]:not([nomodule])")].map((s) => new URL(s.getAttribute("src")!, location.href).pathname).filter((p) => p.startsWith("/_next/static/"));
    const build = new URL((await navigator.serviceWorker.ready).active!.scriptURL).searchParams.get("build");
    const stored = new Set((await (await caches.open(`glm-chat-static-${build}`)).keys()).map((r) => new URL(r.url).pathname));
    return { named: scripts.length, missing: scripts.filter((s) => !stored.has(s)) };
  });
  expect(named).toBeGreaterThan(0);
  expect(missing).toEqual([]);
  // The worker's URL names the build, so a deploy installs it again and it stores the new scripts.
  const scriptUrl = await page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);
  expect(new URL(scriptUrl).searchParams.get("build")).toBe(readFileSync(".next/BUILD_ID", "utf8").trim());
});

test("the worker also stores the code a chat fetches on demand (messages, Markdown, sending) while it installs", async ({ chat, page }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  const found = await page.evaluate(async () => {
    const html = new DOMParser().parseFromString(await (await fetch("/")).text(), "text/html");
    const named = new Set([...html.querySelectorAll("script[src]")].map((s) => new URL(s.getAttribute("src")!, location.href).pathname));
    const build = new URL((await navigator.serviceWorker.ready).active!.scriptURL).searchParams.get("build");
    const cache = await caches.open(`glm-chat-static-${build}`);
    const onDemand = (await cache.keys()).filter((r) => !named.has(new URL(r.url).pathname));
    const texts = await Promise.all(onDemand.map(async (r) => (await cache.match(r))!.text()));
    const has = (marker: string) => texts.some((t) => t.includes(marker));
    const fonts = (await cache.keys()).filter((r) => r.url.endsWith(".woff2")).length;
    // The catalogue of each language: fetched at every start, never named by the HTML.
    const catalogues = texts.filter((t) => t.includes('{"brand":{"name":"GLM Chat"')).length;
    return { answer: has('"message-assistant"'), markdown: has("md-table-continued"), send: has("Could not reach the GLM Chat server"), catalogues, fonts };
  });
  expect(found).toEqual({ answer: true, markdown: true, send: true, catalogues: 2, fonts: 2 });
});

test("offline in a new chat, before any conversation was opened, a send still shows the message and says it is offline", async ({ chat, page, context }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Nothing has shown a message or sent one yet: the code for both comes from the worker's install.
  await context.setOffline(true);
  const draft = `first words offline ${uniqueMarker()}`;
  await chat.send(draft);
  await expect(page.getByTestId("message-user").last()).toContainText(draft);
  await expect(page.getByTestId("message-error").last()).toContainText(/offline/i);
  await context.setOffline(false);
});

test("after a deploy the worker keeps the build before's scripts for open tabs and drops older ones", async ({ chat, page }) => {
  await chat.goto();
  const first = await page.evaluate(async () => new URL((await navigator.serviceWorker.ready).active!.scriptURL).searchParams.get("build"));
  const asset = await page.evaluate(async (build) => (await (await caches.open(`glm-chat-static-${build}`)).keys())[0]?.url, first);
  expect(asset).toContain("/_next/static/");
  // A deploy registers the worker under the new build's id (as the page does); two in a row.
  const deploy = async (build: string) => {
    await page.evaluate((build) => navigator.serviceWorker.register(`/sw.js?build=${build}`).then(() => undefined), build);
    await expect
      .poll(() => page.evaluate(async () => {
        const active = (await navigator.serviceWorker.getRegistration())?.active;
        return active?.state === "activated" ? new URL(active.scriptURL).searchParams.get("build") : null;
      }))
      .toBe(build);
    return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("glm-chat-static-")));
  };
  const second = `e2e-second-${uniqueMarker()}`;
  expect(await deploy(second)).toEqual([`glm-chat-static-${first}`, `glm-chat-static-${second}`]);
  const third = `e2e-third-${uniqueMarker()}`;
  expect(await deploy(third)).toEqual([`glm-chat-static-${second}`, `glm-chat-static-${third}`]);
});

test("the service worker has the browser fetch pages while it starts (navigation preload)", async ({ chat, page }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => (await (await navigator.serviceWorker.ready).navigationPreload.getState()).enabled)).toBe(true);
});

test("offline, a saved conversation still opens, and sending says it is offline and keeps the text", async ({ chat, page, context }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  // The first load is not controlled yet; after a reload the worker serves (and caches) the shell.
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] offline check ${marker}`);
  const id = await chat.conversationId();

  await expect(page.getByTestId("offline-notice")).toHaveCount(0);
  await context.setOffline(true);
  // Said before anything fails, on the page already open and on the next one.
  await expect(page.getByTestId("offline-notice")).toBeVisible();
  await chat.gotoConversation(id);
  await expect(page.getByTestId("message-user").last()).toContainText(marker);
  await expect(chat.lastAssistant()).toBeVisible();
  await expect(page.getByTestId("offline-notice")).toContainText(/offline/i);

  const draft = `written offline ${uniqueMarker()}`;
  await chat.send(draft);
  await expect(page.getByTestId("message-error").last()).toContainText(/offline/i);
  await expect(page.getByTestId("message-user").last()).toContainText(draft);
  await context.setOffline(false);
  await expect(page.getByTestId("offline-notice")).toHaveCount(0);
});

test("with the browser's storage full, the worker still hands the page what it loads: the app starts and answers", async ({ chat, page }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Nothing stored any more, and no room to store anything: every script the page asks for next
  // goes through the worker's cache-first path, and every copy it tries to keep is refused.
  const build = await page.evaluate(async () => {
    const build = new URL((await navigator.serviceWorker.ready).active!.scriptURL).searchParams.get("build");
    await caches.delete(`glm-chat-static-${build}`);
    return build;
  });
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(page.url()).origin, quotaSize: usage + 1024 });
  await chat.reload();
  await chat.hydrated();
  // Code fetched on demand after the start (the answer's view and Markdown) comes through as well.
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] storage full ${marker}`);
  await expect(chat.lastAssistant()).toContainText(marker);
  // It was the full storage the page got through: the worker could keep next to none of it.
  const { loaded, kept } = await page.evaluate(async (build) => {
    const loaded = performance.getEntriesByType("resource").filter((e) => new URL(e.name).pathname.startsWith("/_next/static/")).length;
    const kept = (await (await caches.open(`glm-chat-static-${build}`)).keys()).length;
    return { loaded, kept };
  }, build);
  expect(loaded).toBeGreaterThan(5);
  expect(kept).toBeLessThan(loaded / 2);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(page.url()).origin });
});

test("on a private server, a sign-in while the worker installed still leaves the chats, not the sign-in form, as the offline copy", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: APPS.private.url, serviceWorkers: "allow", extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77, 10.9.9.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator('[data-testid="sign-in"][data-hydrated]')).toBeVisible();
  await page.getByTestId("sign-in-code").fill(codeOf("offline"));
  await page.getByTestId("sign-in-submit").click();
  const chat = new ChatPage(page);
  await chat.hydrated();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] kept offline ${marker}`);
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  // The race, set up: the worker's install stored "/" before the sign-in (the sign-in form), and
  // the sign-in's reload did not pass through it.
  await page.evaluate(async () => {
    const signInForm = await (await fetch("/", { credentials: "omit" })).text();
    await (await caches.open("glm-chat-shell-v1")).put("/", new Response(signInForm, { headers: { "content-type": "text/html" } }));
  });
  const storedIsSignIn = () => page.evaluate(async () => ((await (await caches.match("/"))?.text()) ?? "").includes('data-testid="sign-in"'));
  expect(await storedIsSignIn()).toBe(true);
  // A page start the worker did not serve (a hard reload bypasses it), as the sign-in's reload was.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.reload", { ignoreCache: true });
  await chat.hydrated();
  // The page says whose it is; the worker stores this person's "/" in place of the form.
  await expect.poll(storedIsSignIn).toBe(false);
  await context.setOffline(true);
  await page.reload();
  await chat.hydrated();
  await expect(page.getByTestId("sign-in")).toHaveCount(0);
  await expect(page.getByTestId("message-user").last()).toContainText(marker);
  await context.close();
});

test("offline after one visit, the parts fetched on demand open (picture viewer, overlay lightbox, settings, share, edit, shortcuts, this chat, Undo, GUI agent) and nothing takes the page down", async ({ chat, page, context }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const keep = `keep me ${uniqueMarker()}`;
  await chat.ask(`[[scenario:no-reasoning]] ${keep}`);
  await page.getByTestId("new-chat-button").click();
  // With a picture, answered with boxes over it: the viewer, the overlay and its lightbox.
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  const gone = `delete me offline ${uniqueMarker()}`;
  await chat.ask(`[[scenario:grounding-shapes]] ${gone}`);
  // Its title (the question, cut) may not reach the marker.
  const goneRow = page.locator(`[data-testid="conversation-item"][data-id="${await chat.conversationId()}"]`);

  // None of these dialogs was opened online: their code can only come from the worker's install.
  await context.setOffline(true);
  await chat.reload();
  // Next's own error page replaced the whole app when a part's chunk failed to load.
  const up = async () => {
    await expect(page.getByText(/This page couldn.t load/)).toHaveCount(0);
    await expect(chat.composer).toBeVisible();
    await expect(page.getByTestId("part-unavailable")).toHaveCount(0);
  };

  await expect(chat.lastAssistant().getByTestId("vision-answer")).toBeVisible();
  await page.getByTestId("message-user").last().getByTestId("attachment-open").click();
  await expect(page.getByTestId("image-lightbox")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("image-lightbox")).toHaveCount(0);
  await chat.lastAssistant().getByTestId("image-open").first().click();
  await expect(page.getByTestId("image-lightbox")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("image-lightbox")).toHaveCount(0);

  const settings = await chat.openSettings();
  await up();
  await page.keyboard.press("Escape");
  await expect(settings).toHaveCount(0);

  // Sharing needs the server: the dialog opens and says so in plain words when asked to share.
  await page.getByTestId("share-button").click();
  await expect(page.getByTestId("share-dialog")).toBeVisible();
  await page.getByTestId("share-create-button").click();
  await expect(page.getByTestId("share-error")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("share-dialog")).toHaveCount(0);

  await page.getByTestId("shared-links-button").filter({ visible: true }).first().click();
  await expect(page.getByTestId("shared-links-panel")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shared-links-panel")).toHaveCount(0);

  await page.getByTestId("chat-params-button").click();
  await expect(page.getByTestId("chat-params-panel")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("chat-params-panel")).toHaveCount(0);

  await page.getByTestId("message-user").last().hover();
  await page.getByTestId("message-user").last().getByTestId("edit-message-button").click();
  await expect(page.getByTestId("message-editor")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("message-editor")).toHaveCount(0);

  await chat.composer.focus();
  await page.keyboard.press("Control+/");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await up();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts-dialog")).toHaveCount(0);

  // The delete is written at once; its Undo must still be offered, and work.
  await goneRow.hover();
  await goneRow.getByTestId("delete-button").click();
  await expect(goneRow).toHaveCount(0);
  await expect(page.getByTestId("undo-toast")).toBeVisible();
  await page.getByTestId("undo-button").click();
  await expect(goneRow).toHaveCount(1);
  await expect(chat.conversationItem(keep)).toHaveCount(1);
  await up();

  await page.getByTestId("agent-start-button").click();
  await expect(page.getByTestId("agent-panel")).toBeVisible();
  await up();
  await context.setOffline(false);
});

test("offline, in a profile that never exported or searched online, Export downloads the chat and search finds it", async ({ chat, page, context }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  // Asked on the page the worker does not control yet: nothing it loads is kept by the worker at run time.
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] exported offline ${marker}`);
  await context.setOffline(true);
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await page.getByTestId("history-search").fill(marker);
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await expect(page.getByTestId("search-result")).toContainText(marker);

  await page.getByTestId("search-result").click();
  await expect(page.getByTestId("message-user").last()).toContainText(marker);
  await page.getByTestId("export-button").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-json-button").click();
  expect(readFileSync((await (await download).path())!, "utf8")).toContain(marker);
  await context.setOffline(false);
});

test("offline with Export's code not stored, Export says it could not load instead of doing nothing", async ({ chat, page, context }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await chat.ask(`[[scenario:no-reasoning]] not exported ${uniqueMarker()}`);
  await context.setOffline(true);
  // The stored copy gone (a storage cleanup, a worker from before this build): nowhere to fetch it from.
  expect(await dropStoredChunks(page, "Untitled conversation")).toBeGreaterThan(0);
  // The worker's install fetched it through the browser's HTTP cache, which would answer too.
  await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
  await page.getByTestId("export-button").click();
  await page.getByTestId("export-json-button").click();
  await expect(page.getByTestId("action-unavailable")).toContainText(/could not load while offline/);
  await expect(page.getByTestId("message-user").last()).toContainText("not exported");
  await page.getByTestId("action-unavailable-close").click();
  await expect(page.getByTestId("action-unavailable")).toHaveCount(0);
  await context.setOffline(false);
});

test("offline with the browser's cache cleared, the app starts from the worker alone (its words and fonts too); formulas whose code is gone show as their TeX", async ({ chat, page, context }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  await chat.ask(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
  await expect(page.getByTestId("message-assistant").last().locator(".katex").first()).toBeVisible();
  await context.setOffline(true);
  // KaTeX's stored copy gone (a cleanup, a deploy since it was stored): nowhere to fetch it from.
  expect(await dropStoredChunks(page, "KaTeX parse error")).toBeGreaterThan(0);
  await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
  // The page's words and fonts come from the worker too: this start used to never hydrate.
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const answer = page.getByTestId("message-assistant").last();
  // The Markdown is drawn (its table shows), with the formulas as their TeX.
  await expect(answer.locator("table").first()).toBeVisible();
  await expect(answer.locator(".katex")).toHaveCount(0);
  await expect(answer).toContainText("\\frac");
  await context.setOffline(false);
});
