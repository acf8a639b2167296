import { glyph } from "./glyphs";
import { forwardRef, type ButtonHTMLAttributes } from "react";
import { withKitClass } from "@/lib/ui/cn";

const chevron = glyph("chevron-down", "size-4 shrink-0 text-muted-fg");

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { text: string };

/**
 * The closed look of a Combobox: a bordered button with the current choice. Kept apart from the
 * popover so a screen can show it at once and load the menu itself later.
 */
export const ComboboxTrigger = forwardRef<HTMLButtonElement, Props>(function ComboboxTrigger({ text, className, ...props }, ref) {
  return (
    <button
      ref={ref}
      type="button"
      // What opens is a dialog holding the search field and the list (Radix says so once loaded).
      aria-haspopup="dialog"
      className={withKitClass("combobox-trigger", className)}
      {...props}
    >
      <span className="truncate">{text}</span>
      {chevron}
    </button>
  );
});
