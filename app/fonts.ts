import localFont from "next/font/local";

/**
 * Geist Mono as the geist package defines it, but not preloaded: the first screen shows no code,
 * and on a phone's slow connection its 70 KB would compete with the page's scripts. It loads when
 * an answer first shows code (font-display: swap keeps the text visible meanwhile).
 */
export const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  adjustFontFallback: false,
  preload: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "DejaVu Sans Mono", "Courier New", "monospace"],
  weight: "100 900",
});
