import { forwardRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { withKitClass } from "@/lib/ui/cn";


/** The one look of a text box: `field` in components/ui/kit.css. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea({ className, ...props }, ref) {
  return <textarea ref={ref} className={withKitClass("field", className)} {...props} />;
});

export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function TextInput({ className, ...props }, ref) {
  return <input ref={ref} className={withKitClass("field h-9", className)} {...props} />;
});
