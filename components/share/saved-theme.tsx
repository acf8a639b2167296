"use client";

import { useLayoutEffect } from "react";
import { applyTheme, savedTheme } from "@/lib/ui/theme";

/**
 * Applies the saved theme on a page Next serves as its error shell (a share's 404): that HTML
 * carries no head, so the layout's pre-paint theme script never ran there, and React does not run
 * an inline script it renders itself. The page stayed light on a dark system.
 */
export function SavedTheme() {
  useLayoutEffect(() => applyTheme(savedTheme()), []);
  return null;
}
