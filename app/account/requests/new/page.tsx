import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { toCstLocal } from "@/lib/domain/time";
import { FAULT_SINCE_MAX_DAYS } from "@/lib/schemas/request";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { getMyContactPhone } from "@/server/dal/customers";
import { listLines } from "@/server/dal/lines";
import { listOpenRequestsByLine } from "@/server/dal/request-create";
import { FaultForm } from "./_components/fault-form";
import { createFaultRequestAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("faultForm"))("title") };
}

export default async function NewFaultPage() {
  const actor = await requireCustomer("/account/requests/new");
  const [t, tr, locale, lines, openByLine, contactPhone] = await Promise.all([
    getTranslations("faultForm"),
    getTranslations("request"),
    getLocale(),
    listLines(actor),
    listOpenRequestsByLine(actor, "FAULT_REPAIR"),
    getMyContactPhone(actor),
  ]);
  const now = new Date();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <FaultForm
          lines={lines.map((l) => ({
            id: l.id,
            label: `${tr(`kind.${l.kind}`)} · ${l.number} · ${locale === "en" ? l.plan.nameEn : l.plan.name}`,
          }))}
          openByLine={openByLine}
          contactPhone={contactPhone}
          sinceDefault={toCstLocal(now)}
          sinceMin={toCstLocal(new Date(now.getTime() - FAULT_SINCE_MAX_DAYS * 86_400_000))}
          sinceMax={toCstLocal(now)}
          action={createFaultRequestAction}
        />
      </Card>
    </div>
  );
}
