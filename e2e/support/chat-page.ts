import { expect, test as base, type Locator, type Page } from "@playwright/test";

/** Page object for the chat screen: tests speak in user actions, not selectors. */
export class ChatPage {
  readonly composer: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;

  constructor(readonly page: Page) {
    this.composer = page.getByTestId("composer");
    this.sendButton = page.getByTestId("send-button");
    this.stopButton = page.getByTestId("stop-button");
  }

  async goto(baseUrl?: string) {
    await this.page.goto(baseUrl ? `${baseUrl}/` : "/");
    await expect(this.composer).toBeVisible();
    await expect(this.page.locator("form[data-hydrated]")).toBeVisible();
  }

  async send(text: string) {
    await this.composer.fill(text);
    await this.composer.press("Enter");
  }

  lastAssistant(): Locator {
    return this.page.getByTestId("message-assistant").last();
  }

  async waitForAnswerDone() {
    await expect(this.lastAssistant()).not.toHaveAttribute("data-status", "streaming");
  }
}

export const test = base.extend<{ chat: ChatPage }>({
  chat: async ({ page }, use) => {
    await use(new ChatPage(page));
  },
});

export { expect };
