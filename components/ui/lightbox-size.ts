/**
 * A lightbox image's size limits. The dialog sits at left 50%, so the image's own fixed limits
 * (not percentages of a shrink-to-fit box) are what let it grow to the screen. Its own module so
 * an inline image can share it without loading the dialog code.
 */
export const LIGHTBOX_IMAGE = "block h-auto max-h-[80vh] w-auto max-w-[calc(96vw-1.5rem)] object-contain";
