"use client";

import type { ReactNode } from "react";
import { Dialog } from "./dialog";
import { LIGHTBOX_IMAGE } from "./lightbox-size";

interface Props {
  src: string;
  alt: string;
  onClose: () => void;
  /** A line under the image (name, size). */
  caption?: ReactNode;
  /** Replaces the plain image (e.g. the image with the model's boxes drawn on it). */
  children?: ReactNode;
}

/** One image shown as large as the screen allows, in the kit's modal dialog. */
export function Lightbox({ src, alt, onClose, caption, children }: Props) {
  return (
    <Dialog testId="image-lightbox" title={alt} onClose={onClose} className="w-max max-w-[96vw] p-3 sm:max-w-[96vw]">
      <div className="flex justify-center">
        {/* eslint-disable-next-line @next/next/no-img-element -- a blob: or same-origin asset URL */}
        {children ?? <img data-testid="image-lightbox-image" src={src} alt={alt} className={LIGHTBOX_IMAGE} />}
      </div>
      {caption && <p className="mt-2 text-xs text-muted-fg">{caption}</p>}
    </Dialog>
  );
}

export default Lightbox;
