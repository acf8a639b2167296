import {
  ArrowDown, Bot, Brain, Ellipsis, LogOut, ChevronDown, ChevronRight, Download, Link2, Monitor, Moon, PanelLeft, Paperclip, Pencil, Pin, PinOff, Plus, Send, Settings,
  Share2, SlidersHorizontal, Square, Sun, ThumbsDown, ThumbsUp, Trash2, WandSparkles, X, type LucideIcon,
} from "lucide-react";
import { cloneElement, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { glyph, glyphPath, glyphs, lucideShapes, shapePath, type GlyphName } from "./glyphs";

const lucide: Record<GlyphName, LucideIcon> = {
  pencil: Pencil, pin: Pin, "pin-off": PinOff, trash: Trash2, "thumbs-up": ThumbsUp, "thumbs-down": ThumbsDown,
  "panel-left": PanelLeft, plus: Plus, "chevron-down": ChevronDown, "chevron-right": ChevronRight, "arrow-down": ArrowDown, x: X,
  download: Download, monitor: Monitor, sun: Sun, moon: Moon, bot: Bot, "link-2": Link2, "share-2": Share2,
  "sliders-horizontal": SlidersHorizontal, send: Send, square: Square, paperclip: Paperclip, "wand-sparkles": WandSparkles, settings: Settings,
  "log-out": LogOut, ellipsis: Ellipsis, brain: Brain,
};

// The class names only name the icon (lucide adds aliases such as lucide-trash-2); nothing styles them.
const markup = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element).replace(/ class="[^"]*"/, "");

/** The glyph's `<svg>` with lucide's shapes in place of its one path. */
const asLucideDraws = (name: GlyphName) => markup(cloneElement(glyphs[name], {}, ...lucideShapes(name)));

describe("glyphs", () => {
  it.each(Object.keys(lucide) as GlyphName[])("%s has exactly lucide-react's shapes and attributes", (name) => {
    expect(asLucideDraws(name)).toBe(markup(createElement(lucide[name], { "aria-hidden": true })));
  });

  it.each(Object.keys(lucide) as GlyphName[])("%s is one path joining those shapes' outlines", (name) => {
    const html = renderToStaticMarkup(glyphs[name]);
    expect(html.match(/<path /g)).toHaveLength(1);
    expect(html).not.toMatch(/<(rect|circle|line)\b/);
    expect(html).toContain(` d="${glyphPath(name)}"`);
  });

  it("writes rects, circles and lines as the same outlines in path commands", () => {
    expect(shapePath(["line", { x1: "8", x2: "16", y1: "21", y2: "21" }])).toBe("M8 21L16 21");
    // Two half turns: where the outline starts only matters for dashes, which no icon has.
    expect(shapePath(["circle", { cx: "12", cy: "12", r: "4" }])).toBe("M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0");
    expect(shapePath(["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2" }])).toBe("M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2z");
    expect(shapePath(["rect", { width: "4", height: "2", x: "1", y: "1" }])).toBe("M1 1h4v2h-4z");
  });

  it("keeps a path's relative start in place when it follows another shape", () => {
    // Alone, a leading `m` is absolute and the pairs after it are relative lines.
    expect(shapePath("m15 5 4 4")).toBe("M15 5l4 4");
    expect(shapePath("m21.854 2.147-10.94 10.939")).toBe("M21.854 2.147l-10.94 10.939");
    expect(shapePath("m16 6-8.414 8.586a2 2 0 0 0 2.829 2.829")).toBe("M16 6l-8.414 8.586a2 2 0 0 0 2.829 2.829");
    expect(shapePath("m2 2h4")).toBe("M2 2h4");
    expect(shapePath("M12 17v5")).toBe("M12 17v5");
  });

  it("adds a class as lucide's className did, keeping the shape", () => {
    const html = renderToStaticMarkup(glyph("chevron-down", "size-4 text-muted-fg"));
    expect(html).toContain('class="lucide lucide-chevron-down size-4 text-muted-fg"');
    expect(html.replace(/ class="[^"]*"/, "")).toBe(markup(glyphs["chevron-down"]));
  });
});
