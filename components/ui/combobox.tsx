"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { Popover as P } from "radix-ui";
import { useId, useMemo, useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { matchesQuery } from "@/lib/ui/filter";
import { ComboboxTrigger } from "./combobox-trigger";
import { isImeKey } from "@/lib/ui/ime";

export interface ComboboxOption {
  value: string;
  label: string;
  /** Extra words the search matches (e.g. "vision free"). */
  keywords?: string;
  group?: string;
  /** The row's accessible name when its content says more than the label (the label otherwise). */
  name?: string;
}

interface Props<O extends ComboboxOption> {
  value: string;
  options: readonly O[];
  onChange: (value: string) => void;
  /** Accessible name of the trigger and the search field. */
  label: string;
  /** Accessible name of the popup, a dialog holding the search field and the list ("Choose a model"). */
  popupLabel: string;
  testId: string;
  disabled?: boolean;
  placeholder?: string;
  /** The row's content; the label alone when absent. */
  renderOption?: (option: O) => ReactNode;
  className?: string;
  /** Mounted open (a menu mounted when first opened, components/ui/loadable.ts). */
  defaultOpen?: boolean;
}

/**
 * A searchable select: the trigger opens a popover with a search field; typing filters, the arrow
 * keys move, Enter picks, Escape closes and returns focus to the trigger. Options are role=option
 * rows of a listbox driven by aria-activedescendant, so focus stays in the search field.
 */
export function Combobox<O extends ComboboxOption>({ value, options, onChange, label, popupLabel, testId, disabled, placeholder, renderOption, className, defaultOpen = false }: Props<O>) {
  const t = useTranslations("ui");
  const [open, setOpen] = useState(defaultOpen);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(() => (defaultOpen ? Math.max(0, options.findIndex((o) => o.value === value)) : 0));
  const id = useId();
  const shown = useMemo(() => options.filter((o) => matchesQuery(`${o.label} ${o.value} ${o.keywords ?? ""}`, query)), [options, query]);
  const selected = options.find((o) => o.value === value);
  const optionId = (i: number) => `${id}-opt-${i}`;
  const pick = (o: O) => {
    onChange(o.value);
    setOpen(false);
  };
  const openChange = (next: boolean) => {
    setOpen(next);
    setQuery("");
    setActive(Math.max(0, options.findIndex((o) => o.value === value)));
  };
  const onKey = (e: React.KeyboardEvent) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = { ArrowDown: Math.min(last, active + 1), ArrowUp: Math.max(0, active - 1), Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key]);
      document.getElementById(optionId(moves[e.key]))?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter" && shown[active] && !isImeKey(e.nativeEvent)) {
      e.preventDefault();
      pick(shown[active]);
    }
  };
  let group: string | undefined;
  return (
    <P.Root open={open} onOpenChange={openChange}>
      <P.Trigger asChild>
        <ComboboxTrigger data-testid={testId} data-value={value} disabled={disabled} aria-label={t("labelValue", { label, value: selected?.label ?? value })} text={selected?.label ?? value} className={className} />
      </P.Trigger>
      <P.Portal>
        <P.Content aria-label={popupLabel} align="end" sideOffset={6} collisionPadding={8} data-testid={`${testId}-menu`} className="z-50 w-80 max-w-[calc(100vw-1rem)] rounded-xl border border-line bg-surface p-1 text-sm text-fg shadow-lg outline-none">
          <input
            role="combobox"
            aria-label={t("searchIn", { label })}
            aria-expanded
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={shown[active] ? optionId(active) : undefined}
            data-testid={`${testId}-search`}
            value={query}
            placeholder={placeholder ?? t("searchPlaceholder")}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKey}
            className="mb-1 w-full rounded-lg border border-line-strong bg-transparent px-2 py-1.5 outline-none placeholder:text-muted-fg focus-visible:ring-2 focus-visible:ring-ring"
          />
          <div id={`${id}-list`} role="listbox" aria-label={label} className="max-h-80 overflow-y-auto">
            {shown.length === 0 && <p className="px-3 py-2 text-muted-fg" data-testid={`${testId}-empty`}>{t("nothingMatches", { query })}</p>}
            {shown.map((o, i) => {
              const heading = o.group !== group ? (group = o.group) : undefined;
              return (
                <div key={o.value}>
                  {heading && <div className="px-3 pb-1 pt-2 text-xs font-medium text-muted-fg" aria-hidden>{heading}</div>}
                  <div
                    id={optionId(i)}
                    role="option"
                    aria-selected={o.value === value}
                    aria-label={o.name}
                    data-testid={`${testId}-option-${o.value}`}
                    data-active={i === active || undefined}
                    onPointerMove={() => setActive(i)}
                    onClick={() => pick(o)}
                    className="flex cursor-pointer items-start gap-2 rounded-lg px-3 py-2 data-[active]:bg-muted"
                  >
                    <Check aria-hidden className={cn("mt-0.5 size-4 shrink-0", o.value === value ? "text-primary" : "invisible")} />
                    <div className="min-w-0 flex-1">{renderOption ? renderOption(o) : o.label}</div>
                  </div>
                </div>
              );
            })}
          </div>
        </P.Content>
      </P.Portal>
    </P.Root>
  );
}
