import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MyDataExport } from "./dal/privacy-export";
import type { PdfBlock, PdfDocumentSpec } from "./pdf";

// The readable copy of a customer's data: the printable page (/account/privacy/export) and the
// PDF (/account/privacy/export.pdf) are both this one document, built from the same export object
// as the JSON download, so the three never disagree. Every field is shown under a translated
// label; values the customer knows by name (request types, statuses) are translated, amounts are
// in yuan, times in China time.

const SECTIONS = [
  "lines",
  "usageRecords",
  "bills",
  "remedies",
  "planChanges",
  "serviceRequests",
  "ratings",
  "surveyResponses",
  "surveyInvitations",
  "churnRisk",
  "winBackTasks",
  "notifications",
  "consents",
  "oneTimeCodes",
  "privacyRequests",
  "serviceArchives",
  "activityLog",
  "statusSubscriptions",
] as const;

/** Values translated through an existing namespace, by field (and, where it differs, section). */
const VALUE_KEYS: Record<string, string> = {
  "serviceRequests.type": "request.type",
  "serviceRequests.status": "request.status",
  "serviceRequests.channel": "request.channel",
  "events.toStatus": "request.status",
  "events.fromStatus": "request.status",
  "events.kind": "detail.event",
  "lines.kind": "request.kind",
  "consents.kind": "privacy.consents.kind",
  "privacyRequests.kind": "privacy.requests.kindShort",
  "privacyRequests.status": "privacy.requests.status",
  "remedies.measure": "remedies.measure",
  "remedies.kind": "remedies.kind",
  "remedies.status": "remedies.status",
};

type Record_ = Record<string, unknown>;

export async function buildExportDocument(data: MyDataExport): Promise<PdfDocumentSpec & { sections: Array<{ id: string; title: string; blocks: PdfBlock[] }> }> {
  const [t, tAll, format] = await Promise.all([getTranslations("privacy.exportDoc"), getTranslations(), getFormatter()]);
  const when = (at: Date) => format.dateTime(at, "short");
  const label = (field: string) => (t.has(`field.${field}`) ? t(`field.${field}`) : field);

  function value(section: string, field: string, v: unknown): string {
    if (v === null || v === undefined || v === "") return t("none");
    if (v instanceof Date) return when(v);
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "number" && field.endsWith("Fen")) return format.number(v / 100, { style: "currency", currency: "CNY" });
    if (typeof v === "number") return String(v);
    if (typeof v === "string") {
      const ns = VALUE_KEYS[`${section}.${field}`];
      return ns && tAll.has(`${ns}.${v}`) ? tAll(`${ns}.${v}`) : v;
    }
    if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === "object" && x !== null ? JSON.stringify(x) : String(x))).join(t("listSeparator")) : t("none");
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof Date ? when(x) : x));
  }

  /**
   * "label：value" lines of a record; nested lists become indented lines of their own. Empty
   * fields are left out of list entries to keep them short (the JSON has every field).
   */
  function lines(section: string, record: Record_, indent = ""): string[] {
    const out: string[] = [];
    for (const [field, v] of Object.entries(record)) {
      if (v === null || v === undefined || v === "") continue;
      if (Array.isArray(v) && v.some((x) => x && typeof x === "object" && !(x instanceof Date))) {
        out.push(`${indent}${t("line", { label: label(field), value: "" })}`);
        v.forEach((item, i) => {
          out.push(`${indent}  · ${t("item", { n: i + 1 })}`);
          out.push(...lines(field, item as Record_, `${indent}    `));
        });
      } else if (v && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v)) {
        const nested = Object.entries(v as Record_).map(([k, x]) => `${label(k)} ${value(field, k, x)}`);
        out.push(`${indent}${t("line", { label: label(field), value: nested.join(t("pairSeparator")) })}`);
      } else {
        out.push(`${indent}${t("line", { label: label(field), value: value(section, field, v) })}`);
      }
    }
    return out;
  }

  const single = (section: "customer" | "account", record: Record_): PdfBlock => ({
    kind: "fields",
    rows: Object.entries(record).map(([field, v]) => [label(field), value(section, field, v)] as const),
  });

  const titleOf = (section: string, record: Record_, i: number): string => {
    const key = ["srn", "number", "line", "month", "kind", "action", "template", "survey"].find((k) => typeof record[k] === "string");
    const head = key ? value(section, key, record[key]) : t("item", { n: i + 1 });
    const at = ["createdAt", "month", "archivedAt"].map((k) => record[k]).find((x) => x instanceof Date);
    return at ? `${head} · ${when(at as Date)}` : head;
  };

  const sections = [
    { id: "customer", title: t("section.customer"), blocks: [single("customer", data.customer as Record_)] },
    { id: "account", title: t("section.account"), blocks: [single("account", data.account as Record_)] },
    ...SECTIONS.map((section) => {
      const rows = data[section] as unknown as Record_[];
      return {
        id: section,
        title: t("sectionCount", { title: t(`section.${section}`), count: rows.length }),
        blocks: [
          {
            kind: "entries" as const,
            empty: t("none"),
            items: rows.map((r, i) => ({ title: titleOf(section, r, i), body: lines(section, r).join("\n") })),
          },
        ],
      };
    }),
    {
      id: "excluded",
      title: t("section.excluded"),
      blocks: (["internalNotes", "returnVisitNotes", "remedyNotes", "secrets"] as const).map((k) => ({ kind: "paragraph" as const, text: tAll(`privacy.excluded.${k}`) })),
    },
  ];

  const generated = when(data.generatedAt);
  return {
    title: t("title"),
    subtitle: t("subtitle", { name: data.customer.name, time: generated }),
    subject: `${data.customer.name} ${data.customer.phone}`,
    keywords: "ServiceHall personal data export",
    footer: t("footer", { time: generated }),
    blocks: [{ kind: "paragraph", text: t("intro") }, ...sections.flatMap((s) => [{ kind: "heading" as const, text: s.title }, ...s.blocks])],
    sections,
  };
}
