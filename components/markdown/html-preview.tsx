"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** The nonce Next put on this page's scripts (the DOM hides the attribute, not the property). */
function pageNonce(): string | undefined {
  const script = document.querySelector<HTMLScriptElement>("script[nonce]");
  return script?.nonce || script?.getAttribute("nonce") || undefined;
}

/**
 * Renders model HTML in an opaque-origin sandbox. Scripts are off until the user flips "Run
 * scripts"; even then the frame cannot reach this app (no allow-same-origin), navigate the top
 * page, open popups or submit forms, its own CSP blocks every request, and the page's CSP
 * (`frame-src 'none'`) refuses any navigation of the frame itself.
 */
export function HtmlPreview({ html }: { html: string }) {
  const t = useTranslations("markdown");
  const [scripts, setScripts] = useState(false);
  // false: the parser's code could not load.
  const [doc, setDoc] = useState<string | null | false>(null);
  useEffect(() => {
    let live = true;
    // The parser loads with the first preview, not with every chat (~45 KB gzip, not stored for
    // offline use): offline and never fetched, the preview says it could not load.
    import("@/lib/markdown/html-preview").then(
      ({ buildPreviewDoc }) => live && setDoc(buildPreviewDoc(html, { scripts, nonce: scripts ? pageNonce() : undefined })),
      () => live && setDoc(false),
    );
    return () => {
      live = false;
    };
  }, [html, scripts]);
  return (
    <div>
      <label className="flex items-center gap-2 border-b border-line px-3 py-1 text-xs text-muted-fg">
        <input
          type="checkbox"
          data-testid="html-preview-run-scripts"
          checked={scripts}
          onChange={(e) => {
            setDoc(null);
            setScripts(e.currentTarget.checked);
          }}
        />
        {t("runScripts")}
      </label>
      {doc === false && (
        <p role="alert" data-testid="html-preview-unavailable" className="px-3 py-2 text-sm text-muted-fg">
          {t("previewUnavailable")}
        </p>
      )}
      {typeof doc === "string" && (
        <iframe
          key={scripts ? "scripts" : "static"}
          data-testid="html-preview-frame"
          data-scripts={scripts ? "on" : "off"}
          title={t("preview")}
          sandbox={scripts ? "allow-scripts" : ""}
          srcDoc={doc}
          referrerPolicy="no-referrer"
          className="block h-96 w-full border-0 bg-paper"
        />
      )}
    </div>
  );
}
