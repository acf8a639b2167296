import { createElement, type ReactElement } from "react";

/**
 * Icons as plain SVG elements made once. A lucide icon is two components that rebuild their
 * attributes on each mount: in the history list those were three quarters of a row's renders,
 * and the first screen's header and composer icons were ~60 renders of each page start
 * (docs/decisions/render-work.md). The shapes are lucide's (ISC), kept equal to the installed
 * lucide-react by glyphs.test.tsx. A string is a path's `d`; other shapes keep lucide's tag and
 * attributes. Icons only shown after an action (dialogs, menus) stay lucide components.
 *
 * Each icon is drawn as one `<path>`: its shapes' outlines joined into one `d` (a rect, circle or
 * line written as the same outline in path commands). Stroked with no fill, subpaths draw exactly
 * as separate elements do, so the look is lucide's, with one element per icon instead of up to
 * nine (a history row's three icons were 9 of its elements; docs/decisions/startup-reads.md, round 7).
 */
export type Shape = string | readonly [tag: "rect" | "circle" | "line", attributes: Readonly<Record<string, string>>];
const shapes = {
  pencil: ["M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z", "m15 5 4 4"],
  pin: ["M12 17v5", "M9 10.76a2 2 0 0 1-1.11 1.79l-1.78.9A2 2 0 0 0 5 15.24V16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-.76a2 2 0 0 0-1.11-1.79l-1.78-.9A2 2 0 0 1 15 10.76V7a1 1 0 0 1 1-1 2 2 0 0 0 0-4H8a2 2 0 0 0 0 4 1 1 0 0 1 1 1z"],
  "pin-off": ["M12 17v5", "M15 9.34V7a1 1 0 0 1 1-1 2 2 0 0 0 0-4H7.89", "m2 2 20 20", "M9 9v1.76a2 2 0 0 1-1.11 1.79l-1.78.9A2 2 0 0 0 5 15.24V16a1 1 0 0 0 1 1h11"],
  trash: ["M10 11v6", "M14 11v6", "M19 6v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V6", "M3 6h18", "M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2"],
  "thumbs-up": ["M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z", "M7 10v12"],
  "thumbs-down": ["M9 18.12 10 14H4.17a2 2 0 0 1-1.92-2.56l2.33-8A2 2 0 0 1 6.5 2H20a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-2.76a2 2 0 0 0-1.79 1.11L12 22a3.13 3.13 0 0 1-3-3.88Z", "M17 14V2"],
  "panel-left": [["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2" }], "M9 3v18"],
  plus: ["M5 12h14", "M12 5v14"],
  "chevron-down": ["m6 9 6 6 6-6"],
  "chevron-right": ["m9 18 6-6-6-6"],
  "arrow-down": ["M12 5v14", "m19 12-7 7-7-7"],
  x: ["M18 6 6 18", "m6 6 12 12"],
  download: ["M12 15V3", "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", "m7 10 5 5 5-5"],
  monitor: [["rect", { width: "20", height: "14", x: "2", y: "3", rx: "2" }], ["line", { x1: "8", x2: "16", y1: "21", y2: "21" }], ["line", { x1: "12", x2: "12", y1: "17", y2: "21" }]],
  sun: [["circle", { cx: "12", cy: "12", r: "4" }], "M12 2v2", "M12 20v2", "m4.93 4.93 1.41 1.41", "m17.66 17.66 1.41 1.41", "M2 12h2", "M20 12h2", "m6.34 17.66-1.41 1.41", "m19.07 4.93-1.41 1.41"],
  moon: ["M20.985 12.486a9 9 0 1 1-9.473-9.472c.405-.022.617.46.402.803a6 6 0 0 0 8.268 8.268c.344-.215.825-.004.803.401"],
  bot: ["M12 8V4H8", ["rect", { width: "16", height: "12", x: "4", y: "8", rx: "2" }], "M2 14h2", "M20 14h2", "M15 13v2", "M9 13v2"],
  "link-2": ["M9 17H7A5 5 0 0 1 7 7h2", "M15 7h2a5 5 0 1 1 0 10h-2", ["line", { x1: "8", x2: "16", y1: "12", y2: "12" }]],
  "share-2": [["circle", { cx: "18", cy: "5", r: "3" }], ["circle", { cx: "6", cy: "12", r: "3" }], ["circle", { cx: "18", cy: "19", r: "3" }], ["line", { x1: "8.59", x2: "15.42", y1: "13.51", y2: "17.49" }], ["line", { x1: "15.41", x2: "8.59", y1: "6.51", y2: "10.49" }]],
  "sliders-horizontal": ["M10 5H3", "M12 19H3", "M14 3v4", "M16 17v4", "M21 12h-9", "M21 19h-5", "M21 5h-7", "M8 10v4", "M8 12H3"],
  send: ["M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z", "m21.854 2.147-10.94 10.939"],
  square: [["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2" }]],
  paperclip: ["m16 6-8.414 8.586a2 2 0 0 0 2.829 2.829l8.414-8.586a4 4 0 1 0-5.657-5.657l-8.379 8.551a6 6 0 1 0 8.485 8.485l8.379-8.551"],
  "wand-sparkles": ["m21.64 3.64-1.28-1.28a1.21 1.21 0 0 0-1.72 0L2.36 18.64a1.21 1.21 0 0 0 0 1.72l1.28 1.28a1.2 1.2 0 0 0 1.72 0L21.64 5.36a1.2 1.2 0 0 0 0-1.72", "m14 7 3 3", "M5 6v4", "M19 14v4", "M10 2v2", "M7 8H3", "M21 16h-4", "M11 3H9"],
  "log-out": ["m16 17 5-5-5-5", "M21 12H9", "M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4"],
  ellipsis: [["circle", { cx: "12", cy: "12", r: "1" }], ["circle", { cx: "19", cy: "12", r: "1" }], ["circle", { cx: "5", cy: "12", r: "1" }]],
  brain: ["M12 18V5", "M15 13a4.17 4.17 0 01-3-4 4.17 4.17 0 01-3 4", "M17.707 6.294A3 3 0 1012 5a3 3 0 10-5.707 1.294", "M17.996 5.125a4 4 0 012.526 5.77", "M18 18a4 4 0 002-7.465", "M19.967 17.482a4 4 0 11-7.967.517 4 4 0 11-7.967-.517", "M6 18a4 4 0 01-2-7.465", "M6.004 5.125a4 4 0 00-2.526 5.77"],
  settings: ["M9.671 4.136a2.34 2.34 0 0 1 4.659 0 2.34 2.34 0 0 0 3.319 1.915 2.34 2.34 0 0 1 2.33 4.033 2.34 2.34 0 0 0 0 3.831 2.34 2.34 0 0 1-2.33 4.033 2.34 2.34 0 0 0-3.319 1.915 2.34 2.34 0 0 1-4.659 0 2.34 2.34 0 0 0-3.32-1.915 2.34 2.34 0 0 1-2.33-4.033 2.34 2.34 0 0 0 0-3.831A2.34 2.34 0 0 1 6.35 6.051a2.34 2.34 0 0 0 3.319-1.915", ["circle", { cx: "12", cy: "12", r: "3" }]],
} as const satisfies Record<string, readonly Shape[]>;

