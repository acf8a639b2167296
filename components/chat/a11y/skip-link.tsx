"use client";

import { useTranslations } from "next-intl";
import { focusComposer } from "./focus";

/** The first tab stop: straight to the message box, past the header and the history. */
export function SkipLink() {
  const t = useTranslations("a11y");
  return (
    <a
      href="#composer"
      data-testid="skip-link"
      // It leads to the composer, which the phone's history drawer covers (use-drawer-focus.ts).
      data-behind-drawer
      onClick={(e) => {
        // Focus, not a hash jump: the address stays the conversation's.
        e.preventDefault();
        focusComposer();
      }}
      className="sr-only z-50 rounded-lg bg-surface px-3 py-2 text-sm font-medium text-fg shadow-lg outline-none focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus-visible:ring-2 focus-visible:ring-ring"
    >
      {t("skipToComposer")}
    </a>
  );
}
