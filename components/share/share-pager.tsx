interface Props {
  shareId: string;
  page: number;
  pages: number;
  start: number;
  end: number;
  total: number;
}

const link = "rounded-lg border border-zinc-200 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Plain links between the pages of a long share: they work without JavaScript. */
export function SharePager({ shareId, page, pages, start, end, total }: Props) {
  if (pages <= 1) return null;
  const href = (p: number) => `/s/${encodeURIComponent(shareId)}${p > 1 ? `?page=${p}` : ""}`;
  return (
    <nav data-testid="shared-pager" aria-label="Pages of this conversation" className="my-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <a data-testid="shared-page-prev" href={href(page - 1)} rel="prev" className={link}>← Earlier messages</a>
      ) : (
        <span />
      )}
      <p data-testid="shared-page-status" className="text-sm text-zinc-500">
        {`Messages ${start + 1}–${end} of ${total} · page ${page} of ${pages}`}
      </p>
      {page < pages ? (
        <a data-testid="shared-page-next" href={href(page + 1)} rel="next" className={link}>Later messages →</a>
      ) : (
        <span />
      )}
    </nav>
  );
}
