import { forwardRef, type ReactNode, type Ref } from "react";
import { lightButton, type ButtonProps } from "./button";
import { useTooltip } from "./tooltip";

type Props = Omit<ButtonProps, "aria-label" | "children"> & {
  /** Required: an icon alone says nothing to a screen reader. Also shown as the tooltip. */
  label: string;
  icon: ReactNode;
  /** Visible text next to the icon on wide screens (the label stays the accessible name). */
  text?: string;
  /** When the text shows (default: from the `sm` breakpoint). */
  textClassName?: string;
  /** Set false where a tooltip would repeat visible text or sit over other controls. */
  tooltip?: boolean;
};

/**
 * A button showing an icon, with a mandatory accessible label and a tooltip carrying it. One
 * component: the kit's button as an element and the tooltip as a hook, not three nested
 * components (a dozen of these hydrate on every start; docs/decisions/startup-reads.md).
 */
export const IconButton = forwardRef<HTMLButtonElement, Props>(function IconButton({ label, icon, text, textClassName = "hidden sm:inline", tooltip = true, size, ...props }, ref) {
  const withTooltip = useTooltip(label);
  const button = lightButton({
    ref: ref as Ref<HTMLButtonElement>,
    "aria-label": label,
    size: size ?? (text ? "md" : "icon"),
    className: text ? "px-2" : undefined,
    ...props,
    children: (
      <>
        {icon}
        {text && <span className={textClassName}>{text}</span>}
      </>
    ),
  } as ButtonProps);
  return tooltip ? withTooltip(button) : button;
});
