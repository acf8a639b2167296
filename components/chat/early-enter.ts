/**
 * Inline, before any of the app's JavaScript: what is typed in the composer before the page has
 * hydrated, and Enter pressed then. Enter added a newline to the text and sent nothing: it is held
 * instead, and once the composer hydrates it adopts the text and sends it (components/chat/
 * composer.tsx). The text is also kept aside (`window.__glmEarly`): on a loaded machine the
 * composer's region can be rendered afresh instead of hydrated (it was updated before its turn to
 * hydrate), and the new text field started empty, losing what was typed. The form says it has
 * hydrated with `data-hydrated`; after that this does nothing. (Send is disabled in the server's
 * HTML, so it cannot submit the form early.)
 */
export const EARLY_ENTER_SCRIPT = `(function(){function early(e){var t=e.target,f=t&&t.id==="composer"&&t.form;return f&&!f.hasAttribute("data-hydrated")?t:null}addEventListener("input",function(e){var t=early(e);if(t)window.__glmEarly={text:t.value,send:!!(window.__glmEarly&&window.__glmEarly.send)}},true);addEventListener("keydown",function(e){var t=early(e);if(t&&e.key==="Enter"&&!e.shiftKey&&!e.isComposing&&e.keyCode!==229){e.preventDefault();t.setAttribute("data-send-pending","");window.__glmEarly={text:t.value,send:true}}},true)})()`;

/** The attribute the script leaves on the composer when a send is waiting for hydration. */
export const SEND_PENDING = "data-send-pending";

/**
 * What was typed before hydration and whether Enter asked to send it: from the field itself, or,
 * if the field was rendered afresh (empty), from what the script kept aside. Read once: it is cleared.
 */
export function takeEarlyInput(field: HTMLTextAreaElement | null): { text: string; send: boolean } {
  const kept = (window as { __glmEarly?: { text: string; send: boolean } }).__glmEarly;
  delete (window as { __glmEarly?: unknown }).__glmEarly;
  const fromField = field?.value ?? "";
  const send = !!field?.hasAttribute(SEND_PENDING) || !!kept?.send;
  field?.removeAttribute(SEND_PENDING);
  return { text: fromField || kept?.text || "", send };
}
