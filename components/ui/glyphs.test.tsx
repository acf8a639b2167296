import {
  ArrowDown, Bot, LogOut, ChevronDown, ChevronRight, Download, Link2, Monitor, Moon, PanelLeft, Paperclip, Pencil, Pin, PinOff, Plus, Send, Settings,
  Share2, SlidersHorizontal, Square, Sun, ThumbsDown, ThumbsUp, Trash2, WandSparkles, X, type LucideIcon,
} from "lucide-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { glyph, glyphs, labelled, type GlyphName } from "./glyphs";

const lucide: Record<GlyphName, LucideIcon> = {
  pencil: Pencil, pin: Pin, "pin-off": PinOff, trash: Trash2, "thumbs-up": ThumbsUp, "thumbs-down": ThumbsDown,
  "panel-left": PanelLeft, plus: Plus, "chevron-down": ChevronDown, "chevron-right": ChevronRight, "arrow-down": ArrowDown, x: X,
  download: Download, monitor: Monitor, sun: Sun, moon: Moon, bot: Bot, "link-2": Link2, "share-2": Share2,
  "sliders-horizontal": SlidersHorizontal, send: Send, square: Square, paperclip: Paperclip, "wand-sparkles": WandSparkles, settings: Settings,
  "log-out": LogOut,
};

// The class names only name the icon (lucide adds aliases such as lucide-trash-2); nothing styles them.
const markup = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element).replace(/ class="[^"]*"/, "");

describe("glyphs", () => {
  it.each(Object.keys(lucide) as GlyphName[])("%s draws exactly what lucide-react draws", (name) => {
    expect(markup(glyphs[name])).toBe(markup(createElement(lucide[name], { "aria-hidden": true })));
  });

  it("adds a class as lucide's className did, keeping the shape", () => {
    const html = renderToStaticMarkup(glyph("chevron-down", "size-4 text-muted-fg"));
    expect(html).toContain('class="lucide lucide-chevron-down size-4 text-muted-fg"');
    expect(html.replace(/ class="[^"]*"/, "")).toBe(markup(glyphs["chevron-down"]));
  });

  it("labelled draws what lucide draws given an aria-label (no aria-hidden)", () => {
    const html = markup(labelled(glyph("pin", "size-3.5"), "Pinned"));
    expect(html).toBe(markup(createElement(Pin, { "aria-label": "Pinned" })));
    expect(html).not.toContain("aria-hidden");
  });
});
