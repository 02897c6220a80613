import "server-only";
import { unstable_cache } from "next/cache";
import type { Locale } from "@/lib/i18n";
import { renderPublishedOutcome } from "./dal/outcomes-public";

// The public outcome page's rendered body and live figures, cached for five minutes per page
// version and language (docs/decisions/0019-outcome-pages.md). The key holds the version, so an
// approval shows the new text at once; whether the page is still published is read on every
// request (server/dal/outcomes-public.ts findPublishedOutcome), so an unpublished page is gone at once.

export const OUTCOME_FIGURES_TTL_SECONDS = 300;

export function cachedOutcomeView(id: string, version: number, locale: Locale) {
  return unstable_cache(() => renderPublishedOutcome(id, version, locale), ["outcome-view", id, String(version), locale], { revalidate: OUTCOME_FIGURES_TTL_SECONDS })();
}
