import { useTranslations } from "next-intl";
export function DemoBadge() {
  const t = useTranslations("chat");
  return (
    <span
      data-testid="demo-badge"
      tabIndex={0}
      title={t("demoTitle")}
      className="group relative rounded-full bg-warning-soft px-2.5 py-0.5 text-xs font-semibold text-warning-fg"
    >
      {t("demo")}
      <span role="tooltip" className="pointer-events-none absolute left-0 top-7 z-20 hidden w-72 rounded-lg bg-inverse p-3 text-xs font-normal text-on-inverse shadow-lg group-hover:block group-focus:block">
        {t.rich("demoTip", { code: (chunks) => <code>{chunks}</code> })}
      </span>
    </span>
  );
}
