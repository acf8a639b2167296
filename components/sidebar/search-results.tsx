"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import { searchConversations } from "@/lib/store/persist/search";
import type { SearchResult } from "@/lib/store/persist/search-core";
import { activityTimes, inActivityOrder } from "@/lib/store/persist/search-order";
import { useChatStore } from "@/lib/store/chat-store";
import { highlightPieces, leadUpToHit } from "@/lib/ui/highlight";
import { VirtualList } from "./virtual-list";
import { lightButton, type ButtonProps } from "@/components/ui/button";
import { moveFocus, ROW_KEYS, stepRow } from "./history-keys";

/** No side padding on the marks: a hit inside a word showed as a gap in it ("apple s"). */
function Highlighted({ text, ranges }: { text: string; ranges: { start: number; end: number }[] }) {
  return (
    <>
      {highlightPieces(text, ranges).map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded-sm bg-highlight text-inherit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

/** Up/Down/Home/End between the results, as between conversations (./history-keys.ts). */
function resultKeys(e: React.KeyboardEvent<HTMLButtonElement>) {
  if (!ROW_KEYS.includes(e.key)) return;
  const results = [...(e.currentTarget.closest('[data-testid="search-results"]')?.querySelectorAll<HTMLElement>('[data-testid="search-result"]') ?? [])];
  moveFocus(e, stepRow(e.key, results, results.indexOf(e.currentTarget)));
}

const rowHeight = () => 64;
const rowKey = (r: SearchResult) => r.conversationId;

/** Results for every keystroke (the index is in memory); stale answers are ignored. */
/** `onPick` hears the result's best message and the query that found it (the opened chat marks its words). */
export function SearchResults({ query, onPick }: { query: string; onPick: (id: string, messageId?: string, query?: string) => void }) {
  const t = useTranslations("sidebar");
  const [state, setState] = useState<{ query: string; results: SearchResult[] }>({ query: "", results: [] });
  const history = useChatStore((s) => s.conversations);
  // Asked again when the history changes (an answer ended here or in another tab, a chat came or
  // went), not per token: a chat that has just started to match appears, and the snippets are the
  // stored text's. The index re-reads only the chats that changed (lib/store/persist/search.ts).
  useEffect(() => {
    let live = true;
    searchConversations(query)
      .then((results) => live && setState({ query, results }))
      .catch(() => live && setState({ query, results: [] }));
    return () => {
      live = false;
    };
  }, [query, history]);
  // Until the search asked again answers, activity reorders the results as it moves the history.
  const times = useMemo(() => activityTimes(history), [history]);
  const results = useMemo(() => inActivityOrder(state.results, times), [state.results, times]);

  const renderRow = useCallback(
    (r: SearchResult) => {
      const snippet = r.snippets[0];
      return (
        lightButton({
          variant: "item",
          size: "inline",
          "data-testid": "search-result",
          "data-id": r.conversationId,
          onClick: () => onPick(r.conversationId, snippet?.messageId, state.query),
          onKeyDown: resultKeys,
          className: "block h-[60px] w-full px-2 py-1 text-sm",
          children: (
            <>
              <span className="block truncate text-sm">
                <Highlighted text={r.title} ranges={r.titleRanges} />
              </span>
              {snippet && (
                <span className="block truncate text-xs text-muted-fg">
                  <Highlighted {...leadUpToHit(snippet.text, snippet.ranges)} />
                </span>
              )}
            </>
          ),
        } as ButtonProps)
      );
    },
    [onPick, state.query],
  );

  if (state.query === query && !state.results.length) {
    return (
      <p data-testid="search-results" data-query={state.query} className="min-h-0 flex-1 px-4 py-6 text-sm text-muted-fg">
        {t("noMatch", { query })}
      </p>
    );
  }
  return <VirtualList items={results} rowHeight={rowHeight} rowKey={rowKey} renderRow={renderRow} testId="search-results" attributes={{ "data-query": state.query }} />;
}
