import { forwardRef, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";
import { Tooltip } from "./tooltip";

type Props = Omit<ButtonProps, "aria-label" | "children"> & {
  /** Required: an icon alone says nothing to a screen reader. Also shown as the tooltip. */
  label: string;
  icon: ReactNode;
  /** Visible text next to the icon on wide screens (the label stays the accessible name). */
  text?: string;
  /** Set false where a tooltip would repeat visible text or sit over other controls. */
  tooltip?: boolean;
};

/** A button showing an icon, with a mandatory accessible label and a tooltip carrying it. */
export const IconButton = forwardRef<HTMLButtonElement, Props>(function IconButton({ label, icon, text, tooltip = true, size, ...props }, ref) {
  const button = (
    <Button ref={ref} aria-label={label} size={size ?? (text ? "md" : "icon")} className={text ? "px-2" : undefined} {...props}>
      {icon}
      {text && <span className="hidden sm:inline">{text}</span>}
    </Button>
  );
  return tooltip ? <Tooltip content={label}>{button}</Tooltip> : button;
});
