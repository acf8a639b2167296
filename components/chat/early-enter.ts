/**
 * Inline, before any of the app's JavaScript: Enter in the composer before the page has hydrated
 * added a newline to the text and sent nothing. It is held instead: the composer is marked, and
 * once it hydrates it adopts the text and sends it (components/chat/composer.tsx). The form says
 * it has hydrated with `data-hydrated`; after that this does nothing. (Send is disabled in the
 * server's HTML, so it cannot submit the form early.)
 */
export const EARLY_ENTER_SCRIPT = `addEventListener("keydown",function(e){var t=e.target,f=t&&t.id==="composer"&&t.form;if(f&&e.key==="Enter"&&!e.shiftKey&&!e.isComposing&&!f.hasAttribute("data-hydrated")){e.preventDefault();t.setAttribute("data-send-pending","")}},true)`;

/** The attribute the script leaves on the composer when a send is waiting for hydration. */
export const SEND_PENDING = "data-send-pending";
