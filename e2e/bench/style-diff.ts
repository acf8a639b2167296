/**
 * Diagnostic, not part of `npm run bench`: does a change leave the UI looking the same? Opens each
 * state below in two running builds (A = before, B = after), diffs 28 computed-style properties of
 * every element and compares the screenshots byte for byte (PNGs written to OUT for a look).
 * Used when the kit's looks moved into component classes (docs/decisions/ui-kit.md).
 *
 *   A=http://localhost:5101 B=http://localhost:5130 [ONLY=home,settings] npx tsx e2e/bench/style-diff.ts
 *
 * Both builds in demo mode (no key). Expect differences only where text depends on the clock,
 * the storage figure in Settings, or a share's random id. The style diff decides: a build's
 * screenshots against its own now and then differ by a level of anti-aliasing in a few rows (A=B
 * shows it), so a differing screenshot with no style difference is for a look at the PNGs.
 */
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { launchChromium } from "./harness";

const A = process.env.A ?? "http://localhost:5101";
const B = process.env.B ?? "http://localhost:5130";
const OUT = process.env.OUT ?? "/tmp";
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const PROPS = ["display", "flex-shrink", "justify-content", "align-items", "gap", "border-radius", "font-size", "line-height", "font-weight", "color", "background-color", "border-color", "border-width", "border-style", "padding", "margin", "width", "height", "opacity", "cursor", "text-decoration-line", "box-shadow", "outline-style", "text-align", "transition-property", "position", "transform", "overflow"];

/** One line per element: its path, test id and computed properties (a string: tsx's helpers do not exist in the page). */
const snapshot = (page: Page) =>
  page.evaluate(`(() => { const props = ${JSON.stringify(PROPS)}; const out = [];
    function walk(el, path) { const cs = getComputedStyle(el); const id = el.getAttribute("data-testid");
      out.push(path + (id ? "#" + id : "") + " " + props.map((p) => p + "=" + cs.getPropertyValue(p)).join(";"));
      [...el.children].forEach((c, i) => walk(c, path + "/" + c.tagName.toLowerCase() + "[" + i + "]")); }
    walk(document.body, "body"); return out; })()`) as Promise<string[]>;

const answered = async (p: Page) => {
  await p.getByTestId("message-assistant").last().waitFor();
  await p.getByTestId("stop-button").waitFor({ state: "detached" });
};
const send = async (p: Page, text: string) => {
  await p.getByTestId("composer").fill(text);
  await p.keyboard.press("Enter");
  await answered(p);
};
const attach = async (p: Page, files: string[]) => {
  await p.locator("input[type=file]").first().setInputFiles(files.map((f) => FIXTURES + f));
  await p.getByTestId("attachment-thumb").first().waitFor();
};

interface State { name: string; viewport?: { width: number; height: number }; scheme?: "light" | "dark"; act?: (p: Page) => Promise<void> }
const PHONE = { width: 390, height: 844 };
const STATES: State[] = [
  { name: "home" },
  { name: "home-dark", scheme: "dark" },
  { name: "home-phone", viewport: PHONE },
  { name: "hover-new-chat", act: (p) => p.getByTestId("new-chat-button").hover() },
  { name: "settings", act: async (p) => { await p.getByTestId("settings-button").click(); await p.getByRole("dialog").waitFor(); } },
  { name: "tools-menu", act: async (p) => { await p.getByTestId("composer-tools").click(); await p.getByTestId("composer-tools-menu").waitFor(); } },
  { name: "model-picker", act: async (p) => { await p.getByTestId("model-picker").click(); await p.getByRole("listbox").waitFor(); } },
  { name: "answer", act: (p) => send(p, "Show me a table and some python code") },
  { name: "answer-dark", scheme: "dark", act: (p) => send(p, "Show me a table and some python code") },
  { name: "answer-phone", viewport: PHONE, act: (p) => send(p, "Show me a table and some python code") },
  { name: "sample-boxes", act: async (p) => { await p.getByTestId("starter-card").first().click(); await answered(p); } },
  { name: "draft-tray", act: (p) => attach(p, ["shapes.png", "report-3pages.pdf", "clip.mp4"]) },
  { name: "error-card", act: (p) => send(p, "Hi [[scenario:error-500]]") },
  { name: "more-menu-phone", viewport: PHONE, act: async (p) => { await p.getByTestId("more-button").click(); await p.getByTestId("more-menu").waitFor(); } },
];

const only = process.env.ONLY?.split(",");
const browser = await launchChromium();
let differing = 0;
for (const state of STATES.filter((s) => !only || only.includes(s.name))) {
  const seen: { lines: string[]; shot: Buffer }[] = [];
  for (const [side, url] of [["a", A], ["b", B]] as const) {
    const context = await browser.newContext({ viewport: state.viewport ?? { width: 1280, height: 900 }, colorScheme: state.scheme ?? "light", reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('form[data-hydrated="true"]').waitFor();
    await state.act?.(page);
    const shot = await page.screenshot({ mask: [page.getByTestId("conversation-time")] });
    writeFileSync(`${OUT}/style-diff-${state.name}-${side}.png`, shot);
    seen.push({ lines: await snapshot(page), shot });
    await context.close();
  }
  const [a, b] = seen;
  const diffs = a.lines.length === b.lines.length ? [] : [`element count ${a.lines.length} vs ${b.lines.length}`];
  for (let i = 0; i < Math.min(a.lines.length, b.lines.length); i++) {
    if (a.lines[i] === b.lines[i]) continue;
    const [path, ...before] = a.lines[i].split(" ");
    const after = b.lines[i].split(" ").slice(1).join(" ").split(";");
    diffs.push(`${path}: ${before.join(" ").split(";").flatMap((x, j) => (x === after[j] ? [] : [`${x} -> ${after[j]}`])).join(", ")}`);
  }
  const same = a.shot.equals(b.shot);
  console.log(`${state.name}: screenshot ${same ? "identical" : "DIFFERS"}, ${diffs.length} style differences`);
  for (const d of diffs.slice(0, 15)) console.log(`   ${d.slice(0, 400)}`);
  if (!same || diffs.length) differing++;
}
await browser.close();
console.log(differing ? `${differing} states differ (look at the PNGs where only the screenshot does)` : "all states identical");
