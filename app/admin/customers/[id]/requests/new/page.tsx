import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cstDateKey, toCstLocal } from "@/lib/domain/time";
import { titleKey } from "@/lib/domain/request-title";
import { ON_BEHALF_TYPES, STAFF_CHANNELS, type OnBehalfType, type StaffChannel } from "@/lib/schemas/customer-360";
import { BOOK_AHEAD_DAYS, FAULT_SINCE_MAX_DAYS } from "@/lib/schemas/request-create";
import { SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/server/actor";
import { listComplaintTargetsFor, listOpenComplaintsFor } from "@/server/dal/complaints";
import { customerForRequest } from "@/server/dal/customer-360";
import { listOpenRequestsFor } from "@/server/dal/request-create";
import { activeIncidentsForCustomerLines } from "@/server/dal/status-lines";
import { outageViews } from "@/app/account/requests/new/_components/outage-views";
import { staffTitle } from "@/server/staff-metadata";
import { createComplaintOnBehalfAction, createRequestOnBehalfAction } from "../../../actions";
import { OnBehalfForm } from "./_components/on-behalf-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("newTitle", "request:create:onBehalf", undefined, "customer360");
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * 代客提交 (R2.1): a request taken by phone or at the counter. The type and channel are chosen
 * first (in the address), then the customer form of that type, for this customer's lines.
 */
export default async function NewRequestOnBehalfPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/customers/${encodeURIComponent(id)}/requests/new`, "request:create:onBehalf");
  const customer = await customerForRequest(actor, id);
  if (!customer) notFound();
  const query = await searchParams;
  const type = (ON_BEHALF_TYPES as readonly string[]).includes(one(query.type)) ? (one(query.type) as OnBehalfType) : null;
  const channel = (STAFF_CHANNELS as readonly string[]).includes(one(query.channel)) ? (one(query.channel) as StaffChannel) : null;
  const [t, tr, tc, locale, ts, format] = await Promise.all([
    getTranslations("customer360"),
    getTranslations("request"),
    getTranslations("complaints"),
    getLocale(),
    getTranslations("status"),
    getFormatter(),
  ]);
  const ready = type && channel;
  const [open, targets, openComplaints] = ready
    ? await Promise.all([
        type === "COMPLAINT" ? Promise.resolve([]) : listOpenRequestsFor(actor, customer.id, type),
        type === "COMPLAINT" ? listComplaintTargetsFor(actor, customer.id) : Promise.resolve([]),
        type === "COMPLAINT" ? listOpenComplaintsFor(actor, customer.id) : Promise.resolve([]),
      ])
    : [[], [], []];
  const now = new Date();
  const outages = type === "FAULT_REPAIR" && channel ? outageViews(await activeIncidentsForCustomerLines(actor, customer.id), { t: ts, format, locale, now }) : {};
  const subject = (rtype: (typeof targets)[number]["type"], title: string) => {
    const key = titleKey(rtype, title);
    return key && tr.has(key) ? tr(key as "symptom.OTHER") : title;
  };
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link href={`/admin/customers/${customer.id}`} className="text-sm text-brand-700 underline">
          ← {t("backToCustomer", { name: customer.name })}
        </Link>
        <h1 className="mt-2 break-words text-2xl font-bold">{t("newHeading", { name: customer.name })}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("newLead", { phone: customer.phone })}</p>
      </div>
      <Card title={t("chooseTitle")} titleId="choose">
        <form method="get" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-900">{t("channel")}</legend>
            <div className="flex flex-wrap gap-4">
              {STAFF_CHANNELS.map((c) => (
                <label key={c} className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="radio" name="channel" value={c} defaultChecked={channel === c} required className="size-5" />
                  {tr(`channel.${c}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <SelectField label={t("requestType")} name="type" defaultValue={type ?? ""} required>
            <option value="">{t("choose")}</option>
            {ON_BEHALF_TYPES.map((v) => (
              <option key={v} value={v}>
                {tr(`type.${v}`)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary">
            {t("continue")}
          </Button>
        </form>
      </Card>
      {ready ? (
        <Card title={t("formTitle", { type: tr(`type.${type}`), channel: tr(`channel.${channel}`) })} titleId="form">
          <OnBehalfForm
            key={`${type}-${channel}`}
            type={type}
            customerId={customer.id}
            channel={channel}
            lines={customer.lines.map((l) => ({
              id: l.id,
              kind: l.kind,
              status: l.status,
              label: `${tr(`kind.${l.kind}`)} · ${l.number} · ${locale === "en" ? l.plan.nameEn : l.plan.name}${l.status === "SUSPENDED" ? ` · ${tr("lineSuspended")}` : ""}`,
            }))}
            open={open}
            today={cstDateKey(now)}
            lastDay={cstDateKey(new Date(now.getTime() + BOOK_AHEAD_DAYS * 86_400_000))}
            sinceDefault={toCstLocal(now)}
            sinceMin={toCstLocal(new Date(now.getTime() - FAULT_SINCE_MAX_DAYS * 86_400_000))}
            sinceMax={toCstLocal(now)}
            complaintTargets={targets.map((r) => ({
              srn: r.srn,
              label: tc("form.relatedOption", { srn: r.srn, type: tr(`type.${r.type}`), subject: subject(r.type, r.title), status: tr(`status.${r.status}`) }),
            }))}
            openComplaints={openComplaints}
            requestAction={createRequestOnBehalfAction}
            complaintAction={createComplaintOnBehalfAction}
            outages={outages}
          />
        </Card>
      ) : null}
    </div>
  );
}
