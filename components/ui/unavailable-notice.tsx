"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { onUnavailable, type Unavailable } from "@/lib/ui/unavailable";

/**
 * Says that what was just asked for (Export) could not load, where a failed fetch of its code left
 * the click without effect. Plain markup, as PartUnavailable's: it must not need a chunk of its own.
 */
export function UnavailableNotice() {
  const t = useTranslations();
  const [what, setWhat] = useState<Unavailable | null>(null);
  useEffect(() => onUnavailable(setWhat), []);
  if (!what) return null;
  return (
    <div
      role="alert"
      data-testid="action-unavailable"
      data-what={what}
      onKeyDown={(e) => e.key === "Escape" && setWhat(null)}
      className="fixed left-1/2 top-16 z-[60] flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 items-center gap-3 rounded-xl bg-inverse px-4 py-2 text-sm text-on-inverse shadow-lg"
    >
      <span>{t(`ui.unavailable.${what}`)}</span>
      <button type="button" data-testid="action-unavailable-close" onClick={() => setWhat(null)} className="rounded font-semibold underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
        {t("common.close")}
      </button>
    </div>
  );
}
