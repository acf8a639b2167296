/**
 * Turns parsed grounding and GUI actions into drawable overlay items in percent of the
 * image, so the overlay stays aligned at any displayed size. Pure: used by the overlay
 * component and by the "download annotated image" canvas drawing.
 */
import { toPercentRect, type DisplayRect, type GroundingResult } from "./grounding";
import type { GuiAction, NormPoint } from "./gui-actions-types";

export interface PercentPoint {
  x: number;
  y: number;
}

export type OverlayItem =
  | { kind: "box"; id: string; rect: DisplayRect; label?: string; start: number; end: number }
  | { kind: "point"; id: string; at: PercentPoint; label?: string; start: number; end: number }
  | {
      kind: "action";
      id: string;
      action: GuiAction;
      /** Where the marker (click, hover, press) or bubble goes. */
      at?: PercentPoint;
      /** Drag, swipe or scroll direction. */
      arrow?: { from: PercentPoint; to: PercentPoint };
      /** Text for a bubble: typed text, keys. */
      bubble?: string;
      start: number;
      end: number;
    };

/** Rounded so style strings stay short and stable (1e-4 % is far below a pixel). */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

const pct = (p: NormPoint): PercentPoint => ({
  x: round(Math.min(999, Math.max(0, p.x)) / 10),
  y: round(Math.min(999, Math.max(0, p.y)) / 10),
});

function percentRect(box: Parameters<typeof toPercentRect>[0]): DisplayRect {
  const r = toPercentRect(box);
  return { left: round(r.left), top: round(r.top), width: round(r.width), height: round(r.height) };
}

/** Length of a scroll / swipe arrow drawn from its point, in percent of the image. */
const ARROW = 12;
const DIRECTION: Record<string, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

function actionItem(action: GuiAction, index: number): OverlayItem | null {
  const base = { kind: "action" as const, id: `action-${index}`, action, start: action.start, end: action.end };
  if (action.invalid) return null;
  switch (action.type) {
    case "click":
    case "double_click":
    case "hover":
    case "long_press":
      return action.point ? { ...base, at: pct(action.point) } : null;
    case "drag":
      return action.from && action.to ? { ...base, arrow: { from: pct(action.from), to: pct(action.to) } } : null;
    case "scroll":
    case "swipe": {
      if (action.type === "swipe" && action.from && action.to) {
        return { ...base, arrow: { from: pct(action.from), to: pct(action.to) } };
      }
      const origin = action.point ? pct(action.point) : { x: 50, y: 50 };
      const d = action.direction ? DIRECTION[action.direction] : undefined;
      if (!d) return action.point ? { ...base, at: origin } : null;
      const to = {
        x: Math.min(100, Math.max(0, origin.x + d[0] * ARROW)),
        y: Math.min(100, Math.max(0, origin.y + d[1] * ARROW)),
      };
      return { ...base, at: origin, arrow: { from: origin, to } };
    }
    case "type":
      return { ...base, bubble: action.text, ...(action.point ? { at: pct(action.point) } : {}) };
    case "key":
      return { ...base, bubble: action.combo };
    default:
      return null;
  }
}

export function overlayItems(grounding?: GroundingResult | null, actions?: readonly GuiAction[] | null): OverlayItem[] {
  const items: OverlayItem[] = [];
  grounding?.boxes.forEach((b, i) =>
    items.push({ kind: "box", id: `box-${i}`, rect: percentRect(b), label: b.label, start: b.start, end: b.end }),
  );
  grounding?.points.forEach((p, i) =>
    items.push({ kind: "point", id: `point-${i}`, at: pct(p), label: p.label, start: p.start, end: p.end }),
  );
  actions?.forEach((a, i) => {
    const item = actionItem(a, i);
    if (item) items.push(item);
  });
  return items;
}

/** The overlay item whose text range contains `offset` (for text -> box hover linking). */
export function itemAtOffset(items: readonly OverlayItem[], offset: number): OverlayItem | undefined {
  return items.find((i) => offset >= i.start && offset < i.end);
}
