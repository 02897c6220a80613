import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { RequestDetail } from "@/server/dal/requests";
import { cstDateAt } from "@/lib/domain/time";
import { netDirection, type Settlement } from "@/lib/domain/termination";
import { moneyFormatter } from "../plans/money";
import { planChangeRows } from "../plans/plan-change-rows";
import { RequestTitle } from "./request-title";
import { StatusBadge } from "./status-badge";

type Details = Record<string, string | null | undefined>;

/** The facts of a request, as a description list, with the fields of its type. */
export function RequestSummary({ request }: { request: Omit<RequestDetail, "events" | "customer"> }) {
  const t = useTranslations("request");
  const tt = useTranslations("termination");
  const format = useFormatter();
  const tp = useTranslations("plans.request");
  const locale = useLocale();
  const d = request.details as Details;
  const label = (group: string, value: string | null | undefined) => (value && t.has(`${group}.${value}`) ? t(`${group}.${value}` as "kind.MOBILE") : (value ?? "—"));
  const date = (value: string | null | undefined) => {
    const at = value ? cstDateAt(value) : null;
    return at ? format.dateTime(at, "date") : "—";
  };
  const typeRows: Array<[string, React.ReactNode]> = [];
  switch (request.type) {
    case "FAULT_REPAIR":
      typeRows.push(
        [t("symptomLabel"), <RequestTitle key="t" type={request.type} title={request.title} />],
        [t("since"), d.since ? format.dateTime(new Date(d.since), "short") : "—"],
        [t("contactPhone"), d.contactPhone ?? "—"],
        [t("reachable"), label("window", d.reachable)],
      );
      break;
    case "SERVICE_OPENING":
      typeRows.push(
        [t("serviceKind"), label("openingKind", d.serviceKind)],
        [t("address"), d.address || "—"],
        [t("appointment"), d.preferredDate ? `${date(d.preferredDate)} ${label("window", d.window)}` : "—"],
        [t("contactPhone"), d.contactPhone ?? "—"],
      );
      break;
    case "BUSINESS_CHANGE":
      typeRows.push([t("changeKindLabel"), label("changeKind", d.changeKind)]);
      if (d.newAddress) typeRows.push([t("newAddress"), d.newAddress]);
      if (d.effectiveDate) typeRows.push([t("effectiveDate"), date(d.effectiveDate)]);
      if (d.addOn) typeRows.push([t("addOnLabel"), label("addOn", d.addOn)]);
      if (d.newContactName) typeRows.push([t("newContact"), `${d.newContactName} · ${d.newContactPhone ?? ""}`]);
      break;
    case "CONSULTATION":
      typeRows.push([t("topicLabel"), label("topic", d.topic)]);
      break;
    case "PLAN_CHANGE":
      typeRows.push(...planChangeRows(request.details, request.status, { t: tp, format, locale }));
      break;
    case "TERMINATION": {
      const td = request.details as { settlement?: Settlement; finalSettlement?: Settlement; portOut?: { declined?: boolean } };
      const s = td.finalSettlement ?? td.settlement;
      typeRows.push([tt("summary.reason"), <RequestTitle key="t" type={request.type} title={request.title} />]);
      if (s) {
        const net = netDirection(s.netFen);
        const money = moneyFormatter(format)(Math.abs(s.netFen));
        typeRows.push([
          td.finalSettlement ? tt("staffFinal") : tt("summary.net"),
          net === "refund" ? `${tt("settlement.netRefund")} ${money}` : net === "pay" ? `${tt("settlement.netPay")} ${money}` : tt("settlement.netNoneValue"),
        ]);
      }
      if (td.portOut?.declined) typeRows.push([tt("summary.portOut"), tt("summary.portOutDeclined")]);
      break;
    }
  }
  const rows: Array<[string, React.ReactNode]> = [
    [t("srn"), <span key="srn" className="font-mono">{request.srn}</span>],
    [t("typeLabel"), t(`type.${request.type}`)],
    [t("line"), request.line ? `${t(`kind.${request.line.kind}`)} · ${request.line.number}` : "—"],
    ...typeRows,
    [t("levelLabel"), t(`level.${request.level}` as "level.1")],
    [t("createdAt"), format.dateTime(request.createdAt, "short")],
    [t("channelLabel"), t(`channel.${request.channel}`)],
    [t("handler"), request.owner?.displayName ?? (request.type === "PLAN_CHANGE" ? tp("handlerSystem") : t("noHandler"))],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={request.status} />
        <span className="text-sm text-slate-700">{t(`type.${request.type}`)}</span>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-600">{name}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {request.description ? (
        <div>
          <h3 className="text-sm text-slate-600">{t(`descriptionLabel.${request.type}` as "descriptionLabel.FAULT_REPAIR")}</h3>
          <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-900">{request.description}</p>
        </div>
      ) : null}
    </div>
  );
}
