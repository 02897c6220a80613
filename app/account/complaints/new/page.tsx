import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titleKey } from "@/lib/domain/request-title";
import { normalizeSrn } from "@/lib/domain/srn";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { listComplaintTargets, listOpenComplaints } from "@/server/dal/complaints";
import { ComplaintForm } from "./_components/complaint-form";
import { createComplaintAction } from "../actions";

type Props = { searchParams: Promise<{ about?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("newTitle") };
}

/**
 * 投诉: category, the request complained about (optional; `?about=<SRN>` chooses one of the
 * customer's own requests), what happened and what the customer wants.
 */
export default async function NewComplaintPage({ searchParams }: Props) {
  const { about } = await searchParams;
  const actor = await requireCustomer(`/account/complaints/new${typeof about === "string" ? `?about=${encodeURIComponent(about)}` : ""}`);
  const [t, tr, targets, open] = await Promise.all([getTranslations("complaints"), getTranslations("request"), listComplaintTargets(actor), listOpenComplaints(actor)]);
  const subject = (type: (typeof targets)[number]["type"], title: string) => {
    const key = titleKey(type, title);
    return key && tr.has(key) ? tr(key as "symptom.OTHER") : title;
  };
  const options = targets.map((r) => ({
    srn: r.srn,
    label: t("form.relatedOption", { srn: r.srn, type: tr(`type.${r.type}`), subject: subject(r.type, r.title), status: tr(`status.${r.status}`) }),
  }));
  // Only one of the customer's own requests can be chosen; anything else starts with none.
  const wanted = typeof about === "string" ? normalizeSrn(about) : null;
  const preselected = wanted && options.some((o) => o.srn === wanted) ? wanted : "";
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/account/requests" className="text-sm text-brand-700 underline">
        ← {t("backToRequests")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newTitle")} lead={t("newLead")} />
      </div>
      <Card>
        <ComplaintForm targets={options} open={open} about={preselected} action={createComplaintAction} />
      </Card>
    </div>
  );
}
