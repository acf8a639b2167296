import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { readImageSize } from "../lib/media/sniff";
import { attachInput, expect, test } from "./support/chat-page";
import type { RecordedRequest } from "./stand-in/server";
import { recordedRequests, uniqueMarker } from "./support/stand-in-client";
import { createShareLink, openAsVisitor } from "./support/share-link";
import { readStore } from "./support/idb";

const screenshot = { name: "gui-settings.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/gui-settings.png") };
type Part = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

async function startSession(page: Page, task: string, platform?: string) {
  await page.getByTestId("agent-start-button").click();
  const panel = page.getByTestId("agent-panel");
  await expect(panel).toBeVisible();
  await panel.getByTestId("agent-task-input").fill(task);
  if (platform) await panel.getByTestId("agent-platform-select").selectOption(platform);
  return panel;
}

/** One step: attach the screenshot, press Send with no text, wait for the answer. */
async function step(page: Page, n: number) {
  await attachInput(page).setInputFiles(screenshot);
  await expect(page.getByTestId("send-button")).toBeEnabled();
  await page.getByTestId("send-button").click();
  await expect(page.getByTestId("agent-step")).toHaveCount(n);
  await expect(page.getByTestId("message-assistant").last()).not.toHaveAttribute("data-status", "streaming");
}

/** The recorded upstream request of the `n`-th step of the session whose task holds `marker`. */
async function stepRequest(marker: string, n: number): Promise<Part[]> {
  let mine: RecordedRequest[] = [];
  await expect
    .poll(async () => {
      mine = (await recordedRequests(marker)).filter((r) => JSON.stringify(r.body).includes(marker));
      return mine.length;
    })
    .toBeGreaterThanOrEqual(n);
  const body = mine[n - 1].body as { messages: Array<{ role: string; content: Part[] }> };
  // Single-turn: every step is one user message, never the session as chat turns.
  expect(body.messages).toHaveLength(1);
  expect(body.messages[0].role).toBe("user");
  return body.messages[0].content;
}

const height = async (l: Locator) => (await l.boundingBox())?.height ?? 0;

/**
 * A step card's thought: two whole lines ending in an ellipsis (it had been squeezed by the card,
 * cut mid-line with none), then Show all shows the rest inside the card.
 */
