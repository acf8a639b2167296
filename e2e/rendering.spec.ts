import type { Page } from "@playwright/test";
import { codeLines } from "../lib/demo/rich-answers";
import { attachInput, expect, test } from "./support/chat-page";
import { textHistory } from "./support/text-history";
import { ANSWER, distanceFromBottom, sampleAnswerText } from "./support/render-helpers";
import { openGate, uniqueMarker } from "./support/stand-in-client";

test.describe.configure({ timeout: 180_000 });

const answer = (page: Page) => page.locator(ANSWER).last();

test("markdown renders while streaming and after, and half-written syntax never shows raw", async ({ chat, page }) => {
  await chat.goto();
  const samples = await sampleAnswerText(page);
  // The answer holds after its first ~35 tokens (a stand-in gate), so "mid-stream" below holds
  // however slow the machine is; it then streams on at 60 tokens a second.
  const gate = `g${uniqueMarker()}`;
  await chat.send(`[[scenario:markdown-rich]] [[tps:60]] [[gate:${gate}@40]] ${uniqueMarker()}`);
  // Mid-stream: the first constructs are already rendered as elements.
  // Headings sit under the message's own (an h2 naming who speaks) below the page's one h1: # is an h3.
  await expect(answer(page).locator("h3")).toHaveText("Heading one");
  await expect(answer(page).locator("strong").first()).toBeVisible();
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await openGate(gate);
  await chat.waitForAnswerDone();
  const seen = await samples();
  // Sampled once a frame: a loaded machine gives fewer frames (13 at a load of 35 on 2 cores), so
  // this asks only that the answer was seen part-way several times, not how often.
  expect(seen.length).toBeGreaterThan(5);
  for (const text of seen) {
    expect(text).not.toContain("**");
    expect(text).not.toContain("```");
    expect(text).not.toContain("~~");
    expect(text).not.toContain("$$");
    expect(text).not.toMatch(/<\||\|>|begin_of|end_of_b/);
    expect(text).not.toContain("](");
  }

  const md = answer(page);
  await expect(md.locator("h4").first()).toHaveText("Heading two");
  await expect(md.locator("h5")).toHaveText("Heading three");
  await expect(md.locator("h1, h2")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  // They keep the size of the level written.
  const size = (level: string) => md.locator(level).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size("h3")).toBeGreaterThan(await size("h4"));
  await expect(md.locator("ul ol > li")).toHaveCount(2);
  await expect(md.locator('input[type="checkbox"]')).toHaveCount(2);
  await expect(md.locator('input[type="checkbox"]').first()).toBeChecked();
  // Display-only boxes are drawn in the theme's colours, not the browser's faint disabled grey.
  await expect(md.locator('input[type="checkbox"]:checked').first()).toHaveCSS("background-color", "rgb(37, 99, 235)");
  // A list mixing plain and task items keeps the plain items' bullets.
  await expect(md.locator("ul.contains-task-list > li:not(.task-list-item)").first()).toHaveCSS("list-style-type", "disc");
  await expect(md.locator("li.task-list-item").first()).toHaveCSS("list-style-type", "none");
  await expect(md.locator("table th")).toHaveText(["Language", "Typing", "Year"]);
  await expect(md.locator("table tbody tr")).toHaveCount(2);
  await expect(md.locator("blockquote em")).toHaveText("emphasis");
  const link = md.locator('a[href="https://example.com/docs"]');
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
  await expect(md.locator("code.md-inline-code").first()).toHaveText("inline code");
  await expect(md.locator("del")).toHaveText("struck");
  await expect(md.locator("sup a")).toHaveCount(1);
  await expect(md.locator("section.footnotes")).toContainText("The footnote text.");
  await expect(md.getByTestId("message-answer-box")).toContainText("42 apples");
  await expect(md.getByTestId("message-answer-box").locator("strong")).toHaveText("42");
  await expect(md).not.toContainText("begin_of_box");
});

