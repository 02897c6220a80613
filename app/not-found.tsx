import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("notFoundText")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("backHome")}
      </ButtonLink>
    </div>
  );
}
