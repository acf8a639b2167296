"use client";

/**
 * An image with GLM grounding boxes, points and GUI actions drawn over it. Geometry is in
 * percent of the image box, so the overlay stays aligned whatever size the image is shown
 * at. Props-driven: the parent owns the parsed answer and the hover link with the text.
 */
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { lazyPart } from "@/components/ui/lazy-part";
import type { GroundingResult } from "@/lib/glm/grounding";
import { overlayItems, type OverlayItem } from "@/lib/glm/grounding-overlay";
import type { GuiAction } from "@/lib/glm/gui-actions-types";
import { downloadBlob } from "@/lib/ui/download";
import { LIGHTBOX_IMAGE } from "@/components/ui/lightbox-size";
import { annotatedPng } from "./annotate";
import { Button } from "@/components/ui/button";

// The dialog code loads on the first click: no image needs it to paint.
const Lightbox = lazyPart(() => import("@/components/ui/lightbox").then((m) => m.default));


export interface ImageWithOverlayProps {
  src: string;
  alt: string;
  grounding?: GroundingResult | null;
  actions?: readonly GuiAction[] | null;
  /** Id of the highlighted item (from hovering its text), or null. */
  highlightedId?: string | null;
  /** Called with an item id when its shape is hovered, null when left. */
  onHighlight?: (id: string | null, item?: OverlayItem) => void;
  /** Controlled visibility; uncontrolled (starts visible) when omitted. */
  overlayVisible?: boolean;
  onOverlayVisibleChange?: (visible: boolean) => void;
  downloadName?: string;
  className?: string;
}

export function ImageWithOverlay(props: ImageWithOverlayProps) {
  const { src, alt, grounding, actions, highlightedId, onHighlight, downloadName = "annotated.png" } = props;
  const t = useTranslations("vision");
  const items = useMemo(() => overlayItems(grounding, actions), [grounding, actions]);
  const [ownVisible, setOwnVisible] = useState(true);
  const visible = props.overlayVisible ?? ownVisible;
  const imgRef = useRef<HTMLImageElement>(null);
  const [busy, setBusy] = useState(false);
  const [large, setLarge] = useState(false);
  const ta = useTranslations("a11y");

  const setVisible = (v: boolean) => {
    setOwnVisible(v);
    props.onOverlayVisibleChange?.(v);
  };

  const download = async () => {
    if (!imgRef.current) return;
    setBusy(true);
    try {
      downloadBlob(await annotatedPng(imgRef.current, items), downloadName);
    } finally {
      setBusy(false);
    }
  };

  const hover = (item: OverlayItem | null) => onHighlight?.(item?.id ?? null, item ?? undefined);

  return (
    // Named by its picture: a figcaption of buttons named it "Hide boxes Download annotated image".
    <figure aria-label={alt} className={`relative inline-block max-w-full ${props.className ?? ""}`}>
      {/* Hugs the image exactly: the overlay is in percent of this box, so it must not be wider.
          A click anywhere on it, shapes included (they only take hover), opens the image large. */}
      <div data-testid="overlay-image" className="relative w-fit max-w-full cursor-zoom-in" onClick={() => setLarge(true)}>
        <Button size="inline" data-testid="image-open" aria-label={ta("openImageNamed", { alt })} aria-haspopup="dialog" className="block rounded hover:bg-transparent">
          {/* eslint-disable-next-line @next/next/no-img-element -- a blob: or same-origin asset URL */}
          <img ref={imgRef} src={src} alt={alt} className="block h-auto max-w-full select-none" draggable={false} />
        </Button>
        {visible && items.length > 0 && <Shapes items={items} highlightedId={highlightedId} onHover={hover} />}
      </div>
      {large && (
        <Lightbox src={src} alt={alt} onClose={() => setLarge(false)}>
          <div className="relative w-fit">
            {/* eslint-disable-next-line @next/next/no-img-element -- a blob: or same-origin asset URL */}
            <img data-testid="image-lightbox-image" src={src} alt={alt} className={LIGHTBOX_IMAGE} />
            {visible && items.length > 0 && <Shapes items={items} highlightedId={highlightedId} onHover={hover} />}
          </div>
        </Lightbox>
      )}
      {items.length > 0 && (
        <div className="mt-1 flex flex-wrap gap-2 text-xs print:hidden">
          {/* Its words say what it does (Hide / Show boxes): no aria-pressed on top, which would be
              read as "Hide boxes, pressed". */}
          <Button variant="secondary" size="xs" data-testid="overlay-toggle" onClick={() => setVisible(!visible)} className="font-normal">
            {visible ? t("hideBoxes") : t("showBoxes")}
          </Button>
          <Button variant="secondary" size="xs" data-testid="download-annotated" disabled={busy} onClick={() => void download()} className="font-normal">
            {t("download")}
          </Button>
        </div>
      )}
    </figure>
  );
}

