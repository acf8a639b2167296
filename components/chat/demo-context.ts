"use client";

import { createContext } from "react";

/**
 * Demo mode as the server rendered the page: the first screen (starter cards) is right in the
 * server's HTML instead of appearing once /api/models answers, which moved the page after it painted.
 */
export const DemoContext = createContext(false);