async function expectThoughtReadable(card: Locator) {
  const thought = card.getByTestId("agent-step-thought");
  const toggle = card.getByTestId("agent-thought-toggle");
  await expect(thought).toHaveCSS("-webkit-line-clamp", "2");
  const lines = () => thought.evaluate((e) => e.clientHeight / parseFloat(getComputedStyle(e).lineHeight));
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(await lines()).toBeCloseTo(2, 1);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(toggle).toHaveText("Show less");
  await expect(thought).toHaveCSS("-webkit-line-clamp", "none");
  expect(await thought.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
  expect(await lines()).toBeGreaterThan(2);
  const [box, inCard] = [(await thought.boundingBox())!, (await card.boundingBox())!];
  expect(box.y + box.height).toBeLessThanOrEqual(inCard.y + inCard.height);
  await toggle.click();
  await expect(toggle).toHaveText("Show all");
}

/**
 * The task, the next step's button and End session in sight with nothing scrolled (they had
 * scrolled away with the cards), and the newest step's words whole (they were cut mid-line).
 */
async function expectControlsInSight(page: Page, panel: Locator, newest: Locator) {
  for (const l of [panel.getByTestId("agent-task-input"), panel.getByTestId("agent-capture-button"), panel.getByTestId("agent-end-button"), newest.getByTestId("agent-step-action")]) {
    await expect(l).toBeInViewport({ ratio: 1 });
  }
}

const texts = (parts: Part[]) => parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("<image>");
const size = (p: Part) => readImageSize(new Uint8Array(Buffer.from((p as { image_url: { url: string } }).image_url.url, "base64")), "image/png");

test("a three-step desktop session: template requests, timeline, DONE ends it, redo, persistence", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  const panel = await startSession(page, `Save the settings as Ada ${marker}`);
  // No task text is needed in the composer: the screenshot alone is a step.
  await step(page, 1);
  await expect(page.getByTestId("agent-step").first()).toHaveAttribute("data-action", "click");
  await expect(page.getByTestId("agent-step").first().getByTestId("agent-step-action")).toHaveText("Click at 28%, 48% (Save changes button)");
  await expect(page.getByTestId("agent-step").first().getByTestId("gui-action")).toHaveCount(1);
  // The session is named by its task, not by the screenshot's file name.
  await expect(page.getByTestId("conversation-title").first()).toHaveText(`Save the settings as Ada ${marker}`);
  await expect(page.getByTestId("chat-title")).toHaveText(`Save the settings as Ada ${marker}`);
  await expectThoughtReadable(page.getByTestId("agent-step").first());
  // The answer's action chip: the action's name once, parted from its text by a space.
  await expect(page.getByTestId("message-assistant").first().getByTestId("overlay-legend-item")).toHaveText("click [281, 479]");
  await step(page, 2);
  await expect(page.getByTestId("message-assistant").nth(1).getByTestId("overlay-legend-item")).toHaveText("type(content='Ada Lovelace')");
  // By step 2 the conversation keeps a usable height under the panel (was ~130 px at 1280x800).
  await expect.poll(() => height(page.getByTestId("message-list"))).toBeGreaterThanOrEqual(page.viewportSize()!.height / 3);
  await expectControlsInSight(page, panel, page.getByTestId("agent-step").nth(1));
  // At 200% zoom (640x400 CSS px) the panel was a 132 px scroller and the chat ~100 px.
  await page.setViewportSize({ width: 640, height: 400 });
  await expectControlsInSight(page, panel, panel.getByTestId("agent-step-latest"));
  await expect.poll(() => height(page.getByTestId("message-list"))).toBeGreaterThanOrEqual(400 / 3);
  await page.setViewportSize({ width: 1280, height: 800 });
  await step(page, 3);
  await expect(panel).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("agent-step").nth(2)).toHaveAttribute("data-action", "done");

  const first = await stepRequest(marker, 1);
  expect(first.map((p) => p.type)).toEqual(["text", "image_url"]);
  expect(texts(first)).toContain("# Task Platform\nUbuntu\n");
  expect(texts(first)).toContain("History:\nMemory:\n[]\n# Output Format");

  const third = await stepRequest(marker, 3);
  // Two history screenshots at 50% in their places, the current one last at full size.
  expect(third.map((p) => p.type)).toEqual(["text", "image_url", "text", "image_url", "text", "image_url"]);
  expect(size(third[1])).toEqual({ width: 640, height: 400 });
  expect(size(third[3])).toEqual({ width: 640, height: 400 });
  expect(size(third[5])).toEqual({ width: 1280, height: 800 });
  const t = texts(third);
  expect(t).toContain("History:\nstep 1: Screenshot:<image> Thought: The form has been edited, so the changes need saving. I'll click the Save changes button below the form.\nAction: left_click(start_box='[281,479]', element_info='Save changes button')\nstep 2: Screenshot:<image> Thought: The name field is focused now.");
  expect(t).toContain('Memory:\n[{"form": "edited"}, {"name": "Ada Lovelace"}]\n# Output Format');
  expect(t).not.toContain("<|begin_of_box|>");
  expect(t.endsWith("Current Screenshot:\n")).toBe(true);

  // The session is over: another step cannot be sent.
  await attachInput(page).setInputFiles(screenshot);
  await expect(page.getByTestId("agent-hint")).toContainText("The session has ended");
  await expect(page.getByTestId("send-button")).toBeDisabled();
  await page.getByTestId("attachment-remove").click();

  // Replay walks through the steps.
  await panel.getByTestId("agent-replay").click();
  await expect(page.getByTestId("agent-replay-view")).toHaveAttribute("data-step", "3");

  // Persisted: a reload shows the same session.
  await chat.reload();
  await expect(page.getByTestId("agent-panel")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("agent-step")).toHaveCount(3);
  await expect(page.getByTestId("agent-task-input")).toHaveValue(`Save the settings as Ada ${marker}`);

  // A step card is narrow: its image's buttons wrap inside it rather than running into the next card.
  for (const step of await page.getByTestId("agent-step").all()) {
    const card = (await step.boundingBox())!;
    for (const control of await step.getByRole("button").all()) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width, (await control.textContent()) ?? "").toBeLessThanOrEqual(card.x + card.width);
    }
  }

  // Redo from step 2: step 3 is dropped and step 2 is asked again.
  await page.getByTestId("agent-step").nth(1).getByTestId("agent-redo").click();
  await expect(page.getByTestId("agent-step")).toHaveCount(2);
  await expect(page.getByTestId("agent-panel")).toHaveAttribute("data-state", "waiting");

  // The trajectory exports as JSON.
  const download = page.waitForEvent("download");
  await page.getByTestId("agent-export-json").click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, "utf8"));
  expect(json.steps).toHaveLength(2);
  expect(json.steps[0].parsedAction.type).toBe("click");
  expect(json.steps[1].prompt.filter((p: { type: string }) => p.type === "image")).toHaveLength(2);
});

