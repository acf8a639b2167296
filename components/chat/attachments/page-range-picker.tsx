"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { parsePageRange } from "@/lib/media/pdf/page-plan";
import { Button } from "@/components/ui/button";

interface Props {
  pageCount: number;
  maxImages: number;
  initial: string;
  onApply: (pages: number[]) => void;
  onCancel: () => void;
}

/** Typed page ranges ("1-3, 5", "8-"): checked as typed, applied on Enter or the button. */
export function PageRangePicker({ pageCount, maxImages, initial, onApply, onCancel }: Props) {
  const t = useTranslations("attach");
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const apply = () => {
    const r = parsePageRange(value, pageCount, maxImages);
    if (r.ok) onApply(r.pages);
    else setError(t(`range.${r.rule}`, { piece: "piece" in r ? r.piece : "", count: "count" in r ? r.count : 0, max: "max" in r ? r.max : 0 }));
  };
  return (
    <div data-testid="page-range-picker" className="flex max-w-xs flex-col gap-1 rounded-lg border border-line p-2 text-xs">
      <label htmlFor={id}>
        {t("pagesToSend", { count: pageCount, max: maxImages })}
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          data-testid="page-range-input"
          value={value}
          autoFocus
          placeholder={t("pagesPlaceholder")}
          aria-invalid={!!error}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            }
            if (e.key === "Escape") onCancel();
          }}
          className="w-0 min-w-0 flex-1 rounded border border-line-strong bg-transparent px-2 py-1"
        />
        <Button variant="primary" size="sm" data-testid="page-range-apply" onClick={apply}>
          {t("apply")}
        </Button>
      </div>
      {error && (
        <p data-testid="page-range-error" role="alert" className="text-danger-fg">
          {error}
        </p>
      )}
    </div>
  );
}
