import { useTranslations } from "next-intl";
import { DATA_CATEGORIES, ERASABLE_CATEGORIES, type ErasableCategory } from "@/lib/domain/privacy";

type Props = {
  request: { kind: string; status: string; outcome: string | null; refusalReason: string | null; erased: Partial<Record<ErasableCategory, number>> | null };
};

/**
 * The answer to a privacy request, as the customer and staff read it: the outcome or the reason
 * for refusal, and for a completed deletion what was deleted and what was kept by law, and why.
 */
export function PrivacyRequestOutcome({ request }: Props) {
  const t = useTranslations("privacy");
  if (request.status === "REFUSED") {
    return (
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-900">{t("requests.refusalReason")}</p>
        <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{request.refusalReason}</p>
        <p className="text-xs text-slate-600">{t("requests.appealHint")}</p>
      </div>
    );
  }
  if (request.status !== "COMPLETED") return null;
  const erased = ERASABLE_CATEGORIES.filter((c) => request.erased && request.erased[c] !== undefined);
  const kept = DATA_CATEGORIES.filter((c) => c.erasure === "keep");
  return (
    <div className="space-y-3">
      <div>
        <p className="text-sm font-medium text-slate-900">{t("requests.outcome")}</p>
        <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{request.outcome}</p>
      </div>
      {request.kind === "DELETION" && request.erased ? (
        <>
          <div>
            <p className="text-sm font-medium text-slate-900">{t("requests.erasedTitle")}</p>
            {erased.some((c) => (request.erased?.[c] ?? 0) > 0) ? (
              <ul className="list-disc pl-5 text-sm text-slate-800">
                {erased.map((c) => (
                  <li key={c}>{t(`requests.erased.${c}`, { count: request.erased?.[c] ?? 0 })}</li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-800">{t("requests.erasedNothing")}</p>
            )}
          </div>
          <div>
            <p className="text-sm font-medium text-slate-900">{t("requests.keptTitle")}</p>
            <ul className="list-disc pl-5 text-sm text-slate-800">
              {kept.map((c) => (
                <li key={c.key}>{t("requests.keptItem", { name: t(`category.${c.key}.name`), reason: t(`category.${c.key}.onDeletion`) })}</li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
    </div>
  );
}
