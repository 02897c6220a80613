import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getActor } from "@/server/actor";
import { getCurrentNotice, getNotice, listNotices } from "@/server/dal/consents";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.notice"))("title") };
}

/** Plain-text notice bodies: blank lines separate paragraphs; "## " starts a heading. */
function NoticeBody({ text }: { text: string }) {
  return (
    <div className="space-y-3">
      {text.split(/\n{2,}/).map((block, i) =>
        block.startsWith("## ") ? (
          <h2 key={i} className="pt-2 text-lg font-semibold text-slate-900">
            {block.slice(3)}
          </h2>
        ) : (
          <p key={i} className="text-sm leading-relaxed text-slate-800">
            {block}
          </p>
        ),
      )}
    </div>
  );
}

/** The privacy notice, public: the version in force, or an earlier one by ?version=. */
export default async function PrivacyNoticePage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const { version } = await searchParams;
  const [t, format, locale, actor, current, versions] = await Promise.all([
    getTranslations("privacy.notice"),
    getFormatter(),
    getLocale(),
    getActor(),
    getCurrentNotice(),
    listNotices(),
  ]);
  const notice = typeof version === "string" && version ? await getNotice(version) : current;
  const en = locale === "en";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {notice ? (
        <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8" lang={en ? "en" : "zh-CN"}>
          <h1 className="text-2xl font-bold text-slate-900">{en ? notice.titleEn : notice.title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {t("version", { version: notice.version, date: format.dateTime(notice.publishedAt, "date") })}
            {notice.version === current?.version ? ` · ${t("current")}` : ""}
          </p>
          <div className="mt-4">
            <NoticeBody text={en ? notice.bodyEn : notice.body} />
          </div>
        </article>
      ) : (
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("none")}</p>
        </div>
      )}
      <Card title={t("versions")} titleId="versions">
        <ul className="space-y-1 text-sm">
          {versions.map((v) => (
            <li key={v.version}>
              <Link href={`/privacy?version=${encodeURIComponent(v.version)}`} aria-current={v.version === notice?.version ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-semibold">
                {t("version", { version: v.version, date: format.dateTime(v.publishedAt, "date") })}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-slate-700">
          {t("centreHint")}{" "}
          <Link href={actor?.kind === "customer" ? "/account/privacy" : "/login?next=%2Faccount%2Fprivacy"} className="font-medium text-brand-700 underline">
            {t("centreLink")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
