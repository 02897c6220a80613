import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { WaveDetail } from "@/server/dal/survey-waves";
import { ResultText } from "./wave-figures";

/** One labelled figure of the summary row. */
function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{children}</dd>
    </div>
  );
}

/** A horizontal bar with its share written out (not by colour or length alone). */
function Bar({ label, count, total, tone }: { label: string; count: number; total: number; tone: string }) {
  const pct = total ? Math.round((count / total) * 1000) / 10 : 0;
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm text-slate-800">
        <span>{label}</span>
        <span className="tabular-nums">
          {count} · {pct}%
        </span>
      </div>
      <div className="mt-1 h-3 w-full rounded-full bg-slate-100" aria-hidden="true">
        <div className={`h-3 rounded-full ${tone}`} style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

/** 结果: response rate, the NPS bands or the CSI items' means, by customer type and area, the reasons (masked). */
export async function WaveResults({ wave }: { wave: WaveDetail }) {
  const [t, format, locale] = await Promise.all([getTranslations("surveyWaves"), getFormatter(), getLocale()]);
  const r = wave.results;
  const rate = (v: number | null) => (v == null ? "—" : t("percent", { value: v }));
  const groupRate = (g: { invited: number; answered: number }) => (g.invited ? rate(Math.round((g.answered / g.invited) * 1000) / 10) : "—");
  const breakdownColumns = (first: string) => [
    { key: "group", label: first, className: "whitespace-nowrap px-4 py-3 font-medium" },
    { key: "invited", label: t("col.invited"), className: "whitespace-nowrap px-4 py-3 text-right font-medium" },
    { key: "answered", label: t("col.answered"), className: "whitespace-nowrap px-4 py-3 text-right font-medium" },
    { key: "rate", label: t("col.rate"), className: "whitespace-nowrap px-4 py-3 text-right font-medium" },
    { key: "result", label: t("col.result"), className: "whitespace-nowrap px-4 py-3 font-medium" },
  ];
  // The same table by customer type and by area.
  const breakdowns = [
    { id: "wave-by-type", title: t("results.byType"), first: t("results.type"), groups: r.byType, name: (key: string) => t(`type.${key}` as "type.PERSONAL") },
    { id: "wave-by-area", title: t("results.byArea"), first: t("results.area"), groups: r.byArea, name: (key: string) => (key ? areaLabel(key, locale) : t("results.otherArea")) },
  ];
  return (
    <div className="space-y-6">
      <Card title={t("results.title")} titleId="wave-results">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label={t("col.invited")}>{wave.sentAt ? wave.invitedCount : "—"}</Figure>
          <Figure label={t("col.answered")}>{r.answered}</Figure>
          <Figure label={t("col.rate")}>{rate(r.responseRate)}</Figure>
          <Figure label={wave.kind === "CSI" ? t("results.csi") : t("results.nps")}>
            <ResultText kind={wave.kind} result={r.result} />
          </Figure>
        </dl>
        <p className="mt-3 text-xs text-slate-600">{wave.kind === "CSI" ? t("results.csiHow") : t("results.npsHow")}</p>
        {r.npsBands ? (
          <div className="mt-5 space-y-3">
            <h3 className="text-base font-semibold text-slate-900">{t("results.bands")}</h3>
            <Bar label={t("results.promoters")} count={r.npsBands.promoters} total={r.answered} tone="bg-emerald-600" />
            <Bar label={t("results.passives")} count={r.npsBands.passives} total={r.answered} tone="bg-slate-500" />
            <Bar label={t("results.detractors")} count={r.npsBands.detractors} total={r.answered} tone="bg-red-600" />
          </div>
        ) : null}
      </Card>

      {r.items.length ? (
        <section aria-labelledby="wave-items" className="space-y-3">
          <h2 id="wave-items" className="text-lg font-semibold text-slate-900">
            {t("results.items")}
          </h2>
          <DataTable
            label={t("results.items")}
            columns={[
              { key: "item", label: t("results.item") },
              ...(wave.kind === "CSI" ? [{ key: "weight", label: t("results.weight"), className: "px-4 py-3 text-right font-medium" }] : []),
              { key: "mean", label: t("results.mean"), className: "px-4 py-3 text-right font-medium" },
              { key: "count", label: t("col.answered"), className: "px-4 py-3 text-right font-medium" },
            ]}
          >
            {r.items.map((q) => (
              <tr key={q.id}>
                <td className="px-4 py-3">{locale === "en" && q.textEn ? q.textEn : q.text}</td>
                {wave.kind === "CSI" ? <td className="px-4 py-3 text-right tabular-nums">{q.weight}</td> : null}
                <td className="px-4 py-3 text-right tabular-nums">{q.mean == null ? "—" : t("results.meanValue", { value: q.mean })}</td>
                <td className="px-4 py-3 text-right tabular-nums">{q.count}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        {breakdowns.map((b) => (
          <section key={b.id} aria-labelledby={b.id} className="min-w-0 space-y-3">
            <h2 id={b.id} className="text-lg font-semibold text-slate-900">
              {b.title}
            </h2>
            <DataTable label={b.title} columns={breakdownColumns(b.first)} empty={b.groups.length ? undefined : t("results.none")}>
              {b.groups.map((g) => (
                <tr key={g.key}>
                  <td className="whitespace-nowrap px-4 py-3">{b.name(g.key)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{g.invited || "—"}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{g.answered}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{groupRate(g)}</td>
                  <td className="whitespace-nowrap px-4 py-3">
                    <ResultText kind={wave.kind} result={g.result} />
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>
        ))}
      </div>

      <section aria-labelledby="wave-reasons" className="space-y-3">
        <h2 id="wave-reasons" className="text-lg font-semibold text-slate-900">
          {t("results.reasons")}
        </h2>
        {r.reasons.length ? (
          <ul className="space-y-3">
            {r.reasons.map((x) => (
              <li key={x.id} className="rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
                <p className="whitespace-pre-wrap break-words text-slate-900">{x.reason}</p>
                <p className="mt-2 text-xs text-slate-600">
                  {t("results.reasonMeta", {
                    score: wave.kind === "CSI" ? t("csiValue", { value: x.score }) : t("results.npsScore", { score: x.score }),
                    type: t(`type.${x.type}` as "type.PERSONAL"),
                    area: areaLabel(x.area, locale),
                    phone: x.phone || "—",
                    at: format.dateTime(x.createdAt, "short"),
                  })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("results.noReasons")}</p>
        )}
      </section>
    </div>
  );
}
