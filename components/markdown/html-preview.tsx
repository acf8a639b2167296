"use client";

import { useMemo } from "react";
import { buildPreviewDoc } from "@/lib/markdown/html-preview";

/**
 * Renders model HTML in an opaque-origin sandbox: scripts may run inside, but the frame cannot
 * reach this app (no allow-same-origin), navigate the top page, open popups or submit forms,
 * and the injected CSP blocks every network request.
 */
export function HtmlPreview({ html }: { html: string }) {
  const srcDoc = useMemo(() => buildPreviewDoc(html), [html]);
  return (
    <iframe
      data-testid="html-preview-frame"
      title="HTML preview"
      sandbox="allow-scripts"
      srcDoc={srcDoc}
      referrerPolicy="no-referrer"
      loading="lazy"
      className="block h-96 w-full border-0 bg-paper"
    />
  );
}
