/**
 * What the chat header shows at which of its own widths (container queries on the header): the
 * docked history takes 288 px, so a 1024 px screen leaves the header 736 px, and viewport
 * breakpoints overflowed it (the page scrolled sideways, "New chat" ran off the edge, the model's
 * name was cut to nothing). Widths measured with the Demo badge present (qa-fixes.spec checks them).
 */
/**
 * The bar itself: its height (the 36 px buttons, padding, safe area, border) is what HeaderSpace
 * keeps. On a short landscape screen (`short`, app/globals.css) the buttons keep their size and
 * the padding goes.
 */
export const HEADER_BAR =
  "@container flex items-center gap-1 border-b border-line px-2 pb-2 pt-[max(0.5rem,env(safe-area-inset-top))] short:pb-0.5 short:pt-[max(0.125rem,env(safe-area-inset-top))] sm:gap-2 sm:px-3";
/** The app's name beside the history button. */
export const HEADER_NAME = "sr-only shrink-0 whitespace-nowrap text-base font-semibold @min-[40rem]:not-sr-only";
/** Export, theme, GUI agent, Share, My links, Sign out as their own buttons; narrower, in More. */
export const HEADER_ACTIONS = "hidden @min-[44rem]:contents";
export const HEADER_MORE = "contents @min-[44rem]:hidden";
/** Words beside the icons (Thinking, GUI agent, Share, New chat, Sign out). */
export const HEADER_WORDS = "hidden @min-[60rem]:inline";
/**
 * Sign out's words ("Sign out (alice)") only where the header is wide: beside the other words it
 * squeezed the chat's title to nothing at 1280 px with the history open.
 */
export const HEADER_WORDS_WIDE = "hidden min-w-0 truncate @min-[76rem]:inline-block";
