import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";

// Structured logs (issue 8 part 8): one JSON line per event on stdout, with the request id the
// proxy gives each request (proxy.ts → x-request-id). Logs never carry personal data: callers
// log ids and counts, and two safety nets catch what slips through —
//   1. pino's `redact` blanks the values of sensitive keys (passwords, codes, tokens, phones,
//      ID numbers, e-mail addresses, names) at the top level and one level down;
//   2. scrubLogValue() walks every logged object at any depth, blanks the same keys, and masks
//      mainland mobile numbers (11 digits), resident ID numbers (18 characters) and e-mail
//      addresses inside free strings — messages and error messages and stacks included.

const CENSOR = "[redacted]";

/** Keys whose values are never logged, whatever they hold. */
const SENSITIVE_KEY =
  /^(password|newpassword|currentpassword|passwordhash|code|otp|onetimecode|secret|totp|token|accesstoken|refreshtoken|sessiontoken|cookie|authorization|phone|contactphone|mobile|idnumber|idno|email|name|displayname|fullname|address)$/i;

const KEYS = [
  "password", "newPassword", "currentPassword", "passwordHash", "code", "otp", "oneTimeCode", "secret", "totp",
  "token", "accessToken", "refreshToken", "sessionToken", "cookie", "authorization", "phone", "contactPhone",
  "mobile", "idNumber", "email", "name", "displayName", "fullName", "address",
];
/** pino redact paths: each key at the top level and one level down (input.password, err.phone …). */
export const REDACT_PATHS = [...KEYS, ...KEYS.map((k) => `*.${k}`), 'req.headers.cookie', 'req.headers.authorization'];

// A mainland mobile number standing alone (not part of a longer digit run such as an SRN).
const PHONE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;
// A resident ID number: 17 digits and a check digit or X.
const ID_NUMBER = /(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Masks phone numbers, ID numbers and e-mail addresses in a free string. */
export function scrubString(text: string): string {
  return text.replace(ID_NUMBER, "[id-number]").replace(PHONE, "[phone]").replace(EMAIL, "[email]");
}

/** A copy of `value` safe to log: sensitive keys blanked and free strings scrubbed, at any depth. */
export function scrubLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 8) return "[deep]";
  if (value instanceof Error) {
    const out: Record<string, unknown> = { type: value.name, message: scrubString(value.message) };
    if (value.stack) out.stack = scrubString(value.stack);
    const code = (value as { code?: unknown }).code;
    if (typeof code === "string") out.errorCode = code;
    if (value.cause !== undefined) out.cause = scrubLogValue(value.cause, depth + 1);
    return out;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => scrubLogValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? CENSOR : scrubLogValue(v, depth + 1);
  }
  return out;
}

function level(): string {
  const configured = process.env.LOG_LEVEL;
  if (configured && ["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(configured)) return configured;
  // Tests keep their output for failures; a run sets LOG_LEVEL=info to see everything.
  return process.env.NODE_ENV === "test" ? "warn" : "info";
}

/** A logger writing to `destination` (stdout by default); tests pass a stream they read. */
export function createLogger(destination?: DestinationStream, options: { level?: string } = {}): Logger {
  return pino(
    {
      level: options.level ?? level(),
      base: { service: "servicehall" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubLogValue(object) as Record<string, unknown>,
      },
      hooks: {
        // The message string (and any printf arguments) is scrubbed like the fields.
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? scrubString(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

export const log: Logger = createLogger();

/** An error as a loggable field: its type, scrubbed message and stack. */
export function errorField(error: unknown): unknown {
  return scrubLogValue(error instanceof Error ? error : new Error(String(error)));
}
