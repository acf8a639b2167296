import type { SearchResult } from "./search-core";

/**
 * Search results in the history's activity order, live: a matched chat active since the search ran
 * (an answer in it, in this tab or another) takes the time the history now holds for it and moves
 * up as its row did, without searching again. The history only changes when a row moves or
 * another tab's write is read back, not per token, so neither does this. The same array when
 * nothing moved: the list is not rebuilt.
 */
export function inActivityOrder(results: SearchResult[], history: readonly { id: string; updatedAt: number }[]): SearchResult[] {
  if (results.length < 2) return results;
  const shown = new Map(results.map((r) => [r.conversationId, r.updatedAt]));
  const newer = new Map<string, number>();
  for (const c of history) {
    const at = shown.get(c.id);
    if (at !== undefined && c.updatedAt > at) newer.set(c.id, c.updatedAt);
  }
  if (!newer.size) return results;
  const moved = results.map((r) => {
    const at = newer.get(r.conversationId);
    return at === undefined ? r : { ...r, updatedAt: at };
  });
  // Stable: equal times keep the search's order.
  return moved.sort((a, b) => b.updatedAt - a.updatedAt);
}