test("code blocks: shiki highlighting, language label, copy code only, long lines scroll, unknown languages plain", async ({ chat, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  await chat.send(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const blocks = answer(page).getByTestId("code-block");
  await expect(blocks).toHaveCount(5);
  await expect(blocks.getByTestId("code-language")).toHaveText(["python", "rust", "ts", "<img", "notalanguage"]);
  await expect(blocks.nth(0)).toHaveAttribute("data-language", "python");

  for (const i of [0, 1, 2]) {
    const code = blocks.nth(i).locator("code");
    await expect(code).toHaveAttribute("data-highlighted", "true");
    // shiki tokens carry their colours inline (light colour plus the dark theme variable); waited
    // for, not counted once: the flag and the tokens can land in different frames under load.
    await expect(code.locator("span[style*='color']").nth(3)).toBeAttached();
  }
  const keyword = blocks.nth(0).locator("span[style]", { hasText: /^def$/ });
  await expect(keyword).toHaveCount(1);

  // Hostile and unknown language names fall back to plain text.
  for (const i of [3, 4]) {
    await expect(blocks.nth(i)).toHaveAttribute("data-language", "text");
    await expect(blocks.nth(i).locator("code")).toHaveAttribute("data-highlighted", "false");
    await expect(blocks.nth(i).locator("code span[style]")).toHaveCount(0);
  }
  await expect(page.locator(".md img")).toHaveCount(0);

  const copy = blocks.nth(0).getByTestId("copy-code-button");
  const shown = await textHistory(copy);
  await copy.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("def greet");
  expect(await shown()).toContainEqual(expect.stringContaining("Copied"));
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe('def greet(name: str) -> str:\n    return f"Hello, {name}!"');

  // The 80-column line scrolls inside its block; the page itself never scrolls sideways.
  const pre = blocks.nth(2).locator("pre");
  const { scrollWidth, clientWidth } = await pre.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // Edge shadows that stay put under covers that scroll with the text: the hint that it scrolls.
  await expect(pre).toHaveCSS("background-attachment", "local, local, scroll, scroll");
});

test("KaTeX renders all four math delimiters", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const md = answer(page);
  await expect(md.locator(".katex")).toHaveCount(4);
  await expect(md.locator(".katex-display")).toHaveCount(2);
  await expect(md.locator("[data-math-error]")).toHaveCount(0);
  const text = (await md.textContent()) ?? "";
  expect(text).not.toMatch(/\\\(|\\\[|\$\$/);
});

test("copying the message gives clean text without answer tokens", async ({ chat, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  await chat.send(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const button = chat.lastAssistant().getByTestId("copy-message-button");
  await button.click();
  // The clipboard is what counts; "Copied" shows for 1.5 s, which a stalled test process can miss.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("The result is **42** apples in total.");
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).not.toMatch(/<\||\|>|begin_of|end_of/);
});

test("html blocks preview in a sandboxed frame that runs scripts but reaches no network", async ({ chat, page }) => {
  const seen: string[] = [];
  page.on("request", (r) => seen.push(r.url()));
  // A request that reaches the network layer (past CSP) is routed here; none from the frames may.
  const reached: string[] = [];
  await page.route(/from-(preview|raw)/, (route) => {
    reached.push(route.request().url());
    return route.abort();
  });
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await chat.goto();
  await chat.send(`[[scenario:html-page]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const blocks = answer(page).getByTestId("code-block");
  await expect(blocks).toHaveCount(2);
  await expect(blocks.getByTestId("html-preview-button")).toHaveCount(2);
  // The unfenced document was wrapped: it shows as code, never as live markup.
  await expect(blocks.nth(1).locator("code")).toContainText("<p>raw page</p>");

  await blocks.nth(0).getByTestId("html-preview-button").click();
  const frame = blocks.nth(0).getByTestId("html-preview-frame");
  // Scripts stay off until asked.
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(blocks.nth(0).frameLocator('[data-testid="html-preview-frame"]').locator("#status")).toHaveText("script not run");
  await blocks.nth(0).getByTestId("html-preview-run-scripts").check();
  await expect(frame).toHaveAttribute("sandbox", "allow-scripts");
  expect(await frame.getAttribute("sandbox")).not.toContain("allow-same-origin");
  const inner = blocks.nth(0).frameLocator('[data-testid="html-preview-frame"]');
  await expect(inner.locator("#status")).toHaveText("script ran");
  await expect(inner.locator("body")).toHaveAttribute("data-parent", "isolated");
  await expect(inner.locator("body")).toHaveAttribute("data-net", "blocked");
  expect(await page.title()).not.toBe("escaped");

  await blocks.nth(1).getByTestId("html-preview-button").click();
  const raw = blocks.nth(1).frameLocator('[data-testid="html-preview-frame"]');
  await expect(raw.locator("p")).toHaveText("raw page");
  await expect(blocks.nth(1).getByTestId("html-preview-button")).toHaveText("Code");

  // Give any request the frames might have started a chance to show up, then check none did.
  await page.evaluate(() => fetch("/api/health?probe=1"));
  await expect.poll(() => seen.some((u) => u.includes("probe=1"))).toBe(true);
  expect(reached).toEqual([]);
  // Chromium may report an attempt that its CSP check then refused; such an attempt never left.
  for (const url of seen.filter((u) => /from-(preview|raw)/.test(u))) expect(failed).toContain(`${url} csp`);
});

test("the reasoning panel renders markdown, is height-capped and follows the stream unless scrolled up", async ({ chat, page }) => {
  await chat.goto();
  // The reasoning holds twice midway (stand-in gates, after ~40 and ~70 of its 100 steps), so each
  // check below happens while it streams, however slow the machine is.
  const [first, second] = [`a${uniqueMarker()}`, `b${uniqueMarker()}`];
  await chat.send(`[[scenario:markdown-reasoning]] [[tps:1000]] [[gate:${first}@450]] [[gate:${second}@700]] ${uniqueMarker()}`);
  const panel = chat.lastAssistant().getByTestId("message-reasoning");
  const scroller = '[data-testid="message-reasoning"] .overflow-y-auto';
  await expect(panel.locator("h4")).toHaveText("Plan");
  await expect(panel.locator("strong").first()).toHaveText("three");
  await expect(panel.locator("ol > li").first()).toBeVisible();
  // Overflowing, capped, and pinned to the bottom as it grows.
  await expect.poll(() => page.evaluate((s) => {
    const el = document.querySelector(s)!;
    return el.scrollHeight > el.clientHeight + 100;
  }, scroller)).toBe(true);
  const height = await page.locator(scroller).evaluate((el) => el.clientHeight);
  expect(height).toBeLessThanOrEqual(300);
  // Polled: the follow lands in the frame after each growth, which a busy machine can delay.
  await expect.poll(() => distanceFromBottom(page, scroller)).toBeLessThan(30);

  await page.locator(scroller).hover();
  await page.mouse.wheel(0, -150);
  await expect.poll(() => distanceFromBottom(page, scroller)).toBeGreaterThan(100);
  const top = await page.locator(scroller).evaluate((el) => el.scrollTop);
  const grownFrom = await page.locator(scroller).evaluate((el) => el.scrollHeight);
  await openGate(first);
  await expect.poll(() => page.locator(scroller).evaluate((el) => el.scrollHeight)).toBeGreaterThan(grownFrom + 60);
  expect(Math.abs((await page.locator(scroller).evaluate((el) => el.scrollTop)) - top)).toBeLessThan(5);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await openGate(second);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done", { timeout: 40_000 });
  await expect(panel.getByTestId("reasoning-toggle")).toHaveAttribute("aria-expanded", "false");
  await panel.getByTestId("reasoning-toggle").click();
  await expect(panel.locator("ol > li")).toHaveCount(100);
  await expect(panel).not.toContainText("**");
});

test("the message list follows the stream; jump-to-latest appears after scrolling up and works", async ({ chat, page }) => {
  await chat.goto();
  // The answer holds twice midway (stand-in gates), so every step below happens while it streams,
  // however slow the machine is.
  const [first, second] = [`a${uniqueMarker()}`, `b${uniqueMarker()}`];
  await chat.send(`[[scenario:long-markdown]] [[tps:4000]] [[gate:${first}@8000]] [[gate:${second}@14000]] ${uniqueMarker()}`);
  const list = '[data-testid="message-list"]';
  await expect(answer(page).getByTestId("code-block").first()).toBeVisible();
  await expect.poll(() => page.evaluate((s) => document.querySelector(s)!.scrollHeight, list)).toBeGreaterThan(3000);
  // Growth and following happen in different frames: sample until a frame shows it pinned.
  await expect.poll(() => distanceFromBottom(page, list)).toBeLessThan(60);
  await expect(page.getByTestId("jump-to-latest")).toHaveCount(0);

  await page.locator(list).hover();
  await page.mouse.wheel(0, -800);
  await expect(page.getByTestId("jump-to-latest")).toBeVisible();
  // What the reader sees must stay put while the answer grows below. Not scrollTop: blocks above
  // the view may still change height (a code block highlighted late on a busy machine), and the
  // browser's scroll anchoring then moves scrollTop to keep the view where it is. So: the block
  // in the middle of the view, once the wheel's scroll has settled, keeps its place on screen.
  await page.locator(list).evaluate(
    (el) =>
      new Promise<void>((settled) => {
        let last = -1;
        let still = 0;
        const frame = () => {
          still = el.scrollTop === last ? still + 1 : 0;
          last = el.scrollTop;
          if (still >= 3) settled();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  const anchorTop = () =>
    page.locator(list).evaluate((el) => {
      const box = el.getBoundingClientRect();
      const w = window as unknown as { __anchor?: Element };
      // A whole block (a code block keeps its element when highlighted; its lines do not).
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      w.__anchor ??= hit?.closest('[data-testid="code-block"], p, li, h1, h2, h3, h4, blockquote, table') ?? hit ?? undefined;
      return w.__anchor!.isConnected ? Math.round(w.__anchor!.getBoundingClientRect().top) : Number.NaN;
    });
  const before = await anchorTop();
  const from = await page.locator(list).evaluate((el) => el.scrollHeight);
  await openGate(first);
  await expect.poll(() => page.locator(list).evaluate((el) => el.scrollHeight)).toBeGreaterThan(from + 300);
  expect(Math.abs((await anchorTop()) - before)).toBeLessThan(5);
  expect(await distanceFromBottom(page, list)).toBeGreaterThan(300);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");

  await page.getByTestId("jump-to-latest").click();
  await expect(page.getByTestId("jump-to-latest")).toHaveCount(0);
  await expect.poll(() => distanceFromBottom(page, list)).toBeLessThan(60);
  // Pinned again: it keeps following as the answer grows to its end.
  const again = await page.locator(list).evaluate((el) => el.scrollHeight);
  await openGate(second);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  expect(await page.locator(list).evaluate((el) => el.scrollHeight)).toBeGreaterThan(again + 300);
  await expect.poll(() => distanceFromBottom(page, list)).toBeLessThan(60);
  await expect(answer(page)).toContainText("long markdown end");
  await expect(answer(page).getByTestId("code-block")).toHaveCount(20);
});

test.describe("Jump to latest goes once the conversation no longer reaches below the view", () => {
  const list = '[data-testid="message-list"]';
  const overflows = (page: Page) => page.locator(list).evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  // At the very top, so the shrink below leaves the position where it is: no scroll event says so.
  const readFromTop = async (page: Page) => {
    await page.locator(list).evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(page.getByTestId("jump-to-latest")).toBeVisible();
  };

  test("editing the first question down to one short exchange", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:long-markdown]] ${uniqueMarker()}`);
    await chat.ask(`[[scenario:long-code]] ${uniqueMarker()}`);
    await readFromTop(page);
    await page.getByTestId("message-user").first().getByTestId("edit-message-button").click();
    await page.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await page.getByTestId("edit-save-button").click();
    await chat.waitForAnswerDone();
    await expect(page.getByTestId("message-user")).toHaveCount(1);
    await expect.poll(() => overflows(page)).toBe(false);
    await expect(page.getByTestId("jump-to-latest")).toHaveCount(0);
  });

  test("switching the first question to its short version", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:long-markdown]] ${uniqueMarker()}`);
    const question = page.getByTestId("message-user").first();
    await question.getByTestId("edit-message-button").click();
    await page.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await page.getByTestId("edit-save-button").click();
    await chat.waitForAnswerDone();
    await question.getByTestId("version-prev").click();
    await expect(chat.lastAssistant()).toContainText("long markdown end");
    await readFromTop(page);
    await question.getByTestId("version-next").click();
    await expect(chat.lastAssistant()).not.toContainText("long markdown end");
    await expect.poll(() => overflows(page)).toBe(false);
    await expect(page.getByTestId("jump-to-latest")).toHaveCount(0);
  });
});

test("a growing 200-line code block is highlighted once it completes", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:long-code]] [[tps:1000]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const code = answer(page).getByTestId("code-block").locator("code");
  await expect(code).toHaveAttribute("data-highlighted", "true");
  await expect(code.locator(".md-line")).toHaveCount(200);
  expect(await code.textContent()).toBe(codeLines(200).join("\n"));
});

test("a long table reads as one across render groups: each chunk starts where the one before ends", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:huge-table]] [[chunk:20000]] [[tps:20]] ${uniqueMarker()}`);
  await expect(answer(page)).toContainText("table end", { timeout: 60_000 });
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  const layout = await answer(page).evaluate((md) => {
    const chunks = [...md.querySelectorAll(".md-table-chunk")];
    return {
      // Blocks render in groups of their own (components/markdown/markdown-view.tsx); the chunks
      // that open a group are the ones whose spacing the group could change.
      openingGroup: md.querySelectorAll(".md-group > .md-table-continued:first-child").length,
      gaps: chunks.slice(1).map((c, i) => c.getBoundingClientRect().top - chunks[i].getBoundingClientRect().bottom),
    };
  });
  expect(layout.openingGroup).toBeGreaterThan(0);
  expect(layout.gaps).toHaveLength(5000 / 50 - 1);
  for (const gap of layout.gaps) expect(Math.abs(gap)).toBeLessThan(0.5);
});

