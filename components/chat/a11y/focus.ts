/** Focus helpers shared by the skip link, the shortcuts and the composer. */

export function focusComposer(): boolean {
  const el = document.getElementById("composer");
  if (!(el instanceof HTMLTextAreaElement)) return false;
  el.focus();
  // The caret at the end, where typing continues.
  el.setSelectionRange(el.value.length, el.value.length);
  return true;
}

/** A phone or tablet: the on-screen keyboard would cover half the screen if focus opened it. */
export function isTouchOnly(): boolean {
  return matchMedia("(pointer: coarse)").matches && !matchMedia("(any-pointer: fine)").matches;
}

/**
 * After an action that removes the control it was pressed on (Stop turning into Send, Regenerate
 * hiding the actions while the answer streams, an editor or a toast closing): if focus has fallen
 * to the page in the next frames, it goes to the message box, where typing goes on, rather than
 * to the page's start. Not on a touch-only device, where it would raise the keyboard.
 */
export function focusComposerIfLost() {
  rescueFocus(() => !isTouchOnly() && focusComposer());
}

/**
 * For `frames` frames, whenever focus is on the page itself (its control was removed), `rescue`
 * puts it somewhere that makes sense. Watched over frames because the control leaves when React
 * renders, and what replaces it can be replaced again (a new Undo offer).
 */
export function rescueFocus(rescue: () => void, frames = 30) {
  const step = () => {
    if (!document.activeElement || document.activeElement === document.body) rescue();
    if (--frames > 0) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/**
 * Focus an element that a state change is about to show (the search box in a drawer, a message's
 * Edit once its editor closes): by id, or found by `find` in each frame until it is there.
 */
export function focusWhenShown(target: string | (() => HTMLElement | null | undefined), tries = 10, select = false) {
  const el = typeof target === "string" ? document.getElementById(target) : target();
  if (el && el.offsetParent !== null) {
    el.focus();
    // A field reached by a shortcut (search) is ready to be typed over, as in every app.
    if (select && el instanceof HTMLInputElement) el.select();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenShown(target, tries - 1, select));
}
