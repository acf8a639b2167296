import { focusComposer, isTouchOnly, rescueFocus } from "./focus";

const ACTION = '[data-testid="message-actions"] button:not(:disabled)';

/**
 * Where focus goes once a message is deleted from its own Delete (it was on that button): the
 * next message's first action, else the previous message's, else the message box. As the sidebar
 * does for a deleted chat (conversation-row.tsx), so a keyboard user is not sent back to the
 * page's start. Never into the Undo offer: it has its own shortcut and would pull focus away from
 * the messages. The rows are listed before the delete: afterwards the deleted one is gone and the
 * answers that went with a question too (they are skipped as no longer connected).
 */
export function focusAfterMessageDelete(button: HTMLElement): void {
  const row = button.closest<HTMLElement>("[data-message-id]");
  if (!row?.contains(document.activeElement)) return;
  const rows = [...(row.parentElement?.querySelectorAll<HTMLElement>(":scope > [data-message-id]") ?? [])];
  const i = rows.indexOf(row);
  const order = [...rows.slice(i + 1), ...rows.slice(0, i).reverse()];
  rescueFocus(() => {
    const target = order.find((r) => r.isConnected && r.querySelector(ACTION))?.querySelector<HTMLElement>(ACTION);
    if (target) target.focus();
    else if (!isTouchOnly()) focusComposer();
  });
}
