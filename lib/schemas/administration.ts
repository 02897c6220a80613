import { z } from "zod";
import { YUAN_INPUT } from "../domain/plan-catalogue";
import { REQUEST_TYPES, SERVICE_KINDS, STAFF_ROLES, type StaffRole } from "../domain/roles";
import { emailSchema, idSchema, text, versionSchema } from "./common";

// Administration (/admin/users, /admin/teams, /admin/plans): one schema per form, shared by the
// form and its action. Messages are keys under "administration.validation" or "validation".
// Numbers typed into the plan form stay strings here (parsing twice — form, then action — must
// give the same result); the DAL turns them into fen and counts (lib/domain/plan-catalogue.ts).

const v = (key: string) => `administration.validation.${key}`;

export const staffRoleSchema = z.enum(STAFF_ROLES as unknown as [StaffRole, ...StaffRole[]], v("role"));
/** "" = no team. */
const teamIdSchema = z.union([z.literal(""), idSchema]);

/**
 * User has no version column: its updatedAt is the version token. The form carries the value it
 * was loaded with, and the update matches only while the row still has it.
 */
export const updatedAtTokenSchema = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), "errors.conflict");

export const createStaffUserSchema = z.object({
  displayName: text(2, 50),
  email: emailSchema,
  role: staffRoleSchema,
  teamId: teamIdSchema,
});
export type CreateStaffUserInput = z.input<typeof createStaffUserSchema>;
export type CreateStaffUserData = z.output<typeof createStaffUserSchema>;

export const updateStaffUserSchema = z.object({ id: idSchema, role: staffRoleSchema, teamId: teamIdSchema, updatedAt: updatedAtTokenSchema });
export type UpdateStaffUserInput = z.input<typeof updateStaffUserSchema>;
export type UpdateStaffUserData = z.output<typeof updateStaffUserSchema>;

export const setStaffUserDisabledSchema = z.object({ id: idSchema, disabled: z.boolean(), updatedAt: updatedAtTokenSchema });
export type SetStaffUserDisabledData = z.output<typeof setStaffUserDisabledSchema>;

export const resetStaffPasswordSchema = z.object({ id: idSchema, updatedAt: updatedAtTokenSchema });
export type ResetStaffPasswordData = z.output<typeof resetStaffPasswordSchema>;

/** Team codes: upper-case letters, digits and underscores, a letter first ("FRONTLINE"). */
export const TEAM_CODE = /^[A-Z][A-Z0-9_]{1,19}$/;

export const teamSchema = z.object({
  code: z.string().trim().toUpperCase().regex(TEAM_CODE, v("teamCode")),
  name: text(2, 50),
  nameEn: text(2, 50),
  handles: z.array(z.enum(REQUEST_TYPES, v("handles"))).max(REQUEST_TYPES.length, v("handles")),
  active: z.boolean(),
});
export type TeamInput = z.input<typeof teamSchema>;
export type TeamData = z.output<typeof teamSchema>;

export const updateTeamSchema = teamSchema.extend({ id: idSchema, version: versionSchema });
export type UpdateTeamInput = z.input<typeof updateTeamSchema>;
export type UpdateTeamData = z.output<typeof updateTeamSchema>;

/** Plan codes as the catalogue uses them (lib/schemas/plans.ts PLAN_CODE): "M58", "CLOUD-S". */
export const ADMIN_PLAN_CODE = /^[A-Z0-9-]{2,20}$/;
const count = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d*$/, v("count"))
    .refine((s) => s === "" || Number(s) <= max, v("count"));

const planFields = {
  name: text(2, 50),
  nameEn: text(2, 50),
  kind: z.enum(SERVICE_KINDS, v("kind")),
  monthlyFeeYuan: z.string().trim().min(1, "validation.required").regex(YUAN_INPUT, v("fee")),
  dataMb: count(10_000_000),
  voiceMinutes: count(1_000_000),
  smsCount: count(1_000_000),
  speedMbps: count(100_000),
  contractMonths: z.string().trim().regex(/^\d{1,2}$/, v("contractMonths")),
  summary: z.string().trim().max(200, "validation.tooLong.200"),
  summaryEn: z.string().trim().max(200, "validation.tooLong.200"),
};

export const planSchema = z.object({
  code: z.string().trim().toUpperCase().regex(ADMIN_PLAN_CODE, v("planCode")),
  ...planFields,
  active: z.boolean(),
});
export type PlanInput = z.input<typeof planSchema>;
export type PlanData = z.output<typeof planSchema>;

/** An edit keeps the code (it is in customers' links and plan-change history). */
export const updatePlanSchema = z.object({ id: idSchema, version: versionSchema, ...planFields });
export type UpdatePlanInput = z.input<typeof updatePlanSchema>;
export type UpdatePlanData = z.output<typeof updatePlanSchema>;

export const setPlanActiveSchema = z.object({ id: idSchema, version: versionSchema, active: z.boolean() });
export type SetPlanActiveData = z.output<typeof setPlanActiveSchema>;

// The staff list's search (/admin/users), read from the URL: each bad parameter is dropped and
// named, the rest apply.
export const USER_STATUSES = ["active", "disabled"] as const;
export type StaffUserSearch = {
  q?: string;
  role?: StaffRole;
  /** A team id, or "none" for staff without a team. */
  team?: string;
  status?: (typeof USER_STATUSES)[number];
  after?: string;
};

type Params = Record<string, string | string[] | undefined>;
const one = (p: string | string[] | undefined) => (Array.isArray(p) ? p[0] : p)?.trim() ?? "";

export function parseStaffUserParams(params: Params): { search: StaffUserSearch; invalid: string[] } {
  const search: StaffUserSearch = {};
  const invalid: string[] = [];
  const read = <K extends keyof StaffUserSearch>(name: K, ok: (raw: string) => StaffUserSearch[K] | undefined) => {
    const raw = one(params[name]);
    if (!raw) return;
    const value = ok(raw);
    if (value === undefined) invalid.push(name);
    else search[name] = value;
  };
  read("q", (s) => (s.length <= 60 ? s : undefined));
  read("role", (s) => (STAFF_ROLES as readonly string[]).includes(s) ? (s as StaffRole) : undefined);
  read("team", (s) => (s === "none" || /^[a-z0-9]{1,40}$/.test(s) ? s : undefined));
  read("status", (s) => (USER_STATUSES as readonly string[]).includes(s) ? (s as StaffUserSearch["status"]) : undefined);
  read("after", (s) => (/^[A-Za-z0-9_-]{1,300}$/.test(s) ? s : undefined));
  return { search, invalid };
}

export function staffUserQuery(search: StaffUserSearch, withCursor = false): string {
  const out = new URLSearchParams();
  for (const key of ["q", "role", "team", "status"] as const) if (search[key]) out.set(key, search[key]);
  if (withCursor && search.after) out.set("after", search.after);
  const s = out.toString();
  return s ? `?${s}` : "";
}
