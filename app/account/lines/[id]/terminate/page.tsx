import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cstDateAt } from "@/lib/domain/time";
import { terminationReasonSchema } from "@/lib/schemas/termination";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SettlementTable } from "@/components/termination/settlement-table";
import { requireCustomer } from "@/server/actor";
import { getTerminationPreview, recordPortingCheck } from "@/server/dal/termination";
import { confirmTerminationAction, sendTerminationCodeAction } from "../../actions";
import { ChecksStep, EndingList } from "./_components/checks-step";
import { ConfirmForm } from "./_components/confirm-form";
import { PortingStep } from "./_components/porting-step";
import { ReasonForm } from "./_components/reason-form";
import { StepIndicator } from "./_components/step-indicator";
import { WIZARD_STEPS, stepHref, type WizardStep } from "./_components/steps";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("request"))("type.TERMINATION") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * 销户 wizard: reason → checks → settlement → porting alternative → confirmation with an SMS code.
 * The step and the reason are in the URL; every step is computed again here from the line, its
 * bills and its requests, and a step whose conditions fail falls back to the one that explains why.
 */
export default async function TerminatePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireCustomer(`/account/lines/${encodeURIComponent(id)}/terminate`);
  const preview = await getTerminationPreview(actor, id);
  if (!preview) notFound();
  const sp = await searchParams;
  const [t, tr, locale] = await Promise.all([getTranslations("termination"), getTranslations("request"), getLocale()]);
  const { line, checks } = preview;

  const parsed = terminationReasonSchema.safeParse({ reason: one(sp.reason), note: one(sp.note) ?? "" });
  const reason = parsed.success ? parsed.data : null;
  let step: WizardStep = (WIZARD_STEPS as readonly string[]).includes(one(sp.step) ?? "") ? (one(sp.step) as WizardStep) : "reason";
  if (step !== "reason" && !reason) step = "reason";
  if (WIZARD_STEPS.indexOf(step) > 1 && checks.blocked) step = "checks";
  // Looking up whether the number may be ported out is recorded (a churn signal).
  if (step === "porting") await recordPortingCheck(actor, line.id, preview.porting.eligible);
  const href = (s: WizardStep) => stepHref(line.id, s, reason);
  const prev = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1];
  const nav = (next: WizardStep | null, nextLabel = t("next")) => (
    <div className="mt-6 flex flex-wrap gap-3">
      {prev ? (
        <ButtonLink variant="secondary" href={href(prev)}>
          {t("back")}
        </ButtonLink>
      ) : null}
      {next ? <ButtonLink href={href(next)}>{nextLabel}</ButtonLink> : null}
    </div>
  );

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href="/account/lines" className="text-sm text-brand-700 underline">
          ← {t("backToLines")}
        </Link>
        <h1 className="mt-2 break-all text-2xl font-bold">{t("wizardTitle", { number: line.number })}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {tr(`kind.${line.kind}`)} · {locale === "en" ? line.plan.nameEn : line.plan.name}
        </p>
      </div>
      {preview.openTermination ? (
        <Alert tone="info">
          <p>{t("openAlready", { srn: preview.openTermination.srn })}</p>
          <p className="mt-2">
            <Link href={`/account/requests/${preview.openTermination.srn}`} className="font-medium underline">
              {t("viewOpen")}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          <StepIndicator current={step} />
          {step === "reason" ? (
            <Card title={t("step.reason")} titleId="step-title">
              <p className="mb-4 text-sm text-slate-700">{t("wizardLead")}</p>
              <ReasonForm lineId={line.id} initial={{ reason: reason?.reason, note: reason?.note ?? one(sp.note) ?? "" }} />
            </Card>
          ) : null}
          {step === "checks" ? (
            <Card title={t("checksTitle")} titleId="step-title">
              <p className="mb-4 text-sm text-slate-700">{t("checksLead")}</p>
              <ChecksStep checks={checks} />
              {nav(checks.blocked ? null : "settlement")}
            </Card>
          ) : null}
          {step === "settlement" ? (
            <Card title={t("settlementTitle")} titleId="step-title">
              <SettlementTable settlement={preview.settlement} />
              <SettlementLead date={preview.settlement.asOf} />
              {nav("porting")}
            </Card>
          ) : null}
          {step === "porting" ? (
            <Card title={t("portingTitle")} titleId="step-title">
              <PortingStep porting={preview.porting} kind={line.kind} />
              <div className="mt-6 flex flex-wrap gap-3">
                <ButtonLink variant="secondary" href={href("settlement")}>
                  {t("back")}
                </ButtonLink>
                {preview.porting.applicable ? (
                  <ButtonLink variant="secondary" href="/account/lines">
                    {t("portInstead")}
                  </ButtonLink>
                ) : null}
                <ButtonLink href={href("confirm")}>{t("continueTerminate")}</ButtonLink>
              </div>
            </Card>
          ) : null}
          {step === "confirm" && reason ? (
            <Card title={t("confirmTitle")} titleId="step-title">
              <p className="mb-4 text-sm text-slate-700">{t("confirmLead")}</p>
              <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-slate-600">{t("summary.line")}</dt>
                <dd className="break-all text-slate-900">{line.number}</dd>
                <dt className="text-slate-600">{t("summary.reason")}</dt>
                <dd className="break-words text-slate-900">
                  {t(`reason.${reason.reason}`)}
                  {reason.note ? ` · ${reason.note}` : ""}
                </dd>
                <dt className="text-slate-600">{t("summary.ending")}</dt>
                <dd>
                  <EndingList ending={checks.ending} />
                </dd>
              </dl>
              <div className="mb-6">
                <SettlementTable settlement={preview.settlement} caption={t("summary.net")} />
              </div>
              <ConfirmForm lineId={line.id} reason={reason} sendCode={sendTerminationCodeAction} confirm={confirmTerminationAction} />
              <div className="mt-6">
                <ButtonLink variant="secondary" href={href("porting")}>
                  {t("back")}
                </ButtonLink>
              </div>
            </Card>
          ) : null}
        </>
      )}
    </div>
  );
}

async function SettlementLead({ date }: { date: string }) {
  const [t, format] = await Promise.all([getTranslations("termination"), getFormatter()]);
  const day = cstDateAt(date);
  return <p className="mt-3 text-xs text-slate-600">{t("settlementLead", { date: day ? format.dateTime(day, "date") : date })}</p>;
}
