import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { buttonClasses } from "@/components/ui/button";
import { appealPackDocument, type PackTranslator } from "@/server/appeal-pack";
import { requireActor } from "@/server/actor";
import { getAppealPack } from "@/server/dal/complaints";
import { PackDocument } from "./_components/pack-document";
import { PrintButton } from "./_components/print-button";

type Props = { params: Promise<{ srn: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("complaints.pack");
  return { title: `${t("title")} ${normalizeSrn((await params).srn) ?? ""}`.trim() };
}

/**
 * 申诉材料: the printable appeal pack of one of the customer's complaints, for the MIIT telecom user
 * appeal centre (12300). The owner only: another customer, staff or a request that is not a
 * complaint get a 404. Printing leaves out the site's header, footer and these buttons.
 */
export default async function AppealPackPage({ params }: Props) {
  const { srn: raw } = await params;
  // Staff are signed in too, but the pack is the customer's own: they get the same 404 as anyone else.
  const actor = await requireActor(`/account/requests/${encodeURIComponent(raw)}/appeal`);
  const srn = normalizeSrn(raw);
  const pack = srn ? await getAppealPack(actor, srn) : null;
  if (!pack) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const doc = appealPackDocument(pack, { t: t as unknown as PackTranslator, dateTime: (at) => format.dateTime(at, "short"), now: new Date() });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="space-y-3 print:hidden">
        <Link href={`/account/requests/${pack.srn}`} className="text-sm text-brand-700 underline">
          ← {t("complaints.pack.back")}
        </Link>
        <p className="text-sm text-slate-700">{t("complaints.pack.pageLead")}</p>
        <div className="flex flex-wrap gap-3">
          <PrintButton label={t("complaints.pack.print")} />
          <a href={`/account/requests/${pack.srn}/appeal.pdf`} download className={buttonClasses("secondary")}>
            {t("complaints.pack.pdf")}
          </a>
        </div>
      </div>
      <PackDocument doc={doc} />
    </div>
  );
}
