"use client";

import { useTranslations } from "next-intl";

/** A GFM task list box: display only, named so a screen reader says what its tick means. */
export function TaskBox({ checked }: { checked: boolean }) {
  const label = useTaskLabel(checked);
  return <input type="checkbox" checked={checked} disabled readOnly aria-label={label} />;
}

function useTaskLabel(checked: boolean): string {
  // Markdown also renders where no message catalogue is provided (unit tests, workers); there the
  // hook throws after the same hook calls every time, so falling back to English stays stable.
  try {
    const t = useTranslations("a11y");
    return checked ? t("taskDone") : t("taskOpen");
  } catch {
    return checked ? "Done" : "Not done";
  }
}