test("past four steps, older screenshots are replaced by (Omitted in context.)", async ({ chat, page }) => {
  test.setTimeout(90_000);
  await chat.goto();
  const marker = uniqueMarker();
  await startSession(page, `Tidy up (long task) ${marker}`);
  for (let n = 1; n <= 6; n++) await step(page, n);
  await expect(page.getByTestId("agent-panel")).toHaveAttribute("data-state", "done");
  const sixth = await stepRequest(marker, 6);
  expect(sixth.filter((p) => p.type === "image_url")).toHaveLength(5);
  expect(sixth.at(-1)!.type).toBe("image_url");
  expect(size(sixth.at(-1)!)).toEqual({ width: 1280, height: 800 });
  const t = texts(sixth);
  expect(t).toContain("step 1: Screenshot:(Omitted in context.) Thought: The form has been edited");
  expect(t).toContain("\nstep 2: Screenshot:<image> Thought: The setting is further down the page");
  expect(t.match(/\(Omitted in context\.\)/g)).toHaveLength(1);
});

test("a mobile session uses the Android template: screenshot first, history as Python dicts, status ends it", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  const panel = await startSession(page, `Turn on Wi-Fi ${marker}`, "android");
  await step(page, 1);
  await expect(page.getByTestId("agent-step").first().getByTestId("agent-step-action")).toHaveText("Open the app “Settings”");
  await expect(panel.getByTestId("agent-platform-select")).toBeDisabled();
  await step(page, 2);
  await expect(page.getByTestId("agent-step").nth(1)).toHaveAttribute("data-action", "click");
  await step(page, 3);
  await expect(panel).toHaveAttribute("data-state", "done");

  const first = await stepRequest(marker, 1);
  expect(first.map((p) => p.type)).toEqual(["image_url", "text"]);
  expect(texts(first)).toContain("# Task Platform\nMobile\n");
  expect(texts(first)).toContain("You just started, no action has been performed yet.");
  const third = await stepRequest(marker, 3);
  expect(third.map((p) => p.type)).toEqual(["image_url", "text"]);
  expect(size(third[0])).toEqual({ width: 1280, height: 800 });
  expect(texts(third)).toContain(
    "Step 0:\nMemory: None\nReason: The task is about Wi-Fi, which lives in the Settings app, so I open it.\nAction: {'action_type': 'open_app', 'app_name': 'Settings'}\n\nStep 1:\nMemory: Settings is open\nReason: Wi-Fi is under Network & internet, the second row of the list.\nAction: {'action_type': 'click', 'box_2d': [[120, 180, 880, 240]]}\n\n\n# Output Format",
  );
});

