"use client";

import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { rowOffsets, visibleRange } from "@/lib/ui/window-range";

interface Props<T> {
  items: T[];
  rowHeight: (item: T) => number;
  rowKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  testId?: string;
  attributes?: Record<string, string>;
}

/** Renders only the rows in view (plus a few): thousands of conversations stay cheap. */
export function VirtualList<T>({ items, rowHeight, rowKey, renderRow, testId, attributes }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const offsets = useMemo(() => rowOffsets(items.map(rowHeight)), [items, rowHeight]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight || 800);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const { start, end } = visibleRange(offsets, scrollTop, viewport);
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i += 1) {
    const item = items[i];
    rows.push(
      <div key={rowKey(item)} style={{ position: "absolute", top: offsets[i], left: 0, right: 0, height: offsets[i + 1] - offsets[i] }}>
        {renderRow(item)}
      </div>,
    );
  }
  return (
    <div ref={scroller} data-testid={testId} {...attributes} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} className="min-h-0 flex-1 overflow-y-auto px-2">
      <div style={{ position: "relative", height: offsets[items.length] }}>{rows}</div>
    </div>
  );
}
