import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cstDateKey } from "@/lib/domain/time";
import { surveyCodeSchema } from "@/lib/schemas/rating";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { getWave } from "@/server/dal/survey-waves";
import { staffTitle } from "@/server/staff-metadata";
import { segmentText } from "../_components/segment-text";
import { StepButton } from "../_components/step-button";
import { WaveForm } from "../_components/wave-form";
import { WaveResults } from "../_components/wave-results";
import { STATUS_TONE } from "../_components/wave-figures";
import { closeWaveAction, countSegmentAction, sendWaveAction, updateWaveAction } from "../actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return staffTitle("waveTitle", "survey:manage", { code: decodeURIComponent(code) }, "surveyWaves");
}

// One wave: while a DRAFT its form and the send step; once SENT the close step; its results.
export default async function WavePage({ params, searchParams }: Props) {
  const { code: raw } = await params;
  const actor = await requireStaff(`/admin/surveys/${encodeURIComponent(raw)}`, "survey:manage");
  const code = surveyCodeSchema.safeParse(decodeURIComponent(raw));
  const wave = code.success ? await getWave(actor, code.data) : null;
  if (!wave) notFound();
  const [t, format, locale, query] = await Promise.all([getTranslations("surveyWaves"), getFormatter(), getLocale(), searchParams]);
  const lastDay = cstDateKey(new Date(wave.endsAt.getTime() - 1));
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <Link href="/admin/surveys" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={locale === "en" ? wave.titleEn : wave.title}
            lead={
              <span className="inline-flex flex-wrap items-center gap-2">
                <span>
                  {wave.code} · {t(`kind.${wave.kind}`)}
                  {wave.cadence ? ` · ${t(`cadence.${wave.cadence}`)}` : ""}
                </span>
                <Badge tone={STATUS_TONE[wave.status]}>{t(`status.${wave.status}`)}</Badge>
              </span>
            }
          />
        </div>
      </div>
      {query.created ? <Alert tone="success">{t("created")}</Alert> : null}

      <Card title={t("definition")} titleId="wave-definition">
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t("col.period")}</dt>
            <dd className="text-slate-900">{t("periodValue", { startsOn: cstDateKey(wave.startsAt), endsOn: lastDay })}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("form.segment")}</dt>
            <dd className="text-slate-900">{segmentText(t as never, locale, wave)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("createdBy")}</dt>
            <dd className="text-slate-900">{wave.createdBy?.displayName ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("sentAt")}</dt>
            <dd className="text-slate-900">{wave.sentAt ? t("sentValue", { at: format.dateTime(wave.sentAt, "short"), count: wave.invitedCount }) : "—"}</dd>
          </div>
        </dl>
      </Card>

      {wave.status === "DRAFT" ? (
        <>
          <Card title={t("editTitle")} titleId="wave-edit">
            <WaveForm
              key={wave.version}
              now={new Date().toISOString()}
              action={updateWaveAction}
              countAction={countSegmentAction}
              initial={{
                code: wave.code,
                version: wave.version,
                kind: wave.kind as "NPS" | "CSI",
                cadence: wave.cadence ?? "QUARTERLY",
                title: wave.title,
                titleEn: wave.titleEn,
                startsOn: cstDateKey(wave.startsAt),
                endsOn: lastDay,
                segmentTypes: wave.segmentTypes,
                segmentStages: wave.segmentStages,
                segmentAreas: wave.segmentAreas,
                questions: wave.questions.map((q) => ({ text: q.text, textEn: q.textEn, weight: String(q.weight) })),
              }}
            />
          </Card>
          <Card title={t("sendTitle")} titleId="wave-send">
            <p className="mb-4 text-sm text-slate-700">{t("sendLead")}</p>
            <StepButton code={wave.code} version={wave.version} label={t("send")} pendingLabel={t("sending")} confirm={t("sendConfirm")} action={sendWaveAction} />
          </Card>
        </>
      ) : (
        <>
          {wave.status === "SENT" ? (
            <Card title={t("closeTitle")} titleId="wave-close">
              <p className="mb-4 text-sm text-slate-700">{t("closeLead")}</p>
              <StepButton code={wave.code} version={wave.version} label={t("close")} pendingLabel={t("closing")} confirm={t("closeConfirm")} variant="secondary" action={closeWaveAction} />
            </Card>
          ) : null}
          <WaveResults wave={wave} />
        </>
      )}
    </div>
  );
}
