import { cva, type VariantProps } from "class-variance-authority";
import { forwardRef, type ButtonHTMLAttributes, type ReactElement } from "react";
import { withKitClass } from "@/lib/ui/cn";

/**
 * The one place a button's look is chosen: a variant and a size, each a component class defined
 * in components/ui/kit.css (with what each variant is for). Component classes, not utilities: one
 * class per control keeps the page's markup and the start's style work small
 * (docs/decisions/ui-kit.md, "Looks as component classes").
 */
const variants = cva("btn", {
  variants: {
    variant: {
      primary: "btn-primary",
      secondary: "btn-secondary",
      ghost: "btn-ghost",
      danger: "btn-danger",
      "danger-ghost": "btn-danger-ghost",
      link: "btn-link",
      "inline-link": "btn-inline-link",
      contrast: "btn-contrast",
      subtle: "btn-subtle",
      chip: "btn-chip",
      item: "btn-item",
      "danger-outline": "btn-danger-outline",
      "warning-outline": "btn-warning-outline",
      scrim: "btn-scrim",
      "on-scrim": "btn-on-scrim",
    },
    size: { xs: "btn-xs", sm: "btn-sm", md: "btn-md", icon: "btn-icon", "icon-sm": "btn-icon-sm", "icon-xs": "btn-icon-xs", inline: "" },
  },
  defaultVariants: { variant: "ghost", size: "md" },
});

export type ButtonVariantProps = VariantProps<typeof variants>;

/** The kit's classes for a variant and size, then the caller's (which win: see `withKitClass`). */
export function buttonVariants({ variant, size, className }: ButtonVariantProps & { className?: string } = {}): string {
  return withKitClass(variants({ variant, size }), className);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & ButtonVariantProps;

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ variant, size, className, type = "button", ...props }, ref) {
  return <button ref={ref} type={type} className={buttonVariants({ variant, size, className })} {...props} />;
});

/**
 * The kit's button as a plain element, not a component: for controls repeated in every row or
 * answer (hundreds), where each component instance was measurable render work
 * (docs/decisions/render-work.md). Call it (`{lightButton({ ... })}`), don't mount it.
 */
export function lightButton({ variant, size, className, type = "button", ...props }: ButtonProps): ReactElement {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />;
}
