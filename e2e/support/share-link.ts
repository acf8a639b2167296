import { expect, type Browser, type Page } from "@playwright/test";

/** Shares the open conversation (with the dialog's defaults unless told) and returns the new link. */
export async function createShareLink(page: Page, { reasoning }: { reasoning?: boolean } = {}): Promise<string> {
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  if (reasoning !== undefined) await dialog.getByTestId("share-include-reasoning").setChecked(reasoning);
  await dialog.getByTestId("share-create-button").click();
  await expect(dialog.getByTestId("share-link")).toHaveValue(/\/s\/[A-Za-z0-9_-]{16,}$/);
  return dialog.getByTestId("share-link").inputValue();
}

/** Opens a shared link as a stranger without JavaScript (what the server render alone shows). */
export async function openAsVisitor(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}
