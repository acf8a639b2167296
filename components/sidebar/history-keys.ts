/**
 * Arrow keys between the history's search box and its rows, the conversations or the search
 * results: Down from the box reaches the first row, Up from the first row goes back to the box.
 * Rows are windowed, so neighbours are looked up among those in the DOM.
 */

/**
 * Where Up/Down/Home/End lead from `targets[i]` (each row's first control): the next or previous
 * row, the first or last row shown, and above the first row the search box.
 */
export function stepRow(key: string, targets: (HTMLElement | null)[], i: number): HTMLElement | null | undefined {
  if (key === "ArrowDown") return targets[i + 1];
  if (key === "ArrowUp") return i > 0 ? targets[i - 1] : document.getElementById("history-search");
  if (key === "Home") return targets[0];
  if (key === "End") return targets[targets.length - 1];
  return undefined;
}

/** Only the keys that move rows: Enter and Space keep pressing the row's button. */
export const ROW_KEYS = ["ArrowDown", "ArrowUp", "Home", "End"];

export function moveFocus(e: React.KeyboardEvent, to: HTMLElement | null | undefined) {
  if (!to) return;
  e.preventDefault();
  to.focus();
  to.scrollIntoView({ block: "nearest" });
}

/** Down in the search box: into the results, or the conversations while nothing is searched. */
export function searchBoxKeys(e: React.KeyboardEvent<HTMLInputElement>) {
  if (e.key !== "ArrowDown") return;
  const list = e.currentTarget.closest("aside");
  moveFocus(e, list?.querySelector<HTMLElement>('[data-testid="search-result"], [data-testid="conversation-item"] [data-row-control]'));
}
