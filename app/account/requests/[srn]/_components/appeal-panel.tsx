import { useTranslations } from "next-intl";
import { MIIT_APPEAL, type AppealEligibility } from "@/lib/domain/complaints";
import { ButtonLink, buttonClasses } from "@/components/ui/button";

/**
 * The right to appeal to the MIIT telecom user appeal centre (12300), shown when it applies: why,
 * when it applies, how, and what to bring — with the appeal pack.
 */
export function AppealPanel({ srn, appeal }: { srn: string; appeal: AppealEligibility }) {
  const t = useTranslations("complaints");
  return (
    <section aria-labelledby="appeal" className="rounded-lg bg-amber-50 p-4 text-amber-950 shadow-sm ring-2 ring-amber-300 sm:p-6">
      <h2 id="appeal" className="text-lg font-semibold">
        {t("appeal.title")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm font-medium">
        {appeal.reasons.map((r) => (
          <li key={r}>{t(`appeal.reason.${r}`)}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm">{t("appeal.right")}</p>
      <p className="mt-3 text-sm">
        {t("appeal.how", { phone: MIIT_APPEAL.phone })}{" "}
        <a href={MIIT_APPEAL.url} className="break-all font-medium underline" rel="noopener noreferrer" target="_blank">
          {MIIT_APPEAL.url}
        </a>
      </p>
      <p className="mt-3 text-sm">{t("appeal.bring", { srn })}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ButtonLink href={`/account/requests/${srn}/appeal`}>{t("pack.open")}</ButtonLink>
        <a href={`/account/requests/${srn}/appeal.pdf`} download className={buttonClasses("secondary")}>
          {t("pack.pdf")}
        </a>
        <a href={`tel:${MIIT_APPEAL.phone}`} className="inline-flex min-h-11 items-center px-2 text-sm font-medium underline">
          {t("appeal.phoneLink", { phone: MIIT_APPEAL.phone })}
        </a>
      </div>
    </section>
  );
}
