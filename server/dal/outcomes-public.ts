import "server-only";
import type { RenderedSegment } from "@/lib/domain/outcomes";
import type { Locale } from "@/lib/i18n";
import { db } from "../db";
import { chartProjectSelect, renderOutcomeBody } from "./outcome-render";

// 服务成效页, the public side (/outcomes). Access: anyone, published pages only — a draft, a page
// in review and an unpublished page are the same not-found as a slug that never existed. English
// readers get the English text where the page has one (all three fields are written together),
// else the Chinese with `translated: false` so the page can say so.

type Texts = { title: string; titleEn: string; summary: string; summaryEn: string; bodyEn?: string };
const pick = (locale: Locale, p: Texts) => {
  const english = locale === "en" && !!p.titleEn;
  return { english, title: english ? p.titleEn : p.title, summary: english ? p.summaryEn : p.summary };
};

/** Access: anyone. The published pages, newest publication first. */
export async function listPublishedOutcomes(locale: Locale) {
  const rows = await db.outcomePage.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { slug: true, title: true, titleEn: true, summary: true, summaryEn: true, publishedAt: true },
    take: 100,
  });
  return rows.map((r) => {
    const { english, title, summary } = pick(locale, r);
    return { slug: r.slug, title, summary, publishedAt: r.publishedAt!, translated: locale === "zh-CN" || english };
  });
}

/** Access: anyone. Which version of a slug is published now (null: none). Cheap, never cached: an unpublished page goes at once. */
export async function findPublishedOutcome(slug: string) {
  return db.outcomePage.findFirst({ where: { slug, status: "PUBLISHED" }, select: { id: true, version: true } });
}

export type PublicOutcomeView = {
  title: string;
  summary: string;
  publishedAt: string;
  translated: boolean;
  project: { code: string; title: string } | null;
  segments: RenderedSegment[];
  /** When the live figures were computed. */
  computedAt: string;
};

/**
 * Access: anyone, for the published version named (null otherwise). The page as readers see it,
 * its figures computed as of `now`; only plain data (it is cached, server/outcome-cache.ts).
 * Blocks that no longer render (a metric dropped from the catalogue) are left out.
 */
export async function renderPublishedOutcome(id: string, version: number, locale: Locale, now = new Date()): Promise<PublicOutcomeView | null> {
  const page = await db.outcomePage.findFirst({
    where: { id, version, status: "PUBLISHED" },
    select: { title: true, titleEn: true, summary: true, summaryEn: true, body: true, bodyEn: true, publishedAt: true, project: { select: chartProjectSelect } },
  });
  if (!page) return null;
  const { english, title, summary } = pick(locale, page);
  const segments = await renderOutcomeBody(english ? page.bodyEn : page.body, page.project, now);
  return {
    title,
    summary,
    publishedAt: page.publishedAt!.toISOString(),
    translated: locale === "zh-CN" || english,
    project: page.project ? { code: page.project.code, title: page.project.title } : null,
    segments: segments.filter((s) => s.kind !== "invalid"),
    computedAt: now.toISOString(),
  };
}
