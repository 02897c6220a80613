import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AREAS, isKnownArea } from "@/lib/domain/areas";
import { COMPLAINT_CATEGORIES } from "@/lib/domain/complaints";
import { defaultBaselinePeriod, hotspotOf, scopeFor } from "@/lib/domain/improvements";
import { METRICS, METRIC_KEYS, isMetricKey, type MetricKey, type ScopeField } from "@/lib/domain/metrics";
import { REQUEST_TYPES } from "@/lib/domain/roles";
import { cstDateAt, cstDateKey } from "@/lib/domain/time";
import { SelectField, TextField } from "@/components/forms/field";
import { StatusBadge } from "@/components/requests/status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { improvementScopeChoices, previewBaseline } from "@/server/dal/improvement-reads";
import { periodOfDates } from "@/server/dal/improvements";
import { staffTitle } from "@/server/staff-metadata";
import type { RequestStatus } from "@/lib/domain/roles";
import { MetricValueText, ScopeText } from "../_components/bits";
import { CreateForm } from "../_components/create-form";
import { createImprovementAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("newProject", "improvement:manage", undefined, "improvements");
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

// Plan (策划): step 1 chooses the metric, its scope and the baseline period and shows the baseline
// computed over them (a GET form, so a reports hot spot can link here with
// ?metric=complaints&category=…&area=…&planCode=…); step 2 names the problem and the target and
// creates the project, whose baseline the server computes again and stores.
export default async function NewImprovementPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("/admin/improvements/new", "improvement:manage");
  const search = await searchParams;
  const [t, tc, tr, format, locale, choices] = await Promise.all([
    getTranslations("improvements"),
    getTranslations("complaints.category"),
    getTranslations("request.type"),
    getFormatter(),
    getLocale(),
    improvementScopeChoices(actor),
  ]);
  const rawMetric = one(search.metric);
  const metric: MetricKey = isMetricKey(rawMetric) ? rawMetric : "complaints";
  // Values that are not choices are dropped (and said so), never trusted.
  const raw: Record<ScopeField, string> = {
    requestType: (REQUEST_TYPES as readonly string[]).includes(one(search.requestType)) ? one(search.requestType) : "",
    category: (COMPLAINT_CATEGORIES as readonly string[]).includes(one(search.category)) ? one(search.category) : "",
    area: isKnownArea(one(search.area)) ? one(search.area) : "",
    planCode: choices.plans.some((p) => p.code === one(search.planCode)) ? one(search.planCode) : "",
    teamId: choices.teams.some((x) => x.id === one(search.teamId)) ? one(search.teamId) : "",
  };
  const dropped = (["requestType", "category", "area", "planCode", "teamId"] as const).filter((f) => one(search[f]) && !raw[f]);
  const scope = scopeFor(metric, raw);
  const now = new Date();
  const defaults = defaultBaselinePeriod(now);
  let from = cstDateAt(one(search.from)) ? one(search.from) : cstDateKey(defaults.from);
  let to = cstDateAt(one(search.to)) ? one(search.to) : cstDateKey(defaults.to);
  let period;
  try {
    period = periodOfDates(from, to, now);
  } catch {
    from = cstDateKey(defaults.from);
    to = cstDateKey(defaults.to);
    period = periodOfDates(from, to, now);
  }
  // From a hot spot: the first visit carries the reports page's fields; later previews say so.
  const fromHotspot = one(search.hotspot) === "1" || (!one(search.preview) && metric === "complaints" && !!hotspotOf(scope));
  const preview = await previewBaseline(actor, metric, scope, period);
  const allowed = new Set<ScopeField>(METRICS[metric].scope);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/improvements" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newProject")} lead={t("newLead")} />
      </div>
      {fromHotspot && hotspotOf(scope) ? (
        <Alert tone="info" className="mb-4" title={t("new.fromHotspot")}>
          <ScopeText scope={scope} />
        </Alert>
      ) : null}
      {dropped.length ? (
        <Alert tone="warning" className="mb-4">
          {t("new.dropped", { names: dropped.map((f) => t(`scope.${f}`)).join(locale === "en" ? ", " : "、") })}
        </Alert>
      ) : null}
      <div className="space-y-6">
        <Card title={t("new.step1")} titleId="improvement-scope">
          <p className="mb-4 text-sm text-slate-700">{t("new.step1Lead")}</p>
          <form method="get" action="/admin/improvements/new" className="grid gap-4 sm:grid-cols-2">
            <input type="hidden" name="preview" value="1" />
            {fromHotspot ? <input type="hidden" name="hotspot" value="1" /> : null}
            <SelectField label={t("field.metric")} name="metric" defaultValue={metric} hint={t(`metric.${metric}.definition`)} className="sm:col-span-2">
              {METRIC_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`metric.${k}.name`)} ({t(`better.${METRICS[k].better}`)})
                </option>
              ))}
            </SelectField>
            {allowed.has("requestType") ? (
              <SelectField label={t("scope.requestType")} name="requestType" defaultValue={raw.requestType}>
                <option value="">{t("scope.any")}</option>
                {REQUEST_TYPES.map((r) => (
                  <option key={r} value={r}>
                    {tr(r)}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {allowed.has("category") ? (
              <SelectField label={t("scope.category")} name="category" defaultValue={raw.category}>
                <option value="">{t("scope.any")}</option>
                {COMPLAINT_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {tc(c)}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {allowed.has("area") ? (
              <SelectField label={t("scope.area")} name="area" defaultValue={raw.area} hint={t("scope.areaHint")}>
                <option value="">{t("scope.any")}</option>
                {AREAS.map((a) => (
                  <option key={a.name} value={a.name}>
                    {locale === "en" ? a.nameEn : a.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {allowed.has("planCode") ? (
              <SelectField label={t("scope.planCode")} name="planCode" defaultValue={raw.planCode}>
                <option value="">{t("scope.any")}</option>
                {choices.plans.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} · {locale === "en" ? p.nameEn : p.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {allowed.has("teamId") ? (
              <SelectField label={t("scope.teamId")} name="teamId" defaultValue={raw.teamId}>
                <option value="">{t("scope.any")}</option>
                {choices.teams.map((x) => (
                  <option key={x.id} value={x.id}>
                    {locale === "en" ? x.nameEn : x.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <TextField type="date" label={t("field.baselineFrom")} name="from" defaultValue={from} />
            <TextField type="date" label={t("field.baselineTo")} name="to" defaultValue={to} hint={t("field.baselineToHint")} />
            <div className="sm:col-span-2">
              <Button type="submit" variant="secondary">
                {t("new.computeBaseline")}
              </Button>
            </div>
          </form>
          <div className="mt-6 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" role="status" aria-live="polite">
            <h3 className="text-sm font-semibold text-slate-900">{t("new.baselineHeading")}</h3>
            <p className="mt-1 text-3xl font-bold text-slate-900" data-testid="baseline-value">
              <MetricValueText metric={metric} value={preview.value.value} />
            </p>
            <p className="text-sm text-slate-700">
              {t(`metric.${metric}.name`)} · <ScopeText scope={scope} />
            </p>
            <p className="text-sm text-slate-700">{t("periodSample", { from: day(period.from), to: day(period.to), count: preview.value.count })}</p>
            <p className="mt-2 text-xs text-slate-700">{t("new.baselineNote")}</p>
          </div>
          {metric === "complaints" ? (
            <div className="mt-4">
              <h3 className="text-sm font-semibold text-slate-900">{t("new.requestsHeading", { count: preview.requestCount })}</h3>
              {preview.requests.length ? (
                <ul className="mt-2 divide-y divide-slate-100 text-sm">
                  {preview.requests.map((r) => (
                    <li key={r.srn} className="flex flex-wrap items-center gap-2 py-1.5">
                      <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                        {r.srn}
                      </Link>
                      <StatusBadge status={r.status as RequestStatus} />
                      <span className="text-slate-700">{format.dateTime(r.createdAt, "short")}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-slate-700">{t("new.noRequests")}</p>
              )}
            </div>
          ) : null}
        </Card>
        <Card title={t("new.step2")} titleId="improvement-plan">
          <CreateForm
            action={createImprovementAction}
            metric={metric}
            scope={{ requestType: raw.requestType, category: raw.category, area: raw.area, planCode: raw.planCode, teamId: raw.teamId }}
            baselineFrom={from}
            baselineTo={to}
            fromHotspot={fromHotspot}
            linkable={metric === "complaints" ? preview.requestCount : 0}
            unitHint={t(`unit.${METRICS[metric].unit}`)}
            betterHint={t(`better.${METRICS[metric].better}`)}
          />
        </Card>
      </div>
    </div>
  );
}
