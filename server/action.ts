import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/domain/permissions";
import { getActor, type Actor, type StaffActor } from "./actor";
import { can } from "./policy";

// Every server action is a public POST endpoint. Each one is built with action() or
// publicAction(): the input is re-validated with the same zod schema the form used, the actor is
// resolved on the server, expected failures become a typed result, and unexpected errors go on
// to error.tsx without their message reaching the client.

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

/** A failure the user can act on. `key` is a message key under "errors" or "validation". */
export class ExpectedError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(key);
    this.name = "ExpectedError";
  }
}
export class NotFoundError extends ExpectedError {
  constructor() {
    super("errors.notFound");
  }
}
export class ForbiddenError extends ExpectedError {
  constructor() {
    super("errors.forbidden");
  }
}
/** Somebody else changed the record first (optimistic locking). */
export class ConflictError extends ExpectedError {
  constructor() {
    super("errors.conflict");
  }
}

const wrapped = new WeakSet<object>();

const declaredPermission = new WeakMap<object, Permission>();

/** The permission a staffAction() checks before anything else (the authorization matrix test reads it). */
export function permissionOfAction(fn: unknown): Permission | undefined {
  return typeof fn === "function" ? declaredPermission.get(fn) : undefined;
}

/** True when `fn` was built with action() or publicAction(); a test checks every actions.ts. */
export function isWrappedAction(fn: unknown): boolean {
  return typeof fn === "function" && wrapped.has(fn);
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

async function run<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  actor: Actor | null,
  handler: (input: z.output<S>, actor: Actor | null) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    const formError = fieldErrors._form?.[0];
    return { ok: false, fieldErrors, ...(formError ? { formError } : {}) };
  }
  try {
    return { ok: true, data: await handler(parsed.data, actor) };
  } catch (error) {
    if (error instanceof ExpectedError) {
      return { ok: false, formError: error.key, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    // redirect()/notFound() and genuine faults: let Next.js handle them.
    throw error;
  }
}

/** An action for a signed-in user. */
export function action<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { actor: Actor }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const fn = async (input: z.input<S>): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, formError: "errors.signInRequired" };
    return run(schema, input, actor, (data) => handler(data, { actor }));
  };
  wrapped.add(fn);
  return fn;
}

/** An action anyone may call (sign-in, registration, tracking). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { actor: Actor | null }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const fn = async (input: z.input<S>): Promise<ActionResult<T>> => {
    const actor = await getActor();
    return run(schema, input, actor, (data) => handler(data, { actor }));
  };
  wrapped.add(fn);
  return fn;
}

/**
 * A staff action (every action under app/admin): the actor must be staff holding
 * `permission` (lib/domain/permissions.ts) before the input is even read; anyone else gets
 * errors.forbidden and nothing changes. The DAL still scopes and checks what it needs on top
 * (the request's state, the actor's own records). lib/domain/admin-policy.ts lists every staff
 * action with its permission, and the authorization matrix test holds the two together.
 */
export function staffAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, ctx: { actor: StaffActor }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const fn = async (input: z.input<S>): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, formError: "errors.signInRequired" };
    if (actor.kind !== "staff" || !can(actor, permission)) return { ok: false, formError: "errors.forbidden" };
    return run(schema, input, actor, (data) => handler(data, { actor }));
  };
  wrapped.add(fn);
  declaredPermission.set(fn, permission);
  return fn;
}
