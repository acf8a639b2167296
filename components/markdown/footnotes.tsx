"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { footnoteBackReference } from "@/lib/markdown/footnote-labels";

/**
 * An in-page link: a footnote reference or its back-link. Their names come from the Markdown
 * pipeline itself (raw HTML in an answer is shown as text, so the model cannot set them); the
 * back-link's English default is said in the reader's language.
 */
export function InPageLink({ href, id, children, label, describedBy }: { href: string; id?: string; children: ReactNode; label?: string; describedBy?: string }) {
  const t = useTranslations("markdown");
  const reference = footnoteBackReference(label);
  return (
    <a href={href} id={id} aria-label={reference ? t("footnoteBack", { reference }) : label} aria-describedby={describedBy}>
      {children}
    </a>
  );
}

/**
 * The footnotes' heading (read by screen readers only), in the reader's language. An h4: the
 * pipeline's h2 (a `##`), demoted as the answer's own headings are (markdown-block.tsx).
 */
export function FootnotesHeading(props: ComponentProps<"h2">) {
  const t = useTranslations("markdown");
  return <h4 id={props.id} className={props.className}>{t("footnotes")}</h4>;
}
