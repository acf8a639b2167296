"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { sanitizeImageUrl } from "@/lib/markdown/sanitize-url";
import { Button } from "@/components/ui/button";

/** Model-supplied images are never fetched until the user asks: a remote URL can track or leak. */
export function RemoteImage({ src, alt }: { src?: string; alt?: string }) {
  const t = useTranslations("markdown");
  const [load, setLoad] = useState(false);
  const safe = sanitizeImageUrl(src);
  const label = alt?.trim() || t("image");
  if (!safe) return <span className="text-muted-fg">[{label}]</span>;
  if (load) {
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={safe} alt={alt ?? ""} referrerPolicy="no-referrer" className="inline-block max-w-full rounded" />;
  }
  let host = t("inlineImage");
  if (!safe.startsWith("data:")) host = new URL(safe).host;
  return (
    <span
      data-testid="image-placeholder"
      className="inline-flex items-center gap-2 rounded border border-dashed border-line-strong px-2 py-1 text-sm text-muted-fg"
    >
      <span>
        {label} <span className="text-muted-fg">({host})</span>
      </span>
      <Button variant="subtle" size="xs" data-testid="load-image-button" onClick={() => setLoad(true)} className="bg-muted-strong text-fg hover:bg-line-strong">
        {t("loadImage")}
      </Button>
    </span>
  );
}