test("Arabic or Hebrew reads right to left where it is typed, in the question and in each paragraph of the answer", async ({ chat, page }) => {
  await chat.goto();
  const arabic = "كيف حالك اليوم؟ هذا سؤال.";
  await chat.composer.fill(arabic);
  const direction = (el: Element) => getComputedStyle(el).direction;
  await expect.poll(() => chat.composer.evaluate(direction)).toBe("rtl");
  // An English question in the same box stays left to right.
  await chat.composer.fill("How are you?");
  await expect.poll(() => chat.composer.evaluate(direction)).toBe("ltr");
  await chat.ask(`${arabic} ${uniqueMarker()} [[scenario:no-reasoning]]`);
  const bubble = page.getByTestId("message-user").last().locator("[dir]").first();
  await expect.poll(() => bubble.evaluate(direction)).toBe("rtl");
  // The answer's paragraphs decide their own direction (this one starts in English).
  const paragraph = answer(page).locator("p").first();
  await expect(paragraph).toHaveAttribute("dir", "auto");
  await expect.poll(() => paragraph.evaluate(direction)).toBe("ltr");
});

test("printing a chat puts the whole conversation on paper, in the light theme, without the app around it", async ({ chat, page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await chat.goto();
  await attachInput(page).setInputFiles("e2e/fixtures/shapes.png");
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  const first = `[[scenario:grounding-shapes]] First question ${uniqueMarker()}`;
  await chat.ask(first);
  await expect(page.getByTestId("overlay-toggle")).toBeVisible();
  for (let i = 0; i < 3; i++) await chat.ask(`[[scenario:long-markdown]] [[tps:5000]] ${uniqueMarker()}`);
  // Reopened, a long chat mounts only its newest messages.
  await chat.reload();
  await expect(page.getByTestId("message-assistant").last()).toBeVisible();
  await expect(page.getByTestId("message-user").filter({ hasText: first })).toHaveCount(0);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByTestId("message-user")).toHaveCount(4);
  await expect(page.getByTestId("message-user").first()).toContainText(first);
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await expect(page.getByTestId("print-title")).toBeVisible();
  for (const id of ["sidebar", "composer", "sidebar-toggle", "message-actions", "copy-code-button", "overlay-toggle"]) await expect(page.getByTestId(id).first()).toBeHidden();
  // In page flow, not a scroller the height of the screen: the long answer runs onto more pages.
  const flow = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, screen: innerHeight, list: getComputedStyle(document.querySelector('[data-testid="message-list"]')!).overflowY }));
  expect(flow.list).toBe("visible");
  expect(flow.page).toBeGreaterThan(flow.screen * 2);
  // Long code lines wrap rather than run off the paper.
  expect(await page.getByTestId("code-block").first().locator("code").evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre-wrap");

  await page.emulateMedia({ media: "screen", colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByTestId("composer")).toBeVisible();
});

