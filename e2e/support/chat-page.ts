import { expect, test as base, type Locator, type Page } from "@playwright/test";

/**
 * The composer's file input. Inside `main`: for ~300 ms after a start React 19.2 can keep the
 * server's copy of the composer region in a hidden segment beside the hydrated one (the same race
 * as the composer's, react/react#37014), and a hidden input cannot be told apart by visibility.
 */
export function attachInput(page: Page): Locator {
  return page.locator("main").getByTestId("attach-input");
}

/** Page object for the chat screen: tests speak in user actions, not selectors. */
export class ChatPage {
  readonly composer: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    // Visible only: for ~300 ms after a start, React 19.2 can hold a hidden server copy of a region
    // beside the hydrated one (a batched Suspense reveal racing the client render at document load,
    // react/react#37014), and a strict locator fails on the pair.
    this.composer = page.getByTestId("composer").filter({ visible: true });
    this.sendButton = page.getByTestId("send-button");
    this.stopButton = page.getByTestId("stop-button");
    this.search = page.getByTestId("history-search");
  }

  async goto(baseUrl?: string) {
    await this.page.goto(baseUrl ? `${baseUrl}/` : "/");
    await this.hydrated();
  }

  async gotoConversation(id: string) {
    await this.page.goto(`/c/${encodeURIComponent(id)}`);
    await this.hydrated();
  }

  /** Reload and wait until the app is interactive (buttons in server HTML do nothing before). */
  async reload() {
    await this.page.reload();
    await this.hydrated();
  }

  async hydrated() {
    await expect(this.composer).toBeVisible();
    await expect(this.page.locator('form[data-hydrated]:has([data-testid="composer"])')).toBeVisible();
    // On /c/<id> the history column hydrates after the first screen (hydrate-after-first-screen.tsx).
    await expect(this.page.locator('[data-testid="sidebar"][data-hydrated]')).toHaveCount(1);
    // The picker is disabled only while an answer streams: enabled means idle and hydrated.
    await expect(this.page.getByTestId("model-picker")).toBeEnabled();
  }

  /** What the last `send` typed, as its question shows it (stand-in markers left out). */
  private sent: string | null = null;

  async send(text: string) {
    await this.composer.fill(text);
    await this.composer.press("Enter");
    this.sent = text.replace(/\[\[[^\]]*\]\]\s*/g, "");
  }

  /** Send and wait for the whole answer. */
  async ask(text: string) {
    await this.send(text);
    await this.waitForAnswerDone();
  }

  lastAssistant(): Locator {
    return this.page.getByTestId("message-assistant").last();
  }

  /**
   * Waits for the last question's answer to end (after a `send`, that question's). The answer must exist first: just after a send it
   * may not yet, and "no answer is streaming" then held at once (the next click met a button that
   * the starting answer disabled a moment later: a loaded CI run lost an Edit click that way).
   */
  async waitForAnswerDone() {
    // After a send, its own question first: until it shows, the last answer is the previous one.
    if (this.sent !== null) await expect(this.page.getByTestId("message-user").last()).toContainText(this.sent);
    this.sent = null;
    const lastMessage = this.page.locator('[data-testid="message-user"], [data-testid="message-assistant"]').last();
    await expect(lastMessage).toHaveAttribute("data-testid", "message-assistant");
    await expect(this.lastAssistant()).not.toHaveAttribute("data-status", "streaming");
  }

  /** The open conversation's id, from its URL (`/c/<id>`). */
  async conversationId(): Promise<string> {
    await expect(this.page).toHaveURL(/\/c\/[^/]+$/);
    return decodeURIComponent(new URL(this.page.url()).pathname.slice(3));
  }

  conversationItems(): Locator {
    return this.page.getByTestId("conversation-item");
  }

  conversationItem(text: string | RegExp): Locator {
    return this.conversationItems().filter({ hasText: text });
  }

  /** Picks a model from the searchable model menu, by id. */
  async pickModel(id: string) {
    const picker = this.page.getByTestId("model-picker");
    await picker.click();
    await this.page.getByTestId(`model-picker-option-${id}`).click();
    await expect(this.page.getByTestId("model-picker-menu")).toHaveCount(0);
    await expect(picker).toHaveAttribute("data-value", id);
  }

  async openSettings(): Promise<Locator> {
    await this.page.getByTestId("settings-button").click();
    const panel = this.page.getByTestId("settings-panel");
    await expect(panel).toBeVisible();
    return panel;
  }
}

export const test = base.extend<{ chat: ChatPage }>({
  chat: async ({ page }, use) => {
    await use(new ChatPage(page));
  },
});

export { expect };
