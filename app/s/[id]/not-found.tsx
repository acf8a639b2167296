import { getTranslations } from "next-intl/server";
import { NotFoundPage } from "@/components/not-found/not-found-page";

/** What a stranger sees for a revoked, expired or mistyped share link (status 404). */
export default async function ShareNotFound() {
  const t = await getTranslations("shared");
  return <NotFoundPage testId="share-not-found" homeTestId="share-not-found-home" title={t("goneTitle")} body={t("goneBody")} home={t("open")} />;
}
