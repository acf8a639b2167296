/**
 * The shared page renders a bounded slice of a conversation per request, so one huge share (250
 * messages of tables, a 1 MB answer) costs every viewer, and every other request the server is
 * answering, only a bounded amount of rendering. Later slices are one link away (`?page=N`),
 * with or without JavaScript; "Continue this chat" still copies the whole conversation.
 */

export interface PagingBudget {
  /** Messages per page at most. */
  messages: number;
  /** Characters of markdown (answer + reasoning) per page at most (a page always shows at least one message). */
  chars: number;
  /** A message longer than this is shown as plain text: formatting it would cost too much per view. */
  plainOver: number;
}

// Measured (e2e/bench/share.bench.ts): a page of tables costs roughly 1 ms of rendering per 100
// characters of markdown, so a page stays around a tenth of a second on an idle core.
export const SHARE_PAGE_BUDGET: PagingBudget = { messages: 30, chars: 15_000, plainOver: 10_000 };

type Sized = { content: string; reasoning?: string };

const cost = (m: Sized) => m.content.length + (m.reasoning?.length ?? 0);

/** The first message index of each page (always starts with 0 when there is a message). */
export function pageStarts(messages: readonly Sized[], budget: PagingBudget = SHARE_PAGE_BUDGET): number[] {
  const starts: number[] = [];
  let count = 0;
  let chars = 0;
  messages.forEach((m, i) => {
    // Plain-text messages are cheap to render: they count for what they would cost at the cap.
    const c = Math.min(cost(m), budget.plainOver);
    if (starts.length === 0 || count >= budget.messages || (count > 0 && chars + c > budget.chars)) {
      starts.push(i);
      count = 0;
      chars = 0;
    }
    count += 1;
    chars += c;
  });
  return starts;
}

export interface SharePage {
  /** 1-based page number actually shown (out-of-range requests land on the nearest page). */
  page: number;
  pages: number;
  start: number;
  end: number;
  /** Whether message i (absolute index) is shown as plain text. */
  plain: (i: number) => boolean;
}

/** Parses `?page=` leniently: anything odd shows the first page rather than an error. */
export function sharePage(messages: readonly Sized[], requested: unknown, budget: PagingBudget = SHARE_PAGE_BUDGET): SharePage {
  const starts = pageStarts(messages, budget);
  const pages = Math.max(1, starts.length);
  const n = typeof requested === "string" && /^\d{1,6}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(1, n), pages);
  const start = starts[page - 1] ?? 0;
  const end = starts[page] ?? messages.length;
  return { page, pages, start, end, plain: (i) => cost(messages[i]) > budget.plainOver };
}
