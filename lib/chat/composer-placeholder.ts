/**
 * Which of the composer's placeholders to show. With a keyboard, the full Enter-to-send hint
 * where it fits on the line, else the short one (still naming Enter): at 390 px the full one was
 * cut to "Message GLM…  (Enter to send, Shift+En…". On a touch screen, no Enter hint at all.
 */
export type PlaceholderWording = "keyboard" | "narrow" | "touch";

/** `fullWidth`: the full hint's width in the field's font; `lineWidth`: the field's line, in px. */
export function placeholderWording(keyboard: boolean, fullWidth: number, lineWidth: number): PlaceholderWording {
  if (!keyboard) return "touch";
  return fullWidth <= lineWidth ? "keyboard" : "narrow";
}
