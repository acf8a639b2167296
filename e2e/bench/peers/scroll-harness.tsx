/**
 * Browser side of e2e/bench/scroll.bench.ts, bundled by esbuild into a blank page: our
 * stick-to-bottom hook against `use-stick-to-bottom`, and our sidebar VirtualList against
 * `@tanstack/react-virtual`, each driven through the same content in the same page. Never
 * shipped: only the bench imports it.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { useStickToBottom } from "use-stick-to-bottom";
import { VirtualList } from "@/components/sidebar/virtual-list";
import { useFollowBottom } from "@/components/ui/use-follow-bottom";

export type Kind = "ours" | "peer";

// ---------- a growing answer, as a stream grows the message list ----------

let text = "";
const listeners = new Set<() => void>();
const store = {
  subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
  get: () => text,
  set(next: string) {
    text = next;
    for (const l of listeners) l();
  },
};
const useText = () => useSyncExternalStore(store.subscribe, store.get);

function Paragraphs({ value }: { value: string }) {
  // One paragraph per line, like rendered markdown blocks.
  return (
    <>
      {value.split("\n").map((line, i) => (
        <p key={i} style={{ margin: "0 0 8px", font: "15px/1.5 sans-serif", overflowWrap: "anywhere" }}>
          {line}
        </p>
      ))}
    </>
  );
}

const SCROLLER = { height: 600, width: 700, overflowY: "auto" } as const;

function OursFollow() {
  const value = useText();
  const { ref, follow, handlers } = useFollowBottom<HTMLDivElement>();
  // As components/chat/message-list.tsx does: follow after each change, before paint.
  useLayoutEffect(follow, [value, follow]);
  return (
    <div ref={ref} data-scroller style={SCROLLER} {...handlers}>
      <div>
        <Paragraphs value={value} />
      </div>
    </div>
  );
}

function PeerFollow() {
  const value = useText();
  // "instant": the app jumps to the bottom while streaming; the spring animation would trail.
  const { scrollRef, contentRef } = useStickToBottom({ initial: "instant", resize: "instant" });
  return (
    <div ref={scrollRef} data-scroller style={SCROLLER}>
      <div ref={contentRef}>
        <Paragraphs value={value} />
      </div>
    </div>
  );
}

let root: Root | undefined;
const host = () => document.getElementById("root")!;

function mount(node: ReactNode) {
  root?.unmount();
  root = createRoot(host());
  root.render(node);
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const scroller = () => document.querySelector<HTMLElement>("[data-scroller]")!;
const distance = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight;

const WORDS = "the model reads the screenshot then answers with a box around the save button and a short reason".split(" ");
function chunkOf(n: number, seed: number): string {
  let s = "";
  for (let i = 0; s.length < n; i++) s += (i % 17 === 16 ? "\n" : " ") + WORDS[(seed + i) % WORDS.length];
  return s.slice(0, n);
}

/**
 * Grows the content `updates` times by `chunk` characters, one update per frame, and checks after
 * each frame that the view is at the bottom. Then the user wheels up: further growth must not
 * pull the view back down. Returns how many frames ended at the bottom and whether the escape held.
 */
async function follow(kind: Kind, updates: number, chunk: number) {
  store.set("");
  mount(kind === "ours" ? <OursFollow /> : <PeerFollow />);
  await frame();
  await frame();
  let atBottom = 0;
  for (let i = 0; i < updates; i++) {
    store.set(text + chunkOf(chunk, i));
    await frame();
    await frame();
    if (distance(scroller()) < 48) atBottom++;
  }
  return { atBottom, updates };
}

/** After `follow`: the page wheels up (Playwright's mouse), then the content grows some more. */
async function growAfterEscape(updates: number, chunk: number) {
  const before = scroller().scrollTop;
  for (let i = 0; i < updates; i++) {
    store.set(text + chunkOf(chunk, i));
    await frame();
    await frame();
  }
  const el = scroller();
  return { stayed: distance(el) > 100 && el.scrollTop <= before + 1, distance: distance(el) };
}

