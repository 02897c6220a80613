import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { areaLabel } from "@/lib/domain/areas";
import { buildAtomFeed, tagUri, type AtomEntry } from "@/lib/domain/atom-feed";
import { localized } from "@/lib/domain/status";
import { TIME_ZONE } from "@/lib/domain/time";
import { DATE_FORMATS, type Locale } from "@/lib/i18n";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { listFeedUpdates, type FeedUpdate } from "./dal/status";
import { env } from "./env";

// The status page's Atom feed: one entry per incident update of the last 90 days (declared,
// update, ETA change, restored). Each stage is news a reader wants to see arrive, and an update
// never changes once posted, so every entry has a stable id and time; one entry per incident
// would instead rewrite the same entry and feed readers would miss the stages in between.

const MESSAGES = { "zh-CN": zhCN, en } as const;

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export async function statusFeedXml(locale: Locale, now = new Date()): Promise<string> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "status", timeZone: TIME_ZONE, formats: DATE_FORMATS });
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: DATE_FORMATS });
  const base = env.PUBLIC_BASE_URL;
  const authority = new URL(base).hostname;
  const lang = locale === "en" ? "?lang=en" : "";
  const updates = await listFeedUpdates(now);
  const entry = (u: FeedUpdate): AtomEntry => {
    const title = localized(u.incident.title, u.incident.titleEn, locale);
    const body = localized(u.body, u.bodyEn, locale);
    const eta = u.estimatedRestoreAt && u.kind !== "RESTORED" ? t("feed.eta", { at: format.dateTime(u.estimatedRestoreAt, "short") }) : "";
    const where = u.incident.areas.map((a) => areaLabel(a, locale)).join(locale === "en" ? ", " : "、");
    const what = u.incident.services.map((s) => t(`service.${s}`)).join(locale === "en" ? ", " : "、");
    return {
      id: tagUri(authority, dayOf(u.createdAt), `incident-update/${u.id}`),
      title: t("feed.entryTitle", { stage: t(`stage.${u.kind}`), title, code: u.incident.code }),
      updated: u.createdAt,
      content: [body, eta, t("feed.scope", { areas: where, services: what })].filter(Boolean).join("\n"),
      link: new URL(`/status/${u.incident.code}`, base).toString(),
      categories: u.incident.services,
    };
  };
  return buildAtomFeed({
    id: tagUri(authority, "2026-11-28", `status-feed/${locale}`),
    title: t("feed.title"),
    subtitle: t("lead"),
    lang: locale,
    selfUrl: new URL(`/status/feed.xml${lang}`, base).toString(),
    pageUrl: new URL("/status", base).toString(),
    author: t("feed.author"),
    fallbackUpdated: now,
    entries: updates.map(entry),
  });
}
