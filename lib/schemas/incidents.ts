import { z } from "zod";
import { AREAS, isKnownArea } from "../domain/areas";
import { INCIDENT_KINDS, INCIDENT_LEVELS, PLAYBOOK_STEPS, INCIDENT_CODE_PATTERN } from "../domain/incidents";
import { SERVICE_KINDS } from "../domain/roles";
import { parseCstLocal } from "../domain/time";
import { text, versionSchema } from "./common";

// Incidents (/admin/incidents). One schema per form, shared by the form and its action. Times are
// `datetime-local` values read as China Standard Time; messages are keys under
// incidents.validation.* or validation.*.

export const INCIDENT_LIMITS = { titleMax: 200, summaryMax: 500, bodyMax: 1000, noteMax: 1000 } as const;
/** A clock a few minutes fast on the staff member's computer is not "in the future". */
const CLOCK_SLACK_MS = 5 * 60_000;

/** A required `datetime-local` value. */
const when = z
  .string()
  .min(1, "validation.required")
  .refine((v) => parseCstLocal(v) !== null, "validation.dateTime");
/** An optional one: empty, or a valid value. */
const optionalWhen = z.union([z.literal(""), when]);
/** The English text, optional: empty, or within the limit. */
const optionalText = (max: number) => z.string().trim().max(max, `validation.tooLong.${max}`);

const notInFuture = (v: string) => {
  const at = parseCstLocal(v);
  return !at || at.getTime() <= Date.now() + CLOCK_SLACK_MS;
};

export const incidentCodeSchema = z.string().trim().toUpperCase().regex(INCIDENT_CODE_PATTERN, "incidents.validation.code");

export const declareIncidentSchema = z
  .object({
    title: text(2, INCIDENT_LIMITS.titleMax),
    titleEn: optionalText(INCIDENT_LIMITS.titleMax),
    summary: text(10, INCIDENT_LIMITS.summaryMax),
    summaryEn: optionalText(INCIDENT_LIMITS.summaryMax),
    kind: z.enum(INCIDENT_KINDS, "validation.choose"),
    level: z.enum(INCIDENT_LEVELS, "validation.choose"),
    services: z.array(z.enum(SERVICE_KINDS, "validation.choose")).min(1, "incidents.validation.services").max(SERVICE_KINDS.length),
    areas: z
      .array(z.string().refine(isKnownArea, "incidents.validation.areas"))
      .min(1, "incidents.validation.areas")
      .max(AREAS.length),
    startedAt: when.refine(notInFuture, "validation.notInFuture"),
    estimatedRestoreAt: optionalWhen,
  })
  .superRefine((v, ctx) => {
    const start = parseCstLocal(v.startedAt);
    const eta = v.estimatedRestoreAt ? parseCstLocal(v.estimatedRestoreAt) : null;
    if (start && eta && eta.getTime() <= start.getTime()) ctx.addIssue({ code: "custom", path: ["estimatedRestoreAt"], message: "incidents.validation.etaBeforeStart" });
  });
export type DeclareIncidentInput = z.input<typeof declareIncidentSchema>;
export type DeclareIncidentData = z.output<typeof declareIncidentSchema>;

/** A public update, optionally with a new ETA (then it is an ETA change). */
export const postIncidentUpdateSchema = z.object({
  code: incidentCodeSchema,
  version: versionSchema,
  body: text(5, INCIDENT_LIMITS.bodyMax),
  bodyEn: optionalText(INCIDENT_LIMITS.bodyMax),
  estimatedRestoreAt: optionalWhen,
});
export type PostIncidentUpdateInput = z.input<typeof postIncidentUpdateSchema>;
export type PostIncidentUpdateData = z.output<typeof postIncidentUpdateSchema>;

export const tickPlaybookStepSchema = z.object({
  code: incidentCodeSchema,
  version: versionSchema,
  step: z.enum(PLAYBOOK_STEPS, "validation.choose"),
});
export type TickPlaybookStepInput = z.input<typeof tickPlaybookStepSchema>;
export type TickPlaybookStepData = z.output<typeof tickPlaybookStepSchema>;

/** Restored at a time between the start (checked by the DAL) and now, with the final note customers read. */
export const restoreIncidentSchema = z.object({
  code: incidentCodeSchema,
  version: versionSchema,
  restoredAt: when.refine(notInFuture, "validation.notInFuture"),
  note: text(5, INCIDENT_LIMITS.noteMax),
  noteEn: optionalText(INCIDENT_LIMITS.noteMax),
});
export type RestoreIncidentInput = z.input<typeof restoreIncidentSchema>;
export type RestoreIncidentData = z.output<typeof restoreIncidentSchema>;

/** The list's keyset cursor of restored incidents, from the address; anything malformed is dropped. */
export function incidentCursorFrom(params: Record<string, string | string[] | undefined>): string | null {
  const v = Array.isArray(params.after) ? params.after[0] : params.after;
  return v && /^[A-Za-z0-9_-]{1,200}$/.test(v) ? v : null;
}
