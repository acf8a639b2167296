import { cva, type VariantProps } from "class-variance-authority";
import { forwardRef, type ButtonHTMLAttributes, type ReactElement } from "react";
import { cn } from "@/lib/ui/cn";

/** The one place a button's look is defined: every button in the app picks a variant and size here. */
export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-lg text-sm font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-bg disabled:cursor-not-allowed disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        // Disabled goes grey: at half opacity the blue still read as ready in the dark theme.
        primary: "bg-primary text-on-primary hover:bg-primary-hover disabled:bg-muted-strong disabled:text-muted-fg",
        secondary: "border border-line-strong bg-transparent hover:bg-muted",
        ghost: "hover:bg-muted disabled:hover:bg-transparent",
        danger: "bg-danger text-on-danger hover:bg-danger-hover",
        "danger-ghost": "text-danger-fg hover:bg-danger-soft",
        link: "h-auto px-0 py-0 text-link underline-offset-2 hover:underline",
        /** An action inside a sentence (notices, hints): the text's own colour, always underlined. */
        "inline-link": "h-auto px-0 py-0 underline underline-offset-2",
        contrast: "bg-inverse text-on-inverse hover:opacity-90",
        /** Quiet controls in a toolbar over content (code blocks): muted until hovered. */
        subtle: "font-normal text-muted-fg hover:bg-muted-strong hover:text-fg",
        /** A pill (page links, choices); `aria-pressed` / `aria-checked` marks the chosen one. */
        chip: "rounded-full border border-line-strong font-normal hover:bg-muted aria-checked:border-primary aria-checked:bg-info-soft aria-pressed:border-primary aria-pressed:bg-info-soft",
        /** A row or card that is a button as a whole (search results, starter cards). */
        item: "h-auto justify-start text-left font-normal hover:bg-muted",
        "danger-outline": "border border-danger-line hover:bg-danger-soft",
        "warning-outline": "border border-warning-line hover:bg-warning-soft",
        /** On the dark scrim of a viewer or over an image. */
        scrim: "bg-scrim/70 text-on-scrim hover:bg-scrim/90",
        "on-scrim": "font-normal text-on-scrim hover:bg-on-scrim/15 disabled:hover:bg-transparent",
      },
      size: {
        xs: "h-6 rounded-md px-2 text-xs",
        sm: "h-7 px-2 text-xs",
        md: "h-9 px-3",
        icon: "size-9",
        "icon-sm": "size-7 [&_svg]:size-3.5",
        /** The small round remove button on a thumbnail's corner. */
        "icon-xs": "size-5 rounded-full text-xs [&_svg]:size-3",
        inline: "",
      },
    },
    defaultVariants: { variant: "ghost", size: "md" },
  },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>;

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ variant, size, className, type = "button", ...props }, ref) {
  return <button ref={ref} type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
});

/**
 * The kit's button as a plain element, not a component: for controls repeated in every row or
 * answer (hundreds), where each component instance was measurable render work
 * (docs/decisions/render-work.md). Call it (`{lightButton({ ... })}`), don't mount it.
 */
export function lightButton({ variant, size, className, type = "button", ...props }: ButtonProps): ReactElement {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