// ---------- the sidebar list ----------

interface Row {
  key: string;
  header?: string;
  title?: string;
}

function rowsOf(n: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 400 === 0) rows.push({ key: `h${i}`, header: `Group ${i / 400}` });
    rows.push({ key: `c${i}`, title: `Seeded conversation ${i}` });
  }
  return rows;
}
const rowHeight = (r: Row) => (r.header ? 30 : 54);
const rowKey = (r: Row) => r.key;

function RowView({ row }: { row: Row }) {
  // Each row fills its slot, so any point in the view lands inside one.
  const box = { height: "100%", boxSizing: "border-box" } as const;
  if (row.header) return <div data-row={row.key} style={{ ...box, padding: "8px 8px 4px", font: "600 12px sans-serif" }}>{row.header}</div>;
  return (
    <div data-row={row.key} style={{ ...box, display: "flex", gap: 8, padding: "6px 8px", font: "14px sans-serif" }}>
      <span style={{ width: 32, height: 32, background: "#ddd", borderRadius: 6 }} />
      <span style={{ minWidth: 0, flex: 1 }}>
        <span style={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{row.title}</span>
        <span style={{ display: "block", fontSize: 12, color: "#666" }}>2 h ago</span>
      </span>
    </div>
  );
}

function OursList({ rows }: { rows: Row[] }) {
  const render = useCallback((r: Row) => <RowView row={r} />, []);
  return <VirtualList items={rows} rowHeight={rowHeight} rowKey={rowKey} renderRow={render} testId="list" />;
}

/** The same list with @tanstack/react-virtual, set up as its docs show (fixed sizes known up front). */
function PeerList({ rows }: { rows: Row[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => ref.current, estimateSize: (i) => rowHeight(rows[i]), getItemKey: (i) => rows[i].key, overscan: 6 });
  return (
    <div ref={ref} data-testid="list" className="min-h-0 flex-1 overflow-y-auto px-2">
      <div style={{ position: "relative", height: v.getTotalSize() }}>
        {v.getVirtualItems().map((item) => (
          <div key={item.key} style={{ position: "absolute", top: item.start, left: 0, right: 0, height: item.size }}>
            <RowView row={rows[item.index]} />
          </div>
        ))}
      </div>
    </div>
  );
}

const LIST_CSS = ".min-h-0{min-height:0}.flex-1{flex:1 1 0%}.overflow-y-auto{overflow-y:auto}.px-2{padding-left:.5rem;padding-right:.5rem}";

function Column({ children }: { children: ReactNode }) {
  return <div style={{ display: "flex", flexDirection: "column", height: 800, width: 288 }}>{children}</div>;
}

/** Mounts `n` conversations, then scrolls `steps` times by 500 px; checks the rows in view each time. */
async function list(kind: Kind, n: number, steps: number) {
  if (!document.getElementById("list-css")) {
    const style = document.createElement("style");
    style.id = "list-css";
    style.textContent = LIST_CSS;
    document.head.append(style);
  }
  const rows = rowsOf(n);
  mount(<Column>{kind === "ours" ? <OursList rows={rows} /> : <PeerList rows={rows} />}</Column>);
  await frame();
  await frame();
  const el = document.querySelector<HTMLElement>('[data-testid="list"]')!;
  let covered = document.querySelector('[data-row="c0"]') ? 1 : 0;
  for (let i = 1; i <= steps; i++) {
    el.scrollTop = i * 500;
    await frame();
    await frame();
    // The row at the middle of the view must be rendered.
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 60, box.top + box.height / 2);
    if (hit?.closest("[data-row]")) covered++;
  }
  const mounted = el.querySelectorAll("[data-row]").length;
  return { covered, checks: steps + 1, mounted };
}

(window as unknown as { __scrollBench: unknown }).__scrollBench = { follow, growAfterEscape, list };
