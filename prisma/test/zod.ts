// Helpers for schema tests: the message keys a zod schema reports, by field path.
import type { z } from "zod";

export function fieldMessages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Every message key the schema reports for `input`, flattened. */
export function allMessages(schema: z.ZodType, input: unknown): string[] {
  return Object.values(fieldMessages(schema, input)).flat();
}