test("a session exports as an annotated image strip and shares as a step timeline", async ({ chat, page, browser }) => {
  await chat.goto();
  const marker = uniqueMarker();
  const panel = await startSession(page, `Turn on Wi-Fi ${marker}`, "android");
  await step(page, 1);
  await step(page, 2);

  // The strip: one tile per step side by side, each the screenshot's proportions at the strip height.
  const download = page.waitForEvent("download");
  await panel.getByTestId("agent-export-strip").click();
  const strip = readFileSync(await (await download).path());
  const stripSize = readImageSize(new Uint8Array(strip), "image/png")!;
  // 320 px tiles under an 8 px margin, then a 44 px caption band and 8 px (components/agent/export-trajectory.ts).
  expect(stripSize.height).toBe(8 + 320 + 44 + 8);
  const tile = Math.round((1280 / 800) * 320);
  expect(stripSize.width).toBe(8 + 2 * (tile + 8));

  const url = await createShareLink(page);

  const { page: shared, close } = await openAsVisitor(browser, url);
  await expect(shared.getByTestId("shared-agent-task")).toHaveText(`Turn on Wi-Fi ${marker}`);
  await expect(shared.getByTestId("shared-agent")).toContainText("Mobile: Android");
  const steps = shared.getByTestId("shared-agent-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0).getByTestId("shared-agent-action")).toHaveText("Open the app “Settings”");
  await expect(steps.nth(1)).toHaveAttribute("data-action", "click");
  await expect(steps.nth(1).getByTestId("gui-action")).toHaveCount(1);
  await close();
});

test("each step can capture the screen with one click: the frame becomes the step's screenshot", async ({ chat, page }) => {
  // Stands in for the browser's screen picker: a 640x400 canvas stream (drawn continuously so frames flow).
  await page.addInitScript(() => {
    navigator.mediaDevices.getDisplayMedia = async () => {
      const canvas = Object.assign(document.createElement("canvas"), { width: 640, height: 400 });
      const g = canvas.getContext("2d")!;
      let n = 0;
      setInterval(() => {
        g.fillStyle = n++ % 2 ? "#2050d0" : "#2050d1";
        g.fillRect(0, 0, 640, 400);
      }, 30);
      return canvas.captureStream();
    };
  });
  await chat.goto();
  const marker = uniqueMarker();
  const panel = await startSession(page, `Save it ${marker}`);
  await panel.getByTestId("agent-capture-button").click();
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(panel.getByTestId("agent-capture-button")).toHaveCount(0);
  await page.getByTestId("send-button").click();
  await expect(page.getByTestId("agent-step")).toHaveCount(1);
  const first = await stepRequest(marker, 1);
  expect(size(first.at(-1)!)).toEqual({ width: 640, height: 400 });
  // Waiting for step 2: the button is back, naming the next step.
  await expect(panel).toHaveAttribute("data-state", "waiting");
  await expect(panel.getByTestId("agent-capture-button")).toHaveText("Capture screen for step 2");
});

test("a step takes one screenshot: a newer image replaces the one attached, other files are refused by name", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await expect(page.getByTestId("empty-body")).toContainText("attach a PDF");
  await startSession(page, `Save it ${marker}`);
  // The session's empty state no longer offers what a step refuses.
  await expect(page.getByTestId("empty-body")).toHaveText("Each step sends one screenshot of your screen; the model answers with the next action, drawn on the screenshot.");
  await attachInput(page).setInputFiles(screenshot);
  await expect(page.getByTestId("attachment-thumb").locator("img")).toHaveAttribute("alt", "gui-settings.png");
  // A newer screenshot (dropped anywhere, pasted, picked) takes its place: before, both stayed and Send was blocked.
  await attachInput(page).setInputFiles({ name: "newer.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(page.getByTestId("attachment-thumb").locator("img")).toHaveAttribute("alt", "newer.png");
  await attachInput(page).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a screenshot") });
  await expect(page.getByTestId("attachment-error")).toContainText('"notes.txt" was not attached: a GUI-agent step sends one screenshot (an image).');
  await expect(page.getByTestId("text-file-chip")).toHaveCount(0);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await page.getByTestId("send-button").click();
  await expect(page.getByTestId("agent-step")).toHaveCount(1);
  // shapes.png is 1000 x 600; gui-settings.png 1280 x 800.
  expect(size((await stepRequest(marker, 1)).at(-1)!)).toEqual({ width: 1000, height: 600 });
});

/** Sends a step whose request the route holds or refuses; the step's card is there, its answer never comes. */
async function sendStep(page: Page) {
  await attachInput(page).setInputFiles(screenshot);
  await expect(page.getByTestId("send-button")).toBeEnabled();
  await page.getByTestId("send-button").click();
}

/**
 * A step that did not finish: the panel offers it again (same number, same screenshot), not a
 * capture for the next one, and the composer refuses a next screenshot meanwhile.
 */
async function expectStepToRetry(page: Page, panel: Locator, n: number) {
  await expect(panel).toHaveAttribute("data-state", "unfinished");
  await expect(panel.getByTestId("agent-status")).toHaveText(`Step ${n} did not finish, so the model has not seen it. Retry it: the same screenshot goes again as step ${n}.`);
  await expect(panel.getByTestId("agent-capture-button")).toHaveCount(0);
  await expect(panel.getByTestId("agent-retry-step")).toHaveText(`Retry step ${n}`);
  await attachInput(page).setInputFiles(screenshot);
  await expect(page.getByTestId("agent-hint")).toHaveText("The last step did not finish: retry it in the panel above before sending the next screenshot.");
  await expect(page.getByTestId("send-button")).toBeDisabled();
  await page.getByTestId("attachment-remove").click();
}

/** Retry the unfinished step `n`: it is answered as step `n`, with `n - 1` steps of history, and the next capture is `n + 1`. */
async function retryStep(page: Page, panel: Locator, marker: string, n: number) {
  await panel.getByTestId("agent-retry-step").click();
  await expect(panel).toHaveAttribute("data-state", "waiting");
  await expect(page.getByTestId("agent-step")).toHaveCount(n);
  await expect(page.getByTestId("agent-step").nth(n - 1)).toHaveAttribute("data-action", "type");
  await expect(panel.getByTestId("agent-capture-button")).toHaveText(`Capture screen for step ${n + 1}`);
  const sent = texts(await stepRequest(marker, n));
  expect(sent).toContain(`step ${n - 1}: Screenshot:`);
  expect(sent).not.toContain(`step ${n}: Screenshot:`);
}

test("a refused step is retried as that step: no capture for the next one, and the numbers match what the model is sent", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  const panel = await startSession(page, `Save the settings as Ada ${marker}`);
  await step(page, 1);
  await page.route("**/api/chat", (route) => route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "internal", message: "boom" } }) }));
  await sendStep(page);
  await expect(page.getByTestId("message-assistant").last()).toHaveAttribute("data-status", "error");
  await expect(page.getByTestId("agent-step").nth(1).getByTestId("agent-step-action")).toHaveText("The request failed");
  await expectStepToRetry(page, panel, 2);
  await page.unroute("**/api/chat");
  await retryStep(page, panel, marker, 2);
});

