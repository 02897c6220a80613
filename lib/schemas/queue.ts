import { z } from "zod";
import { REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus, type RequestType } from "../domain/roles";
import { normalizeSrn } from "../domain/srn";
import { cstDateAt } from "../domain/time";
import { idSchema } from "./common";

// The staff queue's filters live in the URL, so that a view can be bookmarked and shared. Each
// parameter is read on its own: a bad one is dropped and named (the page says which), the others
// still apply, and nothing throws.

export const QUEUE_VIEWS = ["pending", "active", "open", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
export const QUEUE_SORTS = ["due", "newest", "oldest", "level"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
/** "Due within N hours" choices offered by the form (any whole number 1–720 is accepted). */
export const DUE_WITHIN_CHOICES = [1, 2, 4, 8, 24, 72] as const;
export const MAX_DUE_WITHIN_HOURS = 720;

export type QueueFilter = {
  view: QueueView;
  status?: RequestStatus;
  type?: RequestType;
  level?: 1 | 2 | 3;
  /** A team code, or "none" for requests without a team. */
  team?: string;
  /** "me", "none", or a staff user id. */
  owner?: string;
  /** Part of the customer's area (北京市朝阳区 …). */
  area?: string;
  dueWithinHours?: number;
  breached?: boolean;
  /** Created on or after this day / on or before this day (China time, YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** An SRN, the last four digits of the customer's phone, or part of the customer's name. */
  q?: string;
  sort: QueueSort;
  /** The opaque keyset cursor of the next page. */
  after?: string;
};

export type SearchTerm = { kind: "srn"; srn: string } | { kind: "phoneTail"; digits: string } | { kind: "name"; text: string };

/** What a search box entry means: an SRN, a phone tail (4 digits), or a name (2+ characters). */
export function parseSearch(raw: string): SearchTerm | null {
  const text = raw.trim();
  if (!text) return null;
  const srn = normalizeSrn(text);
  if (srn) return { kind: "srn", srn };
  if (/^\d{4}$/.test(text)) return { kind: "phoneTail", digits: text };
  if (text.length >= 2 && text.length <= 50 && !/^\d+$/.test(text)) return { kind: "name", text };
  return null;
}

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => cstDateAt(v, 0) !== null);
const teamCode = z.string().regex(/^([A-Z][A-Z0-9_]{1,31}|none)$/);
const owner = z.union([z.literal("me"), z.literal("none"), z.string().regex(/^c[a-z0-9]{20,39}$/)]);

/** Reads the queue's URL parameters; `invalid` names the ones that were dropped. */
export function parseQueueParams(params: Params): { filter: QueueFilter; invalid: string[] } {
  const invalid: string[] = [];
  const filter: QueueFilter = { view: "pending", sort: "due" };
  const read = <T>(name: string, parse: (v: string) => T | undefined, set: (v: T) => void) => {
    const raw = one(params[name]);
    if (!raw) return;
    const value = parse(raw);
    if (value === undefined) invalid.push(name);
    else set(value);
  };
  const inList = <T extends string>(list: readonly T[]) => (v: string) => (list.includes(v as T) ? (v as T) : undefined);
  const ok = <T>(schema: z.ZodType<T>) => (v: string) => {
    const r = schema.safeParse(v);
    return r.success ? r.data : undefined;
  };

  read("view", inList(QUEUE_VIEWS), (v) => (filter.view = v));
  read("status", inList(REQUEST_STATUSES), (v) => (filter.status = v));
  read("type", inList(REQUEST_TYPES), (v) => (filter.type = v));
  read("level", (v) => (v === "1" || v === "2" || v === "3" ? (Number(v) as 1 | 2 | 3) : undefined), (v) => (filter.level = v));
  read("team", ok(teamCode), (v) => (filter.team = v));
  read("owner", ok(owner), (v) => (filter.owner = v));
  read("area", (v) => (v.length <= 40 ? v : undefined), (v) => (filter.area = v));
  read(
    "due",
    (v) => (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_DUE_WITHIN_HOURS ? Number(v) : undefined),
    (v) => (filter.dueWithinHours = v),
  );
  read("breached", (v) => (v === "1" ? true : undefined), () => (filter.breached = true));
  read("from", ok(dateKey), (v) => (filter.from = v));
  read("to", ok(dateKey), (v) => (filter.to = v));
  read("q", (v) => (parseSearch(v) ? v : undefined), (v) => (filter.q = v));
  read("sort", inList(QUEUE_SORTS), (v) => (filter.sort = v));
  read("after", (v) => (/^[A-Za-z0-9_-]{1,400}$/.test(v) ? v : undefined), (v) => (filter.after = v));
  if (filter.from && filter.to && filter.from > filter.to) {
    invalid.push("to");
    delete filter.to;
  }
  return { filter, invalid };
}

/** The URL query of a filter (without `after` unless asked), for links that keep the view. */
export function queueQuery(filter: QueueFilter, changes: Partial<QueueFilter> = {}, keepCursor = false): string {
  const f: QueueFilter = { ...filter, ...changes };
  const out = new URLSearchParams();
  if (f.view !== "pending") out.set("view", f.view);
  if (f.status) out.set("status", f.status);
  if (f.type) out.set("type", f.type);
  if (f.level) out.set("level", String(f.level));
  if (f.team) out.set("team", f.team);
  if (f.owner) out.set("owner", f.owner);
  if (f.area) out.set("area", f.area);
  if (f.dueWithinHours) out.set("due", String(f.dueWithinHours));
  if (f.breached) out.set("breached", "1");
  if (f.from) out.set("from", f.from);
  if (f.to) out.set("to", f.to);
  if (f.q) out.set("q", f.q);
  if (f.sort !== "due") out.set("sort", f.sort);
  if (keepCursor && f.after) out.set("after", f.after);
  const s = out.toString();
  return s ? `?${s}` : "";
}

// Bulk assignment from the queue: the requests as the page showed them (SRN and version), and
// the new owner and/or team.
export const MAX_BULK_ASSIGN = 50;
export const bulkAssignSchema = z
  .object({
    items: z
      .array(z.object({ srn: z.string().regex(/^SR\d{14}$/), version: z.number().int().min(1) }))
      .min(1, "validation.pickRequests")
      .max(MAX_BULK_ASSIGN, "validation.tooManyRequests"),
    ownerId: z.union([z.literal(""), idSchema]),
    teamCode: z.union([z.literal(""), z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/)]),
  })
  .refine((v) => v.ownerId || v.teamCode, { message: "validation.assignTarget", path: ["ownerId"] });
export type BulkAssignInput = z.infer<typeof bulkAssignSchema>;
