"use client";

import { useTranslations } from "next-intl";
import { useState, type ImgHTMLAttributes, type ReactNode } from "react";
import { lazyPart } from "./lazy-part";
import { cn } from "@/lib/ui/cn";

// The dialog code loads on the first click: no image needs it to paint.
const Lightbox = lazyPart(() => import("./lightbox").then((m) => m.default));

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, "src" | "alt"> & {
  src: string;
  alt: string;
  caption?: ReactNode;
  /** On the button around the image. */
  testId?: string;
  buttonClassName?: string;
};

/** An image that opens large in a dialog on click (or Enter / Space: it is a button). */
export function ZoomableImage({ src, alt, caption, testId = "image-open", buttonClassName, ...img }: Props) {
  const t = useTranslations("a11y");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid={testId} aria-label={t("openImageNamed", { alt })} aria-haspopup="dialog" onClick={() => setOpen(true)} className={cn("cursor-zoom-in rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring", buttonClassName)}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a blob: or same-origin asset URL */}
        <img src={src} alt={alt} {...img} />
      </button>
      {open && (
        <Lightbox src={src} alt={alt} caption={caption} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
