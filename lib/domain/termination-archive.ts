import type { Settlement } from "./termination";

// The archive of a terminated line (ServiceArchive.snapshot, R2.5/R4.2): the whole service record
// in one standard, self-contained JSON document, kept read-only for five years. It names people
// by display name and never holds a phone or ID number: the customer's name and type identify
// the record, the line number is the subject. Dates are ISO strings.

export const ARCHIVE_SNAPSHOT_VERSION = 1;

type When = Date | string;
type Maybe<T> = T | null;

export type ArchiveInput = {
  customer: { name: string; type: string };
  line: {
    number: string;
    kind: string;
    area: string;
    address: Maybe<string>;
    activatedAt: Maybe<When>;
    lockInEndsAt: Maybe<When>;
    balanceFen: number;
    depositFen: number;
    addOns: readonly string[];
    plan: { code: string; name: string; nameEn: string; monthlyFeeFen: number };
  };
  termination: { srn: string; reason: string; note: string; portOutDeclined: boolean; completedBy: string; completedAt: When };
  settlement: Settlement;
  usage: ReadonlyArray<{ month: string; dataMb: number; voiceMinutes: number; smsCount: number }>;
  bills: ReadonlyArray<{
    month: string;
    totalFen: number;
    status: string;
    issuedAt: When;
    dueAt: When;
    paidAt: Maybe<When>;
    items: ReadonlyArray<{ kind: string; label: string; labelEn: string; amountFen: number }>;
  }>;
  planChanges: ReadonlyArray<{ fromPlan: { code: string }; toPlan: { code: string }; status: string; effectiveAt: When; feeDiffFen: number; appliedAt: Maybe<When>; createdAt: When }>;
  requests: ReadonlyArray<{
    srn: string;
    type: string;
    status: string;
    title: string;
    description: string;
    createdAt: When;
    closedAt: Maybe<When>;
    events: ReadonlyArray<{ kind: string; toStatus: Maybe<string>; body: Maybe<string>; createdAt: When; actor: Maybe<{ displayName: string; role: string }> }>;
  }>;
};

const iso = (at: When) => new Date(at).toISOString();
const isoOrNull = (at: Maybe<When>) => (at ? iso(at) : null);

/** The snapshot to store: only these fields, in this shape, whatever the input carried besides. */
export function buildArchiveSnapshot(input: ArchiveInput) {
  const { line } = input;
  return {
    version: ARCHIVE_SNAPSHOT_VERSION,
    customer: { name: input.customer.name, type: input.customer.type },
    line: {
      number: line.number,
      kind: line.kind,
      area: line.area,
      address: line.address,
      activatedAt: isoOrNull(line.activatedAt),
      terminatedAt: iso(input.termination.completedAt),
      lockInEndsAt: isoOrNull(line.lockInEndsAt),
      balanceFen: line.balanceFen,
      depositFen: line.depositFen,
      addOns: [...line.addOns],
    },
    plan: { code: line.plan.code, name: line.plan.name, nameEn: line.plan.nameEn, monthlyFeeFen: line.plan.monthlyFeeFen },
    termination: { ...input.termination, completedAt: iso(input.termination.completedAt) },
    settlement: input.settlement,
    usage: input.usage.map((u) => ({ month: u.month, dataMb: u.dataMb, voiceMinutes: u.voiceMinutes, smsCount: u.smsCount })),
    bills: input.bills.map((b) => ({
      month: b.month,
      totalFen: b.totalFen,
      status: b.status,
      issuedAt: iso(b.issuedAt),
      dueAt: iso(b.dueAt),
      paidAt: isoOrNull(b.paidAt),
      items: b.items.map((i) => ({ kind: i.kind, label: i.label, labelEn: i.labelEn, amountFen: i.amountFen })),
    })),
    planChanges: input.planChanges.map((c) => ({
      from: c.fromPlan.code,
      to: c.toPlan.code,
      status: c.status,
      effectiveAt: iso(c.effectiveAt),
      feeDiffFen: c.feeDiffFen,
      appliedAt: isoOrNull(c.appliedAt),
      createdAt: iso(c.createdAt),
    })),
    requests: input.requests.map((r) => ({
      srn: r.srn,
      type: r.type,
      status: r.status,
      title: r.title,
      description: r.description,
      createdAt: iso(r.createdAt),
      closedAt: isoOrNull(r.closedAt),
      timeline: r.events.map((e) => ({ kind: e.kind, toStatus: e.toStatus, body: e.body, at: iso(e.createdAt), actor: e.actor?.displayName ?? null, actorRole: e.actor?.role ?? null })),
    })),
  };
}
export type ArchiveSnapshot = ReturnType<typeof buildArchiveSnapshot>;

/** Reads a stored snapshot back, or null when it is not one this version wrote. */
export function readArchiveSnapshot(value: unknown): ArchiveSnapshot | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Partial<ArchiveSnapshot>;
  if (v.version !== ARCHIVE_SNAPSHOT_VERSION || !v.line || !v.settlement || !Array.isArray(v.requests) || !Array.isArray(v.bills)) return null;
  return value as ArchiveSnapshot;
}
