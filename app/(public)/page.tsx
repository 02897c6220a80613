import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { getActor } from "@/server/actor";
import { listPublishedCommitments } from "@/server/dal/commitments";
import { readCompliance } from "@/server/dal/compliance";
import { listActiveIncidents } from "@/server/dal/home";
import { CommitmentSummary } from "./_components/commitment-summary";
import { CurrentOutages } from "./_components/current-outages";

export default async function HomePage() {
  // The live commitment summary reads the cached figures (recomputed at most every five minutes).
  const [t, actor, commitments, figures, incidents] = await Promise.all([getTranslations("home"), getActor(), listPublishedCommitments(), readCompliance(), listActiveIncidents()]);
  const cards = [
    { title: t("cardFaultTitle"), text: t("cardFaultText") },
    { title: t("cardTrackTitle"), text: t("cardTrackText") },
    { title: t("cardNotifyTitle"), text: t("cardNotifyText") },
  ];
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-base text-white/90">{t("lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {actor?.kind === "customer" ? (
            <>
              <ButtonLink href="/account/requests/new/fault-repair" variant="secondary">
                {t("ctaReport")}
              </ButtonLink>
              <ButtonLink href="/account/requests" variant="ghost" className="text-white ring-1 ring-white/60 hover:bg-white/10">
                {t("ctaRequests")}
              </ButtonLink>
            </>
          ) : actor?.kind === "staff" ? null : (
            <>
              <ButtonLink href="/login" variant="secondary">
                {t("ctaLogin")}
              </ButtonLink>
              <ButtonLink href="/register" variant="ghost" className="text-white ring-1 ring-white/60 hover:bg-white/10">
                {t("ctaRegister")}
              </ButtonLink>
              <ButtonLink href="/track" variant="ghost" className="text-white ring-1 ring-white/60 hover:bg-white/10">
                {t("ctaTrack")}
              </ButtonLink>
            </>
          )}
        </div>
      </section>

      <CurrentOutages incidents={incidents} />

      <section aria-labelledby="what">
        <h2 id="what" className="mb-4 text-xl font-semibold">
          {t("whatTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {cards.map((c) => (
            <li key={c.title} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-semibold text-slate-900">{c.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{c.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <CommitmentSummary commitments={commitments} figures={figures} />

      {actor ? null : (
        <section aria-labelledby="staff" className="text-sm text-slate-700">
          <h2 id="staff" className="font-semibold text-slate-900">
            {t("staffTitle")}
          </h2>
          <p className="mt-1">{t("staffText")}</p>
        </section>
      )}
    </div>
  );
}
