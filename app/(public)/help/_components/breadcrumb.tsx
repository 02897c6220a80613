import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** 帮助中心 › category (› the current page, not a link). */
export async function HelpBreadcrumb({ category }: { category?: { slug: string; name: string } }) {
  const t = await getTranslations("help");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700">
        <li>
          <Link href="/help" className="text-brand-700 underline">
            {t("title")}
          </Link>
        </li>
        {category ? (
          <li className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <Link href={`/help/c/${category.slug}`} className="text-brand-700 underline">
              {category.name}
            </Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
