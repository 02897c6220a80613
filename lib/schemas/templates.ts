import { z } from "zod";
import { REQUEST_TYPES } from "@/lib/domain/roles";
import { unknownVariables } from "@/lib/domain/template-variables";
import { idSchema, text, versionSchema } from "./common";

// Reply templates (/admin/templates). One schema for the form and its action; messages are keys
// under templates.validation.* or validation.*.

export const TEMPLATE_LIMITS = { codeMin: 2, codeMax: 40, titleMax: 80, bodyMin: 5, bodyMax: 2000, queryMax: 60 } as const;

/** Upper-case letters, digits, single hyphens or underscores: `COMPLAINT-APOLOGY`. */
export const TEMPLATE_CODE = /^[A-Z0-9]+(?:[-_][A-Z0-9]+)*$/;

/** A body may name only the allowed {variables} (lib/domain/template-variables.ts). */
const body = text(TEMPLATE_LIMITS.bodyMin, TEMPLATE_LIMITS.bodyMax).refine((value) => unknownVariables(value).length === 0, "templates.validation.unknownVariable");

export const templateSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(TEMPLATE_LIMITS.codeMin, "templates.validation.code")
    .max(TEMPLATE_LIMITS.codeMax, "templates.validation.code")
    .regex(TEMPLATE_CODE, "templates.validation.code"),
  title: text(2, TEMPLATE_LIMITS.titleMax),
  titleEn: text(2, TEMPLATE_LIMITS.titleMax),
  body,
  bodyEn: body,
  /** Empty: offered for every request type. */
  types: z.array(z.enum(REQUEST_TYPES, "validation.required")).max(REQUEST_TYPES.length),
});
export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateData = z.output<typeof templateSchema>;

/** An edit names the version the editor started from: a newer one is a conflict. */
export const updateTemplateSchema = templateSchema.extend({ id: idSchema, version: versionSchema });
export type UpdateTemplateInput = z.input<typeof updateTemplateSchema>;
export type UpdateTemplateData = z.output<typeof updateTemplateSchema>;

export const setTemplateActiveSchema = z.object({ id: idSchema, version: versionSchema, active: z.boolean() });
export type SetTemplateActiveInput = z.infer<typeof setTemplateActiveSchema>;

/** The list's GET filters; anything unknown is dropped, never refused. */
export type TemplateFilters = { q: string; type: (typeof REQUEST_TYPES)[number] | null; status: "active" | "inactive" | "all" };

export function templateFiltersFrom(params: Record<string, string | string[] | undefined>): TemplateFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const type = one(params.type);
  const status = one(params.status);
  return {
    q: one(params.q).trim().slice(0, TEMPLATE_LIMITS.queryMax),
    type: (REQUEST_TYPES as readonly string[]).includes(type) ? (type as TemplateFilters["type"]) : null,
    status: status === "inactive" || status === "all" ? status : "active",
  };
}
