"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useEffect, useState } from "react";

const ImportFromLink = lazyPart(() => import("./import-from-link").then((m) => m.ImportFromLink));

/** Loads the import prompt only when the address carries `?import=` (see import-from-link.tsx). */
export function LazyImportFromLink() {
  const [asked, setAsked] = useState(false);
  useEffect(() => setAsked(new URLSearchParams(window.location.search).has("import")), []);
  return asked ? <ImportFromLink /> : null;
}