test("a printed chat keeps each reasoning trace as the screen shows it: opened ones whole, collapsed ones collapsed", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`Opened by the reader ${uniqueMarker()}`);
  await chat.ask(`Left collapsed ${uniqueMarker()}`);
  // A trace longer than the panel's height on screen.
  await chat.ask(`[[scenario:reasoning-length]] ${uniqueMarker()}`);
  const panels = page.getByTestId("message-reasoning");
  await expect(panels).toHaveCount(3);
  await panels.nth(0).getByTestId("reasoning-toggle").click();
  // The third ended with only its trace (no answer text): open without a click.
  const states = ["open", "closed", "open"];
  for (const [i, state] of states.entries()) await expect(panels.nth(i)).toHaveAttribute("data-state", state);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-title")).toBeVisible();
  for (const [i, state] of states.entries()) await expect(panels.nth(i)).toHaveAttribute("data-state", state);
  await expect(panels.nth(0)).toContainText("This is demo mode");
  await expect(panels.nth(1)).not.toContainText("This is demo mode");
  // The whole trace is on paper, not a box cut at a screen's height with a scrollbar nobody can use.
  const body = panels.nth(2).getByTestId("reasoning-content");
  await expect(body).toContainText("I keep considering the problem");
  await expect.poll(() => body.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
});
