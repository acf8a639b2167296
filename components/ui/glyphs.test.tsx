import { Pencil, Pin, PinOff, ThumbsDown, ThumbsUp, Trash2, type LucideIcon } from "lucide-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { glyphs, type GlyphName } from "./glyphs";

const lucide: Record<GlyphName, LucideIcon> = { pencil: Pencil, pin: Pin, "pin-off": PinOff, trash: Trash2, "thumbs-up": ThumbsUp, "thumbs-down": ThumbsDown };

// The class names only name the icon (lucide adds aliases such as lucide-trash-2); nothing styles them.
const markup = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element).replace(/ class="[^"]*"/, "");

describe("glyphs", () => {
  it.each(Object.keys(lucide) as GlyphName[])("%s draws exactly what lucide-react draws", (name) => {
    expect(markup(glyphs[name])).toBe(markup(createElement(lucide[name], { "aria-hidden": true })));
  });
});
