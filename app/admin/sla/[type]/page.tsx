import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { REQUEST_TYPES, type RequestType } from "@/lib/domain/roles";
import type { SlaPolicyRules } from "@/lib/domain/sla-policy";
import { requireStaff } from "@/server/actor";
import { getPolicy } from "@/server/dal/sla-admin";
import { staffTitle } from "@/server/staff-metadata";
import { PolicySummary } from "../_components/policy-summary";
import { PolicyForm } from "./_components/policy-form";
import { savePolicyAction } from "../actions";

type Props = { params: Promise<{ type: string }> };

function typeOf(raw: string): RequestType | null {
  const type = decodeURIComponent(raw).toUpperCase().replaceAll("-", "_");
  return (REQUEST_TYPES as readonly string[]).includes(type) ? (type as RequestType) : null;
}

export async function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "sla:read", undefined, "sla.admin");
}

const asText = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export default async function SlaPolicyPage({ params }: Props) {
  const { type: raw } = await params;
  const actor = await requireStaff(`/admin/sla/${encodeURIComponent(raw)}`, "sla:read");
  const type = typeOf(raw);
  if (!type) notFound();
  const [t, tr, format, locale, data] = await Promise.all([getTranslations("sla.admin"), getTranslations("request.type"), getFormatter(), getLocale(), getPolicy(actor, type)]);
  const calName = (c: { name: string; nameEn: string } | null) => (c ? (locale === "en" ? c.nameEn : c.name) : null);
  const r: SlaPolicyRules = data.current.rules;
  const defaultCalendar = data.current.calendarId ?? data.calendars.find((c) => c.code === "CN-STANDARD")?.id ?? data.calendars[0]?.id ?? "";
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/sla" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <div className="mt-2">
          <PageHeader title={t("typeTitle", { type: tr(type), version: r.version })} lead={t("keepLead", { open: data.openRequests })} />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          {data.canManage ? (
            <Card title={t("editTitle")} titleId="edit">
              <PolicyForm
                defaults={{
                  type,
                  baseVersion: r.version,
                  acceptHours: asText(r.acceptHours),
                  acceptHoursSpecial: asText(r.acceptHoursSpecial),
                  acceptOnCalendar: r.acceptOnCalendar,
                  respondHours1: asText(r.respondHours?.[1]),
                  respondHours2: asText(r.respondHours?.[2]),
                  respondHours3: asText(r.respondHours?.[3]),
                  respondOnCalendar: r.respondOnCalendar,
                  resolveHours1: asText(r.resolveHours?.[1]),
                  resolveHours2: asText(r.resolveHours?.[2]),
                  resolveHours3: asText(r.resolveHours?.[3]),
                  resolveOnCalendar: r.resolveOnCalendar,
                  warnAtPercent: asText(r.warnAtPercent),
                  calendarId: defaultCalendar,
                  note: "",
                }}
                hasRespond={r.respondHours !== null}
                hasResolve={r.resolveHours !== null}
                nextVersion={r.version + 1}
                openRequests={data.openRequests}
                calendars={data.calendars.map((c) => ({ id: c.id, label: `${calName(c)} (${c.code})` }))}
                action={savePolicyAction}
              />
            </Card>
          ) : (
            <Card title={t("currentTitle")} titleId="current">
              <PolicySummary rules={r} calendarName={calName(data.current.calendar)} />
              <p className="mt-3 text-sm text-slate-600">{t("readOnly")}</p>
            </Card>
          )}
        </div>
        <div className="min-w-0">
          <Card title={t("historyTitle")} titleId="history">
            {data.history.length === 0 ? (
              <p className="text-sm text-slate-700">{t("builtIn")}</p>
            ) : (
              <ol className="space-y-4">
                {data.history.map((v) => (
                  <li key={v.id} className="border-b border-slate-200 pb-3 last:border-0">
                    <h3 className="text-sm font-semibold text-slate-900">
                      {t("historyLine", { version: v.rules.version, at: v.createdAt ? format.dateTime(v.createdAt, "short") : "—", by: v.createdBy ?? t("system") })}
                    </h3>
                    {v.note ? <p className="mb-1 text-sm text-slate-700">{v.note}</p> : null}
                    <p className="mb-2 text-xs text-slate-600">{t("openUnder", { count: v.openRequests })}</p>
                    <PolicySummary rules={v.rules} calendarName={calName(v.calendar)} />
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