export type GlyphName = keyof typeof shapes;

const n = (v: string) => Number(v);

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const RELATIVE_START = new RegExp(`^m\\s*(${NUMBER})[\\s,]*(${NUMBER})[\\s,]*`);

/**
 * One shape as path data: lucide's own `d`, or a rect / circle / line's outline. A `d` that opens
 * with a relative move (`m`, absolute when it starts a path) gets an absolute one, since joined
 * after another shape it would be read from that shape's end; coordinate pairs right after it
 * stay relative lines (`l`), as they were.
 */
export function shapePath(shape: Shape): string {
  if (typeof shape === "string") {
    const start = RELATIVE_START.exec(shape);
    if (!start) return shape;
    const rest = shape.slice(start[0].length);
    return `M${start[1]} ${start[2]}${/^[+\-.\d]/.test(rest) ? `l${rest}` : rest}`;
  }
  const [tag, a] = shape;
  if (tag === "line") return `M${a.x1} ${a.y1}L${a.x2} ${a.y2}`;
  if (tag === "circle") {
    const [cx, cy, r] = [n(a.cx), n(a.cy), n(a.r)];
    return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  const [x, y, w, h, rx] = [n(a.x ?? "0"), n(a.y ?? "0"), n(a.width), n(a.height), n(a.rx ?? "0")];
  const r = Math.min(rx, w / 2, h / 2);
  if (!r) return `M${x} ${y}h${w}v${h}h${-w}z`;
  const arc = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
  return `M${x + r} ${y}h${w - 2 * r}${arc(r, r)}v${h - 2 * r}${arc(-r, r)}h${-(w - 2 * r)}${arc(-r, -r)}v${-(h - 2 * r)}${arc(r, -r)}z`;
}

/** The icon's shapes as lucide draws them (separate elements): what glyphs.test.tsx compares with lucide-react. */
export function lucideShapes(name: GlyphName): ReactElement[] {
  return (shapes[name] as readonly Shape[]).map((shape, i) => (typeof shape === "string" ? <path key={i} d={shape} /> : createElement(shape[0], { key: i, ...shape[1] })));
}

/** The icon's one path: every shape's outline in one `d`. */
export function glyphPath(name: GlyphName): string {
  return (shapes[name] as readonly Shape[]).map(shapePath).join("");
}

/**
 * The icon as an `aria-hidden` SVG element (sized by the kit's `[&_svg]` classes, like lucide's).
 * Call it at module level, once per look (`className` adds classes as lucide's prop did).
 */
export function glyph(name: GlyphName, className?: string): ReactElement {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className={`lucide lucide-${name}${className ? ` ${className}` : ""}`} aria-hidden="true">
      <path d={glyphPath(name)} />
    </svg>
  );
}

export const glyphs = Object.fromEntries(Object.keys(shapes).map((name) => [name, glyph(name as GlyphName)])) as Record<GlyphName, ReactElement>;
