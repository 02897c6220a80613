import { useTranslations } from "next-intl";
import { SERVICE_KINDS } from "@/lib/domain/roles";
import { PRICE_BANDS, type CatalogueQuery } from "@/lib/schemas/plans";
import { Button, ButtonLink } from "@/components/ui/button";

const pill =
  "inline-flex min-h-11 cursor-pointer items-center rounded-full bg-white px-3 py-1.5 text-sm text-slate-800 ring-1 ring-slate-300 peer-checked:bg-brand-50 peer-checked:font-semibold peer-checked:text-brand-800 peer-checked:ring-2 peer-checked:ring-brand-600 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600";

function Radio({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  const id = `${name}-${value || "all"}`;
  // relative: the hidden input sits under its own pill (see components/forms/choice-group.tsx).
  return (
    <div className="relative">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} className="peer sr-only" />
      <label htmlFor={id} className={pill}>
        {label}
      </label>
    </div>
  );
}

/** 筛选: a plain GET form, so the filter works without JavaScript and the URL can be shared. */
export function FilterForm({ query }: { query: CatalogueQuery }) {
  const t = useTranslations("plans.catalogue");
  const tk = useTranslations("request.kind");
  return (
    <form method="get" action="/plans" aria-label={t("filterLabel")} className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      {query.compare.map((code) => (
        <input key={code} type="hidden" name="compare" value={code} />
      ))}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-900">{t("kindLegend")}</legend>
        <div className="flex flex-wrap gap-2">
          <Radio name="kind" value="" checked={!query.kind} label={t("all")} />
          {SERVICE_KINDS.map((k) => (
            <Radio key={k} name="kind" value={k} checked={query.kind === k} label={tk(k)} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-900">{t("priceLegend")}</legend>
        <div className="flex flex-wrap gap-2">
          <Radio name="price" value="" checked={!query.price} label={t("all")} />
          {PRICE_BANDS.map((p) => (
            <Radio key={p} name="price" value={p} checked={query.price === p} label={t(`price.${p}`)} />
          ))}
        </div>
      </fieldset>
      <label className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
        <input type="checkbox" name="noContract" value="1" defaultChecked={query.noContract} className="h-5 w-5" />
        {t("noContract")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t("apply")}</Button>
        <ButtonLink href="/plans" variant="secondary">
          {t("reset")}
        </ButtonLink>
      </div>
    </form>
  );
}
