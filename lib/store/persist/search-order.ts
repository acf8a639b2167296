import type { SearchResult } from "./search-core";

/**
 * Each chat's latest activity as the history holds it, looked up by id. Made once per history (it
 * changes when a row moves, not per keystroke): walking 5,000 rows at every keystroke was a
 * quarter of a millisecond of each one's search.
 */
export function activityTimes(history: readonly { id: string; updatedAt: number }[]): ReadonlyMap<string, number> {
  return new Map(history.map((c) => [c.id, c.updatedAt]));
}

/**
 * Search results in the history's activity order, live: a matched chat active since the search ran
 * (an answer in it, in this tab or another) takes the time the history now holds for it and moves
 * up as its row did, without searching again. The history only changes when a row moves or
 * another tab's write is read back, not per token, so neither does this. The same array when
 * nothing moved: the list is not rebuilt.
 */
export function inActivityOrder(results: SearchResult[], times: ReadonlyMap<string, number>): SearchResult[] {
  if (results.length < 2) return results;
  let moved = false;
  const timed = results.map((r) => {
    const at = times.get(r.conversationId);
    if (at === undefined || at <= r.updatedAt) return r;
    moved = true;
    return { ...r, updatedAt: at };
  });
  // Stable: equal times keep the search's order.
  return moved ? timed.sort((a, b) => b.updatedAt - a.updatedAt) : results;
}
