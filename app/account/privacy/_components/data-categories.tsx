import Link from "next/link";
import { useTranslations } from "next-intl";
import { DATA_CATEGORIES, type Erasure } from "@/lib/domain/privacy";
import { retentionText } from "@/components/privacy/retention-text";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<Erasure, BadgeTone> = { keep: "neutral", delete: "success", anonymise: "success", withdraw: "success", expired: "info" };

/**
 * What we hold, by category: the table of lib/domain/privacy.ts in words. A table on wide
 * screens; on a phone, one expandable entry per category so the page stays short.
 */
export function DataCategories() {
  const t = useTranslations("privacy");
  const rows = DATA_CATEGORIES.map((c) => ({
    key: c.key,
    name: t(`category.${c.key}.name`),
    what: t(`category.${c.key}.what`),
    purpose: t(`category.${c.key}.purpose`),
    basis: c.basis.map((b) => t(`basis.${b}`)).join(t("basis.separator")),
    retention: retentionText(t, c.retention),
    erasure: c.erasure,
    onDeletion: t(`category.${c.key}.onDeletion`),
  }));
  const badge = (erasure: Erasure) => <Badge tone={tones[erasure]}>{t(`erasure.${erasure}`)}</Badge>;
  return (
    <div>
      <p className="mb-4 text-sm text-slate-700">
        {t("data.lead")}{" "}
        <Link href="/privacy" className="font-medium text-brand-700 underline">
          {t("data.noticeLink")}
        </Link>
      </p>
      <table className="hidden w-full table-fixed border-collapse text-sm lg:table">
        <caption className="sr-only">{t("sections.data")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-900">
            <th scope="col" className="w-[24%] py-2 pr-3 font-semibold">{t("data.what")}</th>
            <th scope="col" className="w-[20%] py-2 pr-3 font-semibold">{t("data.purpose")}</th>
            <th scope="col" className="w-[14%] py-2 pr-3 font-semibold">{t("data.basis")}</th>
            <th scope="col" className="w-[14%] py-2 pr-3 font-semibold">{t("data.retention")}</th>
            <th scope="col" className="w-[28%] py-2 font-semibold">{t("data.onDeletion")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top text-slate-800">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="py-3 pr-3 text-left font-normal">
                <span className="block font-semibold text-slate-900">{r.name}</span>
                <span className="text-slate-700">{r.what}</span>
              </th>
              <td className="py-3 pr-3">{r.purpose}</td>
              <td className="py-3 pr-3">{r.basis}</td>
              <td className="py-3 pr-3">{r.retention}</td>
              <td className="py-3">
                {badge(r.erasure)} <span>{r.onDeletion}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-2 lg:hidden">
        {rows.map((r) => (
          <li key={r.key}>
            <details className="group rounded-md ring-1 ring-slate-200">
              <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-center gap-2 px-3 py-2 [&::-webkit-details-marker]:hidden">
                <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-current text-slate-600 transition-transform group-open:rotate-90">
                  <path d="M7 4l6 6-6 6z" />
                </svg>
                <span className="font-semibold text-slate-900">{r.name}</span>
                <span className="text-sm text-slate-700">{r.retention}</span>
              </summary>
              <div className="space-y-2 px-3 pb-3 text-sm">
                <p className="text-slate-700">{r.what}</p>
                <dl className="space-y-2">
                  <div>
                    <dt className="font-medium text-slate-900">{t("data.purpose")}</dt>
                    <dd className="text-slate-700">{r.purpose}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-900">{t("data.basis")}</dt>
                    <dd className="text-slate-700">{r.basis}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-900">{t("data.onDeletion")}</dt>
                    <dd className="text-slate-700">
                      {badge(r.erasure)} {r.onDeletion}
                    </dd>
                  </div>
                </dl>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
