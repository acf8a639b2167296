export type Side = "top" | "bottom" | "left" | "right";

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;
const opposite: Record<Side, Side> = { top: "bottom", bottom: "top", left: "right", right: "left" };

function at(anchor: Box, size: Box, side: Side) {
  const middleX = anchor.left + anchor.width / 2 - size.width / 2;
  const middleY = anchor.top + anchor.height / 2 - size.height / 2;
  if (side === "bottom") return { top: anchor.top + anchor.height + GAP, left: middleX };
  if (side === "top") return { top: anchor.top - GAP - size.height, left: middleX };
  if (side === "left") return { top: middleY, left: anchor.left - GAP - size.width };
  return { top: middleY, left: anchor.left + anchor.width + GAP };
}

function fits(p: { top: number; left: number }, size: Box, view: { width: number; height: number }) {
  return p.top >= 0 && p.left >= 0 && p.top + size.height <= view.height && p.left + size.width <= view.width;
}

const clamp = (v: number, max: number) => Math.max(MARGIN, Math.min(v, max - MARGIN));

/**
 * Where a tooltip of `size` goes beside `anchor` (viewport coordinates): on the asked side, on the
 * opposite one when it would leave the viewport there, then nudged inside the viewport's margin.
 */
export function placeTooltip(anchor: Box, size: Box, side: Side, view: { width: number; height: number }): { top: number; left: number } {
  let p = at(anchor, size, side);
  if (!fits(p, size, view)) {
    const flipped = at(anchor, size, opposite[side]);
    if (fits(flipped, size, view)) p = flipped;
  }
  return { top: clamp(p.top, view.height - size.height), left: clamp(p.left, view.width - size.width) };
}
