"use client";

import { useTranslations } from "next-intl";
import type { OutOfRangeItem } from "@/lib/glm/grounding";
import type { OverlayItem } from "@/lib/glm/grounding-overlay";
import { actionLegend, legendText } from "@/lib/glm/legend-text";

interface Props {
  content: string;
  items: readonly OverlayItem[];
  outOfRange: readonly OutOfRangeItem[];
  truncated: boolean;
  highlighted: string | null;
  onHighlight: (id: string | null) => void;
}

/**
 * The text of each drawn box, point or action, linked both ways with its shape: hovering either,
 * or focusing a legend entry with the keyboard, highlights the other. Out-of-range values are
 * listed as text, never drawn.
 */
export function OverlayLegend({ content, items, outOfRange, truncated, highlighted, onHighlight }: Props) {
  const t = useTranslations("vision");
  const action = useTranslations("vision.action");
  return (
    <div className="flex flex-col gap-1 text-xs">
      <ul className="flex flex-wrap gap-1" data-testid="overlay-legend">
        {items.map((item) => (
          <li
            key={item.id}
            data-testid="overlay-legend-item"
            data-item-id={item.id}
            data-active={item.id === highlighted ? "true" : undefined}
            onMouseEnter={() => onHighlight(item.id)}
            onMouseLeave={() => onHighlight(null)}
            tabIndex={0}
            onFocus={() => onHighlight(item.id)}
            onBlur={() => onHighlight(null)}
            className={`cursor-default rounded-md outline-none focus-visible:ring-2 focus-visible:ring-ring border px-1.5 py-0.5 font-mono ${item.id === highlighted ? "border-warning-line bg-warning-soft" : "border-line-strong"}`}
          >
            <LegendEntry
              name={"label" in item && item.label ? item.label : item.kind === "action" ? action(item.action.type) : null}
              source={content.slice(item.start, Math.min(item.end, item.start + 200))}
              isAction={item.kind === "action"}
            />
          </li>
        ))}
      </ul>
      {outOfRange.length > 0 && (
        <p data-testid="grounding-out-of-range" className="rounded-md bg-warning-soft px-2 py-1 text-warning-fg">
          {t("notDrawn", { items: outOfRange.map((o) => o.text).join(", ") })}
        </p>
      )}
      {truncated && <p className="text-muted-fg">{t("truncated")}</p>}
    </div>
  );
}

/**
 * A name (a box's label, an action's kind) then the text, parted by a real space: a margin alone
 * left the read-out text run together ("click[281, 479]").
 */
function LegendEntry({ name, source, isAction }: { name: string | null; source: string; isAction: boolean }) {
  const entry = isAction && name ? actionLegend(name, source) : { name, text: legendText(source) };
  return (
    <>
      {entry.name && <span className="font-sans font-medium">{entry.name}</span>}
      {entry.name && " "}
      {entry.text}
    </>
  );
}
