import { expect, test } from "@playwright/test";
import { APPS } from "./support/ports";
import { sampleShare, shareApi } from "./support/share";

test.use({ viewport: { width: 1440, height: 900 } });

test("the shared page keeps every image's proportions on a wide screen", async ({ page }) => {
  const { id } = await shareApi(APPS.zai.url).createOk(sampleShare("Proportions"));
  await page.goto(`${APPS.zai.url}/s/${id}`);
  const images = page.getByTestId("shared-messages").locator("img");
  await expect(images.first()).toBeVisible();
  await expect.poll(() => images.evaluateAll((all) => all.every((i) => (i as HTMLImageElement).complete))).toBe(true);
  const ratios = await images.evaluateAll((all) =>
    all.map((el) => {
      const img = el as HTMLImageElement;
      const box = img.getBoundingClientRect();
      return { shown: box.width / box.height, natural: img.naturalWidth / img.naturalHeight };
    }),
  );
  expect(ratios.length).toBeGreaterThan(0);
  for (const { shown, natural } of ratios) expect(Math.abs(shown / natural - 1)).toBeLessThan(0.01);
});

test("an unknown or revoked link says so in plain words, with a 404 status", async ({ page }) => {
  const api = shareApi(APPS.zai.url);
  const { id, deleteToken } = await api.createOk(sampleShare("Soon revoked"));
  expect((await api.remove(id, deleteToken)).status).toBe(204);
  for (const path of [`/s/${id}`, "/s/AAAAAAAAAAAAAAAAAAAAAA"]) {
    const response = await page.goto(`${APPS.zai.url}${path}`);
    expect(response!.status()).toBe(404);
    await expect(page.getByTestId("share-not-found")).toContainText("This link was revoked or has expired");
    await expect(page.getByTestId("share-not-found").getByRole("link")).toHaveAttribute("href", "/");
  }
});

test("an unknown link's page follows a dark system theme, and the theme picked in the app", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`${APPS.zai.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
  await expect(page.getByTestId("share-not-found")).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(11, 11, 15)");
  // Light picked in the app's header wins over the system's dark.
  await page.evaluate(() => localStorage.setItem("glm-chat:theme", "light"));
  await page.reload();
  await expect(page.getByTestId("share-not-found")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await context.close();
});

test("an answer too long to format in full keeps its code blocks and loses its markup", async ({ page }) => {
  const prose = "The **loop** below counts. ".repeat(400);
  const code = "for i in range(3):\n    print(i)";
  const body = sampleShare("Long answer");
  body.messages[1] = { ...body.messages[1], content: `${prose}\n\n\`\`\`python\n${code}\n\`\`\`\n\nThat is **all**.` };
  const { id } = await shareApi(APPS.zai.url).createOk(body);
  await page.goto(`${APPS.zai.url}/s/${id}`);
  const answer = page.getByTestId("shared-message").filter({ has: page.getByTestId("shared-plain-note") });
  await expect(answer).toHaveCount(1);
  const block = answer.getByTestId("shared-light-code");
  await expect(block.getByTestId("code-language")).toHaveText("python");
  await expect(block.locator("code")).toHaveText(code);
  const content = answer.getByTestId("shared-message-content");
  await expect(content).toContainText("That is all.");
  expect(await content.innerText()).not.toMatch(/```|\*\*/);
});

test("a question sent with a text file shows the file by name, not its quoted contents", async ({ page }) => {
  const body = sampleShare("With a file");
  body.messages[0] = { ...body.messages[0], content: "File: data.csv\n```csv\na,b\n1,2\n```\n\nSum the columns" };
  const { id } = await shareApi(APPS.zai.url).createOk(body);
  await page.goto(`${APPS.zai.url}/s/${id}`);
  const question = page.getByTestId("shared-message").first();
  await expect(question.getByTestId("user-text-file")).toHaveText(/data\.csv\s*2 lines/);
  await expect(question.getByTestId("shared-message-content")).toHaveText("Sum the columns");
  await expect(question).not.toContainText("```");
  await question.getByTestId("user-text-file").click();
  await expect(question.getByTestId("user-text-file-content")).toHaveText("a,b\n1,2");
});

test("an answer's headings sit under its message's heading, below the page's one h1", async ({ page }) => {
  const body = sampleShare("Headed answer");
  body.messages[1] = { ...body.messages[1], content: "# Big title\n\nSome text.\n\n## Smaller\n\nMore text." };
  const { id } = await shareApi(APPS.zai.url).createOk(body);
  await page.goto(`${APPS.zai.url}/s/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Headed answer");
  const answer = page.getByRole("article", { name: "Assistant" });
  await expect(answer.getByRole("heading", { level: 2 })).toHaveText("Assistant");
  await expect(answer.getByRole("heading", { level: 3 })).toHaveText("Big title");
  await expect(answer.getByRole("heading", { level: 4 })).toHaveText("Smaller");
});