test("a step cut by a reload before anything arrived offers Retry only, as that step", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  const panel = await startSession(page, `Save the settings as Ada ${marker}`);
  await step(page, 1);
  // The request is held unanswered: nothing of the answer arrives before the reload.
  await page.route("**/api/chat", () => {});
  await sendStep(page);
  await expect(page.getByTestId("message-assistant").last()).toHaveAttribute("data-status", "streaming");
  await expect.poll(async () => (await readStore(page, "messages")).filter((m) => m.role === "assistant").length).toBe(2);
  await chat.reload();
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const answer = page.getByTestId("message-assistant").last();
  await expect(answer).toHaveAttribute("data-status", "interrupted");
  // Nothing arrived: nothing is "kept" and there is nothing to continue.
  await expect(answer.getByTestId("interrupted-badge")).toContainText("This answer stopped before any of it arrived. Retry asks again.");
  await expect(answer.getByTestId("continue-button")).toHaveCount(0);
  await expect(answer.getByTestId("retry-button")).toBeVisible();
  await expect(page.getByTestId("agent-step").nth(1).getByTestId("agent-step-action")).toHaveText("Stopped before the answer was complete");
  await expectStepToRetry(page, panel, 2);
  await retryStep(page, panel, marker, 2);
});

test("a text-only model is named up front in the agent panel, with a switch to a vision model", async ({ chat, page }) => {
  await chat.goto();
  await chat.pickModel("glm-4.6");
  const marker = uniqueMarker();
  const panel = await startSession(page, `Save it ${marker}`);
  const warning = panel.getByTestId("agent-model-warning");
  await expect(warning).toContainText("GLM-4.6 reads text only");
  await warning.getByTestId("agent-use-vision-model").click();
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.5v");
  await expect(warning).toHaveCount(0);
  // The step now goes through with its screenshot.
  await step(page, 1);
  expect((await stepRequest(marker, 1)).some((p) => p.type === "image_url")).toBe(true);
});

