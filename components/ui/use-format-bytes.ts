"use client";

import { useTranslations } from "next-intl";
import { formatBytes } from "@/lib/format";

/** formatBytes with the reader's word for "bytes". */
export function useFormatBytes(): (bytes: number) => string {
  const t = useTranslations("common");
  const word = t("bytes");
  return (bytes) => formatBytes(bytes, word);
}
