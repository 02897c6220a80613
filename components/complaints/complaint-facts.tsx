import Link from "next/link";
import { useTranslations } from "next-intl";
import { complaintDetailsSchema } from "@/lib/schemas/complaint";
import type { RequestType } from "@/lib/domain/roles";
import { RequestTitle } from "../requests/request-title";

type Props = {
  details: unknown;
  relatedRequest: { srn: string; type: RequestType; title: string } | null;
  /** Where the linked request opens: the customer's progress page or the staff request page. */
  linkBase: "/account/requests" | "/admin/requests";
};

/** 投诉: its category, what the customer wants, and the request it is about. */
export function ComplaintFacts({ details, relatedRequest, linkBase }: Props) {
  const t = useTranslations("complaints");
  const tr = useTranslations("request");
  const parsed = complaintDetailsSchema.safeParse(details);
  const d = parsed.success ? parsed.data : null;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="text-slate-600">{t("facts.category")}</dt>
      <dd className="text-slate-900">{d ? t(`category.${d.category}`) : "—"}</dd>
      <dt className="text-slate-600">{t("facts.related")}</dt>
      <dd className="break-words text-slate-900">
        {relatedRequest ? (
          <Link href={`${linkBase}/${relatedRequest.srn}`} className="text-brand-700 underline">
            <span className="font-mono">{relatedRequest.srn}</span> · {tr(`type.${relatedRequest.type}`)} · <RequestTitle type={relatedRequest.type} title={relatedRequest.title} />
          </Link>
        ) : (
          t("facts.relatedNone")
        )}
      </dd>
      <dt className="text-slate-600">{t("facts.desiredOutcome")}</dt>
      <dd className="whitespace-pre-wrap break-words text-slate-900">{d?.desiredOutcome || "—"}</dd>
    </dl>
  );
}
