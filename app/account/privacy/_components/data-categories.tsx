import Link from "next/link";
import { useTranslations } from "next-intl";
import { DATA_CATEGORIES, type Erasure } from "@/lib/domain/privacy";
import { retentionText } from "@/components/privacy/retention-text";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<Erasure, BadgeTone> = { keep: "neutral", delete: "success", anonymise: "success", withdraw: "success", expired: "info" };

/** What we hold, by category: the table of lib/domain/privacy.ts in words. */
export function DataCategories() {
  const t = useTranslations("privacy");
  return (
    <div>
      <p className="mb-4 text-sm text-slate-700">
        {t("data.lead")}{" "}
        <Link href="/privacy" className="font-medium text-brand-700 underline">
          {t("data.noticeLink")}
        </Link>
      </p>
      <ul className="grid gap-4 md:grid-cols-2">
        {DATA_CATEGORIES.map((c) => (
          <li key={c.key} className="rounded-md p-4 ring-1 ring-slate-200">
            <h3 className="font-semibold text-slate-900">{t(`category.${c.key}.name`)}</h3>
            <p className="mt-1 text-sm text-slate-700">{t(`category.${c.key}.what`)}</p>
            <dl className="mt-3 space-y-2 text-sm">
              <div>
                <dt className="font-medium text-slate-900">{t("data.purpose")}</dt>
                <dd className="text-slate-700">{t(`category.${c.key}.purpose`)}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-900">{t("data.basis")}</dt>
                <dd className="text-slate-700">{c.basis.map((b) => t(`basis.${b}`)).join(t("basis.separator"))}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-900">{t("data.retention")}</dt>
                <dd className="text-slate-700">{retentionText(t, c.retention)}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-900">{t("data.onDeletion")}</dt>
                <dd className="text-slate-700">
                  <Badge tone={tones[c.erasure]}>{t(`erasure.${c.erasure}`)}</Badge> {t(`category.${c.key}.onDeletion`)}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
