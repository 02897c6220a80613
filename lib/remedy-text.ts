import { createTranslator } from "next-intl";
import zhCN from "../messages/zh-CN.json";
import en from "../messages/en.json";
import type { CommitmentMeasure } from "./domain/remedies";

// A remedy's reason and its bill line are data the customer reads later, stored in both
// languages when the remedy is proposed (the reason) and approved (the bill item), from the same
// message keys in both files: remedies.cause.* and remedies.billLabel.

export type RemedyCause = { kind: "request"; srn: string; measure: CommitmentMeasure } | { kind: "incident"; code: string };

const zhText = createTranslator({ locale: "zh-CN", messages: zhCN, namespace: "remedies" });
const enText = createTranslator({ locale: "en", messages: en, namespace: "remedies" });

/** Why the remedy is due, in Chinese and English. */
export function remedyReason(cause: RemedyCause): { reason: string; reasonEn: string } {
  if (cause.kind === "incident") return { reason: zhText("cause.incident", { code: cause.code }), reasonEn: enText("cause.incident", { code: cause.code }) };
  const key = `cause.request.${cause.measure}` as const;
  return { reason: zhText(key, { srn: cause.srn }), reasonEn: enText(key, { srn: cause.srn }) };
}

/** The bill item's label, naming the cause, in Chinese and English. */
export function remedyBillLabel(reason: { reason: string; reasonEn: string }): { label: string; labelEn: string } {
  return { label: zhText("billLabel", { cause: reason.reason }), labelEn: enText("billLabel", { cause: reason.reasonEn }) };
}
