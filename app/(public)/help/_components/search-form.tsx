import { getTranslations } from "next-intl/server";
import { HELP_LIMITS } from "@/lib/schemas/help";
import { Button } from "@/components/ui/button";

/** A plain GET form (?q=): search works without JavaScript, and results have their own URL. */
export async function HelpSearchForm({ q }: { q: string }) {
  const t = await getTranslations("help");
  return (
    <form role="search" method="get" action="/help" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="help-q" className="block text-sm font-medium text-slate-900">
          {t("searchLabel")}
        </label>
        <input
          id="help-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={HELP_LIMITS.queryMax}
          placeholder={t("searchPlaceholder")}
          className="mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-500 focus:ring-2 focus:ring-brand-600"
        />
      </div>
      <Button type="submit">{t("searchButton")}</Button>
    </form>
  );
}
