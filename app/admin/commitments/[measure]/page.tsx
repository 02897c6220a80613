import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatDuration } from "@/components/requests/duration";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/server/action";
import { requireStaff } from "@/server/actor";
import { getCommitmentForAdmin, parseMeasure } from "@/server/dal/commitments";
import { staffTitle } from "@/server/staff-metadata";
import { CommitmentForm } from "./_components/commitment-form";
import { publishCommitmentAction } from "../actions";

type Props = { params: Promise<{ measure: string }> };

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "commitment:manage", undefined, "commitments.admin");
}

const orNull = <T,>(p: Promise<T>) => p.catch((e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e)));

/** One commitment: publish its next version (optimistic: on top of the version shown) and read every version. */
export default async function AdminCommitmentPage({ params }: Props) {
  const { measure: raw } = await params;
  const actor = await requireStaff(`/admin/commitments/${encodeURIComponent(raw)}`, "commitment:manage");
  const measure = (() => {
    try {
      return parseMeasure(decodeURIComponent(raw));
    } catch {
      return null;
    }
  })();
  if (!measure) notFound();
  const [t, tc, format, locale, c] = await Promise.all([getTranslations("commitments.admin"), getTranslations("clock"), getFormatter(), getLocale(), orNull(getCommitmentForAdmin(actor, measure))]);
  if (!c) notFound();
  const title = locale === "en" ? c.titleEn : c.title;
  const versions = [c, ...c.history];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Link href="/admin/commitments" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("editTitle", { title })} lead={t("editLead", { next: c.version + 1 })} />
      <Card>
        <CommitmentForm
          nextVersion={c.version + 1}
          defaults={{ measure, baseVersion: c.version, title: c.title, titleEn: c.titleEn, statement: c.statement, statementEn: c.statementEn, exclusions: c.exclusions, exclusionsEn: c.exclusionsEn, targetMinutes: String(c.targetMinutes), active: c.active }}
          action={publishCommitmentAction}
        />
      </Card>
      <Card title={t("history")} titleId="commitment-history">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("colVersion")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("colPublished")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("colBy")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("colTarget")}</th>
                <th scope="col" className="py-2 font-medium">{t("colState")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {versions.map((v) => (
                <tr key={v.version}>
                  <td className="py-2 pr-3">{v.version}</td>
                  <td className="py-2 pr-3">{format.dateTime(v.publishedAt, "short")}</td>
                  <td className="py-2 pr-3">{v.createdBy?.displayName ?? t("system")}</td>
                  <td className="py-2 pr-3">{formatDuration(v.targetMinutes * 60_000, tc)}</td>
                  <td className="py-2">
                    <Badge tone={v.active ? "success" : "neutral"}>{v.active ? t("active") : t("inactive")}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
