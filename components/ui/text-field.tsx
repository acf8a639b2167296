import { forwardRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

/** The one look of a text box; `aria-invalid` turns its border to the danger colour. */
const fieldClass =
  "w-full rounded-lg border border-line-strong bg-transparent p-2 text-sm outline-none placeholder:text-muted-fg focus-visible:ring-2 focus-visible:ring-ring aria-invalid:border-danger";

export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea({ className, ...props }, ref) {
  return <textarea ref={ref} className={cn(fieldClass, className)} {...props} />;
});

export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function TextInput({ className, ...props }, ref) {
  return <input ref={ref} className={cn(fieldClass, "h-9", className)} {...props} />;
});
