import { useFormatter, useTranslations } from "next-intl";
import { needsReturnVisit } from "@/lib/schemas/rating";

export type RatingGivenProps = { score: number; reasons: string[]; comment: string | null; resolved: boolean; createdAt: Date };

/** The rating the customer gave, stars also as text, and the promise of a call back after a low one. */
export function RatingGiven({ rating }: { rating: RatingGivenProps }) {
  const t = useTranslations("rating");
  const format = useFormatter();
  return (
    <div className="space-y-3 text-sm text-slate-800">
      <p className="flex flex-wrap items-center gap-2">
        <span aria-hidden="true" className="text-lg text-amber-700">
          {"★".repeat(rating.score)}
          <span className="text-slate-500">{"★".repeat(5 - rating.score)}</span>
        </span>
        <span className="font-semibold text-slate-900">{t("given", { score: rating.score })}</span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600">{t("resolvedLegend")}</dt>
        <dd>{rating.resolved ? t("resolvedYes") : t("resolvedNo")}</dd>
        {rating.reasons.length ? (
          <>
            <dt className="text-slate-600">{t("reasons")}</dt>
            <dd>{rating.reasons.map((r) => (t.has(`reason.${r}`) ? t(`reason.${r}` as "reason.friendly") : r)).join(t("separator"))}</dd>
          </>
        ) : null}
        {rating.comment ? (
          <>
            <dt className="text-slate-600">{t("comment")}</dt>
            <dd className="whitespace-pre-wrap break-words">{rating.comment}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("ratedAt")}</dt>
        <dd>
          <time dateTime={rating.createdAt.toISOString()}>{format.dateTime(rating.createdAt, "short")}</time>
        </dd>
      </dl>
      {needsReturnVisit(rating) ? <p className="rounded-md bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">{t("returnVisit")}</p> : null}
    </div>
  );
}
