/**
 * The Markdown pipeline names a footnote's back-link and the footnotes' heading in English
 * (mdast-util-to-hast's defaults: "Back to reference 2", "Back to reference 2-3" for the third
 * mention of note 2, and "Footnotes"). These find them so the view can say them in the reader's
 * language; the pipeline stays react-markdown's, which a unit test compares against.
 */
const BACK_LABEL = /^Back to reference (\d+(?:-\d+)?)$/;

/** The reference a back-link returns to ("2" or "2-3"), or null for any other label. */
export function footnoteBackReference(label: string | undefined): string | null {
  return (label && BACK_LABEL.exec(label)?.[1]) || null;
}

/** Whether an element id is the footnotes heading's (with or without the pipeline's prefix). */
export function isFootnotesHeadingId(id: string | undefined): boolean {
  return !!id && /(^|-)footnote-label$/.test(id);
}
