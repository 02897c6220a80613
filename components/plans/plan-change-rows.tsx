import type { useFormatter, useTranslations } from "next-intl";
import type { RequestStatus } from "@/lib/domain/roles";
import { Money } from "./money";

type Details = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The state of a plan change, read from its request: pending until applied, cancelled when withdrawn. */
export function planChangeState(status: RequestStatus): "pending" | "applied" | "cancelled" {
  if (status === "RESOLVED" || status === "CLOSED") return "applied";
  if (status === "WITHDRAWN" || status === "RETURNED") return "cancelled";
  return "pending";
}

/**
 * The type-specific rows of a PLAN_CHANGE request (request-summary.tsx): from → to, the new fee and
 * the difference, the effective date and the state. `t` is the "plans.request" translator.
 */
export function planChangeRows(
  details: Details,
  status: RequestStatus,
  ctx: { t: ReturnType<typeof useTranslations<"plans.request">>; format: ReturnType<typeof useFormatter>; locale: string },
): Array<[string, React.ReactNode]> {
  const { t, format, locale } = ctx;
  const name = (prefix: "fromPlan" | "toPlan") => `${text(details[`${prefix}Name${locale === "en" ? "En" : ""}`]) || text(details[prefix])} (${text(details[prefix])})`;
  const effectiveAt = text(details.effectiveAt) ? new Date(text(details.effectiveAt)) : null;
  const fen = (v: unknown) => (typeof v === "number" ? v : null);
  const newFee = fen(details.newFeeFen);
  const diff = fen(details.feeDiffFen);
  return [
    [t("from"), name("fromPlan")],
    [t("to"), name("toPlan")],
    [t("newFee"), newFee === null ? "—" : <Money key="fee" fen={newFee} />],
    [t("difference"), diff === null ? "—" : <Money key="diff" fen={diff} signed />],
    [t("effective"), effectiveAt && !Number.isNaN(effectiveAt.getTime()) ? format.dateTime(effectiveAt, "short") : "—"],
    [t("state"), t(`stateValue.${planChangeState(status)}`)],
  ];
}