/** A session started from the phone's More menu (the header has no room for its own button). */
async function startOnPhone(chat: { goto: () => Promise<void> }, page: Page) {
  await chat.goto();
  const marker = uniqueMarker();
  await page.getByTestId("more-button").click();
  await page.getByTestId("more-agent-start").click();
  const panel = page.getByTestId("agent-panel");
  await panel.getByTestId("agent-task-input").fill(`Save the settings with the name Ada ${marker}`);
  return { panel, marker };
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the task and the newest step sit whole in the panel, with no nested scrolling", async ({ chat, page }) => {
    const { panel } = await startOnPhone(chat, page);
    await step(page, 1);
    await step(page, 2);
    const latest = panel.getByTestId("agent-step-latest");
    await expect(latest).toHaveAttribute("data-step", "2");
    await expect(latest.getByTestId("agent-step-action")).toHaveText(/^Type/);
    // Each whole inside the panel and the screen (a 180 px scroller had cut the cards in half and scrolled the task away).
    const inside = async (l: Locator) => {
      const [box, panelBox] = [(await l.boundingBox())!, (await panel.boundingBox())!];
      expect(box.y).toBeGreaterThanOrEqual(Math.max(panelBox.y, 0));
      expect(box.y + box.height).toBeLessThanOrEqual(Math.min(panelBox.y + panelBox.height, 844));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    };
    for (const control of [panel.getByTestId("agent-task-input"), panel.getByTestId("agent-end-button"), panel.getByTestId("agent-capture-button"), latest, latest.getByTestId("agent-redo")]) {
      await expect(control).toBeVisible();
      await inside(control);
    }
    expect(await panel.evaluate((p) => [p, ...p.querySelectorAll("*")].filter((e) => e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY)).length)).toBe(0);
    // The conversation keeps its room below, each step's screenshot with its boxes there.
    await expect.poll(() => height(page.getByTestId("message-list"))).toBeGreaterThanOrEqual(844 / 4);
    await expect(page.getByTestId("message-assistant").last().getByTestId("overlay-toggle")).toBeAttached();
  });

  test("the agent panel leaves the conversation room and folds to one line, which it stays", async ({ chat, page }) => {
    const { panel, marker } = await startOnPhone(chat, page);
    await step(page, 1);
    const list = page.getByTestId("message-list");
    // With every card in the panel, the panel and the composer filled the screen and the message list was 0 px tall.
    await expect.poll(() => height(list)).toBeGreaterThanOrEqual(844 / 4);
    await expect(panel.getByTestId("agent-step-latest")).toBeVisible();

    const toggle = panel.getByTestId("agent-panel-toggle");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(panel.getByTestId("agent-summary")).toHaveText(`Save the settings with the name Ada ${marker} · 1 step · Your turn`);
    await expect(panel.getByTestId("agent-step-latest")).toBeHidden();
    await expect.poll(() => height(panel)).toBeLessThanOrEqual(48);

    // Folded, steps go on and the summary follows; the choice outlives a reload.
    await step(page, 2);
    await expect(panel.getByTestId("agent-summary")).toContainText("· 2 steps ·");
    await chat.reload();
    await expect(panel.getByTestId("agent-panel-toggle")).toHaveAttribute("aria-expanded", "false");
    await expect(panel.getByTestId("agent-step-latest")).toBeHidden();
    await panel.getByTestId("agent-panel-toggle").click();
    await expect(panel.getByTestId("agent-step-latest")).toHaveAttribute("data-step", "2");
    await expect(panel.getByTestId("agent-summary")).toHaveCount(0);
  });
});
