import { getTranslations } from "next-intl/server";
import { NotFoundPage } from "@/components/not-found/not-found-page";

/** Any address the app has no page for (status 404): in the reader's language, with a way back. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <NotFoundPage testId="page-not-found" homeTestId="page-not-found-home" title={t("title")} body={t("body")} home={t("home")} />;
}
