import { cva, type VariantProps } from "class-variance-authority";
import { forwardRef, type ButtonHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

/** The one place a button's look is defined: every button in the app picks a variant and size here. */
export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-lg text-sm font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-bg disabled:cursor-not-allowed disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-primary text-on-primary hover:bg-primary-hover",
        secondary: "border border-line-strong bg-transparent hover:bg-muted",
        ghost: "hover:bg-muted disabled:hover:bg-transparent",
        danger: "bg-danger text-on-danger hover:bg-danger-hover",
        "danger-ghost": "text-danger-fg hover:bg-danger-soft",
        link: "h-auto px-0 py-0 text-link underline-offset-2 hover:underline",
        contrast: "bg-inverse text-on-inverse hover:opacity-90",
      },
      size: {
        sm: "h-7 px-2 text-xs",
        md: "h-9 px-3",
        icon: "size-9",
        "icon-sm": "size-7 [&_svg]:size-3.5",
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
