import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/domain/permissions";
import { getActor, type Actor, type StaffActor } from "./actor";
import { errorField } from "./log";
import { can } from "./policy";
import { actionId, actionOriginAllowed, requestLog } from "./request-context";

// Every server action is a public POST endpoint. Each one is built with action() or
// publicAction(): the input is re-validated with the same zod schema the form used, the actor is
// resolved on the server, expected failures become a typed result, and unexpected errors go on
// to error.tsx without their message reaching the client. Each call is first checked for a
// same-site Origin (server/request-context.ts) and leaves one structured log line (server/log.ts).

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
  note: (outcome: string, error?: unknown) => void,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    const formError = fieldErrors._form?.[0];
    note("invalid");
    return { ok: false, fieldErrors, ...(formError ? { formError } : {}) };
  }
  try {
    const data = await handler(parsed.data, actor);
    note("ok");
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ExpectedError) {
      note(error.key);
      return { ok: false, formError: error.key, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    // redirect()/notFound() and genuine faults: let Next.js handle them.
    if (isNavigation(error)) note("navigation");
    else note("error", error);
    throw error;
  }
}

/** redirect() and notFound() throw errors that carry a NEXT_ digest; they are not faults. */
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

type Kind = "action" | "public" | "staff";

/**
 * What every wrapper does first and last: refuse a call from another site (the second CSRF check,
 * after proxy.ts), resolve the actor, and log one line per call — the action's id, the outcome,
 * the duration and the actor's user id, never the input (server/log.ts scrubs as a safety net).
 */
async function guarded<T>(
  kind: Kind,
  permission: Permission | undefined,
  body: (actor: Actor | null, note: (outcome: string, error?: unknown) => void) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const started = performance.now();
  const [logger, id] = await Promise.all([requestLog(), actionId()]);
  let actorId: string | null = null;
  const note = (outcome: string, error?: unknown) => {
    const line = { event: "action", kind, action: id, permission, outcome, actorId, ms: Math.round(performance.now() - started) };
    if (error !== undefined) logger.error({ ...line, error: errorField(error) }, "server action failed");
    else if (outcome === "forbidden" || outcome === "cross-origin") logger.warn(line, "server action refused");
    else logger.info(line, "server action");
  };
  if (!(await actionOriginAllowed())) {
    note("cross-origin");
    return { ok: false, formError: "errors.forbidden" };
  }
  const actor = await getActor();
  actorId = actor?.userId ?? null;
  return body(actor, note);
}

/** An action for a signed-in user. */
export function action<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { actor: Actor }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const fn = (input: z.input<S>): Promise<ActionResult<T>> =>
    guarded("action", undefined, async (actor, note) => {
      if (!actor) {
        note("signInRequired");
        return { ok: false, formError: "errors.signInRequired" };
      }
      return run(schema, input, actor, (data) => handler(data, { actor }), note);
    });
  wrapped.add(fn);
  return fn;
}

/** An action anyone may call (sign-in, registration, tracking). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { actor: Actor | null }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const fn = (input: z.input<S>): Promise<ActionResult<T>> =>
    guarded("public", undefined, (actor, note) => run(schema, input, actor, (data) => handler(data, { actor }), note));
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
  const fn = (input: z.input<S>): Promise<ActionResult<T>> =>
    guarded("staff", permission, async (actor, note) => {
      if (!actor) {
        note("signInRequired");
        return { ok: false, formError: "errors.signInRequired" };
      }
      if (actor.kind !== "staff" || !can(actor, permission)) {
        note("forbidden");
        return { ok: false, formError: "errors.forbidden" };
      }
      return run(schema, input, actor, (data) => handler(data, { actor }), note);
    });
  wrapped.add(fn);
  declaredPermission.set(fn, permission);
  return fn;
}
