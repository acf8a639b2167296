interface Drawable {
  kind: "image" | "video";
  doc?: unknown;
}

/**
 * The image an answer's boxes and clicks are drawn on unless the reader picks another: the last
 * picture the user attached (a screenshot, a photo), not a page of a PDF sent beside it, whose
 * pages go upstream after the pictures. A turn of PDF pages alone draws on its last page.
 */
export function drawingImage<T extends Drawable>(media: readonly T[]): T | undefined {
  const images = media.filter((m) => m.kind === "image");
  return images.findLast((m) => !m.doc) ?? images.at(-1);
}
