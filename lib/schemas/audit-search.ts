import { z } from "zod";
import "./common";
import { normalizeSrn } from "../domain/srn";
import { cstDateAt } from "../domain/time";

// The audit viewer's search (/admin/audit), read from the URL like the queue's filters: each bad
// parameter is dropped and named, the rest apply.

export type AuditSearch = {
  /** Part of the actor's name or e-mail, or "system" for rows without an actor. */
  actor?: string;
  /** An action or the start of one ("request." finds every request action). */
  action?: string;
  targetType?: string;
  /** A record id, or an SRN (matched against the summary's srn). */
  target?: string;
  from?: string;
  to?: string;
  after?: string;
};

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => cstDateAt(v, 0) !== null);

export function parseAuditParams(params: Params): { search: AuditSearch; invalid: string[] } {
  const search: AuditSearch = {};
  const invalid: string[] = [];
  const read = (name: keyof AuditSearch, ok: (v: string) => string | undefined) => {
    const raw = one(params[name]);
    if (!raw) return;
    const v = ok(raw);
    if (v === undefined) invalid.push(name);
    else search[name] = v;
  };
  read("actor", (v) => (v.length >= 2 && v.length <= 60 ? v : undefined));
  read("action", (v) => (/^[a-z][a-zA-Z_.]{1,59}$/.test(v) ? v : undefined));
  read("targetType", (v) => (/^[A-Z][A-Za-z]{1,39}$/.test(v) ? v : undefined));
  read("target", (v) => normalizeSrn(v) ?? (/^[a-z0-9]{8,40}$/.test(v) ? v : undefined));
  read("from", (v) => (dateKey.safeParse(v).success ? v : undefined));
  read("to", (v) => (dateKey.safeParse(v).success ? v : undefined));
  read("after", (v) => (/^[A-Za-z0-9_-]{1,200}$/.test(v) ? v : undefined));
  if (search.from && search.to && search.from > search.to) {
    invalid.push("to");
    delete search.to;
  }
  return { search, invalid };
}

export function auditQuery(search: AuditSearch, withCursor = false): string {
  const out = new URLSearchParams();
  for (const key of ["actor", "action", "targetType", "target", "from", "to"] as const) if (search[key]) out.set(key, search[key]);
  if (withCursor && search.after) out.set("after", search.after);
  const s = out.toString();
  return s ? `?${s}` : "";
}
