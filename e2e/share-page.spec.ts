/** The shared page as a visitor sees it: another browser, empty storage, with and without JavaScript. */
import { expect, test, type Page } from "@playwright/test";
import { SHARE_BACKENDS, fixture, sampleShare, shareApi } from "./support/share";

const XSS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(2)</script>",
  "[click me](javascript:alert(3))",
  '<a href="javascript:alert(4)">link</a>',
  '"><svg onload=alert(5)>',
];

/** Fails the test if anything the page runs opens a dialog. */
function forbidDialogs(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
  return seen;
}

for (const backend of SHARE_BACKENDS) {
  test.describe(`shared page (${backend.name})`, () => {
    const base = backend.url;

    test("reads fine with JavaScript disabled: title, date, messages, image, video, continue link", async ({ browser }) => {
      const api = shareApi(base);
      const body = sampleShare("Shapes, read without JS", {
        messages: [
          ...sampleShare().messages,
          { role: "user", content: "And this clip?", createdAt: Date.UTC(2025, 2, 14, 9, 31), attachments: [{ asset: 1, name: "clip.mp4" }] },
        ],
        assets: [...sampleShare().assets!, { mimeType: "video/mp4", data: fixture("clip.mp4").toString("base64") }],
      });
      const { id } = await api.createOk(body);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const res = await page.goto(`${base}/s/${id}`);
      expect(res!.status()).toBe(200);
      expect(res!.headers()["cache-control"]).toContain("no-store");
      await expect(page.getByTestId("shared-title")).toHaveText("Shapes, read without JS");
      await expect(page.getByTestId("shared-date")).toHaveText("14 March 2025");
      const messages = page.getByTestId("shared-message");
      await expect(messages).toHaveCount(3);
      await expect(messages.nth(0)).toHaveAttribute("data-role", "user");
      await expect(messages.nth(1).getByTestId("shared-message-content").locator("p")).toHaveText([
        "The red circle is on the left.",
        "It spans x 100 to 300.",
      ]);
      const image = page.getByTestId("shared-image");
      await expect(image).toHaveAttribute("src", `/s/${id}/assets/0`);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1000);
      await expect(page.getByTestId("shared-video")).toHaveAttribute("src", `/s/${id}/assets/1`);
      // Reasoning was not chosen: it is nowhere on the page.
      await expect(page.getByTestId("shared-reasoning")).toHaveCount(0);
      expect(await page.content()).not.toContain("I look for a red round shape");
      await expect(page.getByTestId("continue-shared-chat")).toHaveAttribute("href", `/?import=${id}`);
      await context.close();
    });

    test("shows reasoning only when the sharer chose it", async ({ browser }) => {
      const { id } = await shareApi(base).createOk(sampleShare("With thoughts", { includeReasoning: true }));
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/s/${id}`);
      const reasoning = page.getByTestId("shared-reasoning");
      await expect(reasoning).toHaveCount(1);
      await expect(reasoning.locator("summary")).toHaveText("Thought for 3 s");
      await context.close();
    });

    test("link previews: Open Graph and Twitter tags with title, first lines and the first image", async ({ browser }) => {
      const { id } = await shareApi(base).createOk(sampleShare("Preview me"));
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${base}/s/${id}`);
      const meta = (sel: string) => page.locator(`meta[${sel}]`).getAttribute("content");
      expect(await meta('property="og:title"')).toBe("Preview me");
      expect(await meta('property="og:description"')).toBe("Where is the red circle?");
      expect(await meta('property="og:image"')).toBe(`${base}/s/${id}/assets/0`);
      expect(await meta('name="twitter:card"')).toBe("summary_large_image");
      expect(await meta('name="twitter:title"')).toBe("Preview me");
      expect(await meta('name="robots"')).toContain("noindex");
      await expect(page).toHaveTitle("Preview me · GLM Chat");
      await context.close();
    });

    for (const javaScriptEnabled of [true, false]) {
      test(`escapes every XSS payload in messages and title (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
        const body = sampleShare(`<script>alert("title")</script>`, {
          messages: XSS.map((content, i) => ({ role: i % 2 ? "assistant" : "user", content, reasoning: content, createdAt: i + 1 })),
          assets: [],
          includeReasoning: true,
        });
        const { id } = await shareApi(base).createOk(body);
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const dialogs = forbidDialogs(page);
        await page.goto(`${base}/s/${id}`);
        await expect(page.getByTestId("shared-title")).toHaveText(`<script>alert("title")</script>`);
        const contents = page.getByTestId("shared-message-content");
        await expect(contents).toHaveText(XSS);
        expect(await page.locator('img[src="x"], [onerror], [onload], svg').count()).toBe(0);
        expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
        // The payloads travel only as escaped data: never as markup in the HTML.
        const html = await (await fetch(`${base}/s/${id}`)).text();
        for (const raw of ["<script>alert", "<img src=x", "<svg onload", 'href="javascript:']) expect(html).not.toContain(raw);
        expect(dialogs).toEqual([]);
        await context.close();
      });
    }

    test("a revoked link is 404 in the browser at once", async ({ browser }) => {
      const api = shareApi(base);
      const { id, deleteToken } = await api.createOk(sampleShare("Soon gone"));
      const context = await browser.newContext();
      const page = await context.newPage();
      expect((await page.goto(`${base}/s/${id}`))!.status()).toBe(200);
      expect((await api.remove(id, deleteToken)).status).toBe(204);
      expect((await page.reload())!.status()).toBe(404);
      await context.close();
    });
  });
}
