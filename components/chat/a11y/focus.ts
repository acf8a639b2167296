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

/** Focus an element that a state change is about to show (e.g. the search box in a drawer). */
export function focusWhenShown(id: string, tries = 10) {
  const el = document.getElementById(id);
  if (el && el.offsetParent !== null) {
    el.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenShown(id, tries - 1));
}
