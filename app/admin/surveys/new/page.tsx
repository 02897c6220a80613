import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DEFAULT_CSI_ITEMS, defaultTitles, suggestPeriod } from "@/lib/domain/survey-waves";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { staffTitle } from "@/server/staff-metadata";
import { WaveForm } from "../_components/wave-form";
import { countSegmentAction, createWaveAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("newWave", "survey:manage", undefined, "surveyWaves");
}

// 新建调查: a CSI wave for the current quarter with the usual four items, all customers; saved as a draft.
export default async function NewWavePage() {
  await requireStaff("/admin/surveys/new", "survey:manage");
  const t = await getTranslations("surveyWaves");
  const now = new Date();
  const period = suggestPeriod("QUARTERLY", now);
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/surveys" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newWave")} lead={t("newLead")} />
      </div>
      <Card>
        <WaveForm
          now={now.toISOString()}
          action={createWaveAction}
          countAction={countSegmentAction}
          initial={{
            code: "",
            version: 0,
            kind: "CSI",
            cadence: "QUARTERLY",
            ...defaultTitles("CSI", period.label),
            startsOn: period.startsOn,
            endsOn: period.endsOn,
            segmentTypes: [],
            segmentStages: [],
            segmentAreas: [],
            questions: DEFAULT_CSI_ITEMS.map((q) => ({ ...q })),
          }}
        />
      </Card>
    </div>
  );
}
