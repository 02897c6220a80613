import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cstDateKey, toCstLocal } from "@/lib/domain/time";
import { BOOK_AHEAD_DAYS, FAULT_SINCE_MAX_DAYS, TYPE_SLUGS, type CreatableType } from "@/lib/schemas/request-create";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { getMyContactPhone } from "@/server/dal/customers";
import { listLines } from "@/server/dal/lines";
import { listOpenRequests } from "@/server/dal/request-create";
import { activeIncidentsForMyLines } from "@/server/dal/status-lines";
import { ChangeForm } from "../_components/change-form";
import { ConsultationForm } from "../_components/consultation-form";
import { FaultForm } from "../_components/fault-form";
import { OpeningForm } from "../_components/opening-form";
import { outageViews } from "../_components/outage-views";
import { createRequestAction } from "../../actions";
import { waitForRestoreAction } from "../actions";

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const typeOf = (slug: string) => (Object.keys(TYPE_SLUGS) as CreatableType[]).find((t) => TYPE_SLUGS[t] === slug);
const NAMESPACE = { FAULT_REPAIR: "faultForm", SERVICE_OPENING: "openingForm", BUSINESS_CHANGE: "changeForm", CONSULTATION: "consultationForm" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const type = typeOf((await params).type);
  return type ? { title: (await getTranslations(NAMESPACE[type]))("title") } : {};
}

/** The form of one request type. Unknown types are a 404. */
export default async function NewRequestOfTypePage({ params, searchParams }: Props) {
  const { type: slug } = await params;
  const actor = await requireCustomer(`/account/requests/new/${encodeURIComponent(slug)}`);
  const type = typeOf(slug);
  if (!type) notFound();
  const wanted = (await searchParams).line;
  const [t, tn, tr, locale, lines, open, contactPhone, outages, format, ts] = await Promise.all([
    getTranslations(NAMESPACE[type]),
    getTranslations("newRequest"),
    getTranslations("request"),
    getLocale(),
    listLines(actor),
    listOpenRequests(actor, type),
    getMyContactPhone(actor),
    type === "FAULT_REPAIR" ? activeIncidentsForMyLines(actor) : {},
    getFormatter(),
    getTranslations("status"),
  ]);
  // ?line= preselects one of the customer's own lines (a link from the line's page or the status page).
  const initialLineId = typeof wanted === "string" && lines.some((l) => l.id === wanted) ? wanted : undefined;
  const now = new Date();
  const props = {
    lines: lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      status: l.status,
      label: `${tr(`kind.${l.kind}`)} · ${l.number} · ${locale === "en" ? l.plan.nameEn : l.plan.name}${l.status === "SUSPENDED" ? ` · ${tr("lineSuspended")}` : ""}`,
    })),
    open,
    contactPhone,
    today: cstDateKey(now),
    lastDay: cstDateKey(new Date(now.getTime() + BOOK_AHEAD_DAYS * 86_400_000)),
    action: createRequestAction,
  };
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/account/requests/new" className="text-sm text-brand-700 underline">
        ← {tn("backToTypes")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("title")} lead={t("lead")} />
      </div>
      <Card>
        {type === "FAULT_REPAIR" ? (
          <FaultForm
            {...props}
            sinceDefault={toCstLocal(now)}
            sinceMin={toCstLocal(new Date(now.getTime() - FAULT_SINCE_MAX_DAYS * 86_400_000))}
            sinceMax={toCstLocal(now)}
            initialLineId={initialLineId}
            outages={outageViews(outages, { t: ts, format, locale, now })}
            waitForRestore={waitForRestoreAction}
          />
        ) : type === "SERVICE_OPENING" ? (
          <OpeningForm {...props} />
        ) : type === "BUSINESS_CHANGE" ? (
          <ChangeForm {...props} />
        ) : (
          <ConsultationForm {...props} />
        )}
      </Card>
    </div>
  );
}
