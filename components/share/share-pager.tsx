import { useTranslations } from "next-intl";
interface Props {
  shareId: string;
  page: number;
  pages: number;
  start: number;
  end: number;
  total: number;
}

const link = "rounded-lg border border-line px-3 py-1.5 text-sm hover:bg-muted";

/** Plain links between the pages of a long share: they work without JavaScript. */
export function SharePager({ shareId, page, pages, start, end, total }: Props) {
  const t = useTranslations("shared");
  if (pages <= 1) return null;
  const href = (p: number) => `/s/${encodeURIComponent(shareId)}${p > 1 ? `?page=${p}` : ""}`;
  return (
    <nav data-testid="shared-pager" aria-label={t("pages")} className="my-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <a data-testid="shared-page-prev" href={href(page - 1)} rel="prev" className={link}>{t("earlier")}</a>
      ) : (
        <span />
      )}
      <p data-testid="shared-page-status" className="text-sm text-muted-fg">
        {t("status", { start: start + 1, end, total, page, pages })}
      </p>
      {page < pages ? (
        <a data-testid="shared-page-next" href={href(page + 1)} rel="next" className={link}>{t("later")}</a>
      ) : (
        <span />
      )}
    </nav>
  );
}
