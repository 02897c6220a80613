import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CREATABLE_TYPES, TYPE_SLUGS } from "@/lib/schemas/request-create";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newRequest"))("title") };
}

/** 新建申请: the request types a customer can apply for online, one matter each. */
export default async function NewRequestPage() {
  await requireCustomer("/account/requests/new");
  const [t, tr, tc] = await Promise.all([getTranslations("newRequest"), getTranslations("request"), getTranslations("complaints")]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {CREATABLE_TYPES.map((type) => (
          <li key={type}>
            <Link
              href={`/account/requests/new/${TYPE_SLUGS[type]}`}
              aria-describedby={`type-${type}`}
              className="block h-full rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 hover:ring-2 hover:ring-brand-600"
            >
              <span className="block text-lg font-semibold text-slate-900">{tr(`type.${type}`)}</span>
              <span id={`type-${type}`} className="mt-1 block text-sm text-slate-700">
                {t(`typeLead.${type}`)}
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href="/account/complaints/new"
            aria-describedby="type-COMPLAINT"
            className="block h-full rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 hover:ring-2 hover:ring-brand-600"
          >
            <span className="block text-lg font-semibold text-slate-900">{tc("entryTitle")}</span>
            <span id="type-COMPLAINT" className="mt-1 block text-sm text-slate-700">
              {tc("entryLead")}
            </span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
