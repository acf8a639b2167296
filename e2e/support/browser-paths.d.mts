/** Types of browser-paths.mjs (see there). */
export declare const FULL_CHROMIUM: "/usr/bin/chromium";
export declare const HEADLESS_SHELL: "/usr/bin/chromium-headless-shell";