function Shapes({ items, highlightedId, onHover }: { items: readonly OverlayItem[]; highlightedId?: string | null; onHover: (item: OverlayItem | null) => void }) {
  return (
    <div data-testid="grounding-overlay" className="pointer-events-none absolute inset-0">
      {items.map((item) => (
        <OverlayShape key={item.id} item={item} active={item.id === highlightedId} onHover={onHover} />
      ))}
    </div>
  );
}

interface ShapeProps {
  item: OverlayItem;
  active: boolean;
  onHover: (item: OverlayItem | null) => void;
}

function Label({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <span className="absolute bottom-full left-0 max-w-48 truncate rounded-t bg-mark px-1 text-[11px] leading-4 text-on-mark">
      {text}
    </span>
  );
}

function OverlayShape({ item, active, onHover }: ShapeProps) {
  const events = {
    onMouseEnter: () => onHover(item),
    onMouseLeave: () => onHover(null),
    "data-item-id": item.id,
    "data-active": active ? "true" : undefined,
  };
  const ring = active ? "border-mark-active ring-2 ring-mark-active/60" : "border-mark";
  if (item.kind === "box") {
    const r = item.rect;
    return (
      <div
        data-testid="grounding-box"
        {...events}
        title={item.label}
        className={`pointer-events-auto absolute border-2 ${ring} ${active ? "bg-mark-active/20" : "bg-mark/10"}`}
        style={{ left: `${r.left}%`, top: `${r.top}%`, width: `${r.width}%`, height: `${r.height}%` }}
      >
        <Label text={item.label} />
      </div>
    );
  }
  if (item.kind === "point") {
    return (
      <div
        data-testid="grounding-point"
        {...events}
        title={item.label}
        className={`pointer-events-auto absolute size-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 bg-mark/60 ${ring}`}
        style={{ left: `${item.at.x}%`, top: `${item.at.y}%` }}
      >
        {item.label && (
          <span className="absolute top-full left-1/2 mt-0.5 -translate-x-1/2 whitespace-nowrap rounded bg-mark px-1 text-[11px] text-on-mark">
            {item.label}
          </span>
        )}
      </div>
    );
  }
  return <ActionShape item={item} active={active} events={events} />;
}

function ActionShape({ item, active, events }: { item: Extract<OverlayItem, { kind: "action" }>; active: boolean; events: object }) {
  const name = useTranslations("vision.action")(item.action.type);
  const at = item.at ?? item.arrow?.from;
  return (
    <div
      data-testid={at ? undefined : "gui-action"}
      data-action-type={item.action.type}
      {...events}
      className="absolute inset-0"
    >
      {item.arrow && (
        <svg className="absolute inset-0 size-full overflow-visible" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden>
          <line
            x1={item.arrow.from.x}
            y1={item.arrow.from.y}
            x2={item.arrow.to.x}
            y2={item.arrow.to.y}
            stroke={active ? "#fbbf24" : "#f43f5e"}
            strokeWidth={3}
            vectorEffect="non-scaling-stroke"
            strokeDasharray={item.action.type === "drag" ? undefined : "6 4"}
          />
          <circle cx={item.arrow.to.x} cy={item.arrow.to.y} r={1} fill={active ? "#fbbf24" : "#f43f5e"} />
        </svg>
      )}
      {at && (
        <div
          data-testid="gui-action"
          data-action-type={item.action.type}
          className={`pointer-events-auto absolute size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 ${active ? "border-mark-active bg-mark-active/40" : "border-mark bg-mark/30"}`}
          style={{ left: `${at.x}%`, top: `${at.y}%` }}
          title={name}
        >
          {item.action.type === "double_click" && <span className="absolute inset-0.5 rounded-full border-2 border-mark" />}
        </div>
      )}
      {item.bubble !== undefined && (
        <div
          className="pointer-events-auto absolute max-w-64 -translate-x-1/2 truncate rounded-lg bg-scrim/80 px-2 py-1 font-mono text-xs text-on-scrim shadow"
          style={{ left: `${at?.x ?? 50}%`, top: `calc(${at?.y ?? 4}% + 14px)` }}
        >
          {name}: {item.bubble}
        </div>
      )}
    </div>
  );
}
