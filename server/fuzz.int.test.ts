// Fuzzing every server action and route handler (issue 8 part 3): thousands of malformed inputs —
// wrong types, huge strings, unicode edge cases, missing and extra fields, prototype keys — as the
// principals each one is meant for. Each call must come back as a typed failure (never a thrown
// error, which would be a 500), every message must be a key both languages translate, and not one
// row may be written anywhere.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { isWrappedAction, permissionOfAction, type ActionResult } from "./action";
import { db } from "./db";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
// Actions that end in redirect() or revalidate a path need a request; neither may run here, and
// malformed input must never reach them.
// A request's cookies and headers, for the probes of actions without fields (end tracking).
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: (name: string, value: string) => jar.set(name, value), delete: (name: string) => jar.delete(name), has: (name: string) => jar.has(name) }),
    headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-for": "203.0.113.9" }),
  };
});
// Route handlers translate with next-intl's server API, which needs a request: a translator that
// returns the key does here (the text is not under test, the answer's status is).
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { rich: (key: string) => key, markup: (key: string) => key, raw: (key: string) => key, has: () => true });
  return {
    getTranslations: async () => t,
    getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString(), number: (n: number) => String(n), relativeTime: (d: Date) => d.toISOString() }),
    getLocale: async () => "zh-CN",
    getMessages: async () => ({}),
    getNow: async () => new Date(),
    getTimeZone: async () => "Asia/Shanghai",
  };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn, updateTag: vi.fn(), refresh: vi.fn() }));

const root = path.resolve(import.meta.dirname, "..");
const messages = {
  zh: JSON.parse(readFileSync(path.join(root, "messages", "zh-CN.json"), "utf8")) as Record<string, unknown>,
  en: JSON.parse(readFileSync(path.join(root, "messages", "en.json"), "utf8")) as Record<string, unknown>,
};
const translated = (key: string) =>
  Object.values(messages).every((m) => typeof key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), m) === "string");

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGE_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53 + 1,
  true,
  false,
  "",
  " ",
  "\u0000",
  "\ud800",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "\u200b\u200d\ufeff",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "𠀀𠀁𠀂",
  "ｆｕｌｌｗｉｄｔｈ１２３",
  "1e309",
  "-0",
  "0x10",
  "2026-02-30T25:61",
  "SR2026",
  "13800000001\n",
  "<script>alert(1)</script>",
  "'; DROP TABLE \"User\"; --",
  "{{constructor.constructor('x')()}}",
  "x".repeat(10_001),
  "汉".repeat(100_000),
  [],
  [1, "a", null],
  {},
  { $ne: null },
  new Date(Number.NaN),
];
const NON_OBJECT_INPUTS: unknown[] = [undefined, null, 0, "", "x".repeat(1_000_000), [], [{}], true, new Date(0), Object.create(null)];

/** Malformed inputs for an action whose fields are `keys`: every one has at least one impossible value. */
function inputsFor(keys: string[], seed: number, count: number): unknown[] {
  const random = prng(seed);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const out: unknown[] = [...NON_OBJECT_INPUTS];
  for (let i = 0; out.length < count; i += 1) {
    const input: Record<string, unknown> = {};
    for (const key of keys) if (random() < 0.8) input[key] = pick(EDGE_VALUES);
    // One field always gets a value no schema field takes (an operator object or a megabyte).
    const broken = keys.length ? pick(keys) : "unexpected";
    input[broken] = random() < 0.5 ? { $gt: "" } : "長".repeat(1_000_000);
    if (random() < 0.2) Object.defineProperty(input, "__proto__", { value: { admin: true }, enumerable: true });
    if (random() < 0.2) Object.defineProperty(input, "constructor", { value: { prototype: { polluted: true } }, enumerable: true });
    if (random() < 0.2) Object.assign(input, { status: "CLOSED", ownerId: "x", role: "ADMIN", customerId: "x" });
    out.push(input);
  }
  return out;
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}

const actionFiles = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((f) => path.basename(f) === "actions.ts")
  .sort();

type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type Principal = { id: string; sessionVersion: number } | null;

const INPUTS_PER_ACTION = 40;
const results = { calls: 0 };

describe("fuzzing every server action", () => {
  // The database is emptied before every test (prisma/test/setup-file.ts): each file's test signs
  // its principals up again.
  it.each(actionFiles)("%s: malformed input is refused with a translated message, nothing written", async (file) => {
    const customer: Principal = (await makeCustomer()).user;
    const staff = new Map<string, Principal>();
    for (const role of STAFF_ROLES) staff.set(role, (await makeStaff(role)).user);
    const mod = (await import(/* @vite-ignore */ path.join(root, "app", file))) as Record<string, unknown>;
    const entries = Object.entries(mod).filter(([, fn]) => isWrappedAction(fn)) as Array<[string, Action]>;
    expect(entries.length).toBeGreaterThan(0);
    // First the probes: the keys each schema asks for, from its answer to an empty object (an
    // action without fields, like signing out, really runs here — before the rows are counted).
    const runs: Array<{ name: string; fn: Action; principal: Principal; probe: ActionResult<unknown> }> = [];
    for (const [name, fn] of entries) {
      const permission = permissionOfAction(fn);
      // Who the action is for: staff holding its permission; otherwise a customer, an agent, anyone.
      const principals: Principal[] = permission
        ? [staff.get(STAFF_ROLES.find((r) => roleCan(r, permission))!)!]
        : [customer, staff.get("AGENT")!, null];
      for (const principal of principals) {
        signInAs(principal);
        runs.push({ name, fn, principal, probe: await fn({}) });
      }
    }
    const before = await rowCounts();
    for (const { name, fn, principal, probe } of runs) {
      {
        signInAs(principal);
        const keys = probe.ok ? [] : Object.keys(probe.fieldErrors ?? {}).filter((k) => k !== "_form").map((k) => k.split(".")[0]!);
        const seed = [...`${file}#${name}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
        // An action without input fields (sign out, mark all read) has only the wrong shapes to refuse.
        const inputs = probe.ok ? NON_OBJECT_INPUTS.filter((i) => i === null || typeof i !== "object" || Array.isArray(i)) : inputsFor([...new Set(keys)], seed, INPUTS_PER_ACTION);
        for (const input of inputs) {
          results.calls += 1;
          let result: ActionResult<unknown>;
          try {
            result = await fn(input);
          } catch (error) {
            throw new Error(`${file}#${name} threw on ${JSON.stringify(input)?.slice(0, 200)}: ${String(error).slice(0, 300)}`);
          }
          if (result.ok) throw new Error(`${file}#${name} accepted malformed input ${JSON.stringify(input)?.slice(0, 200)}`);
          const keysShown = [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].filter((k): k is string => Boolean(k));
          expect(keysShown.length, `${file}#${name} failed without saying why`).toBeGreaterThan(0);
          for (const key of keysShown) expect(translated(key), `${file}#${name}: "${key.slice(0, 120)}" is not a translated message key`).toBe(true);
        }
      }
    }
    signInAs(null);
    expect(await rowCounts()).toEqual(before);
  }, 300_000);

  it("made thousands of calls", () => {
    expect(results.calls).toBeGreaterThan(2000);
  });
});

// Route handlers: malformed query strings and path segments, signed out, as a customer and as
// staff. Nothing may answer 5xx or throw anything but Next.js's own redirect / not-found.
const routeFiles = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((f) => path.basename(f) === "route.ts" && !f.includes("[...nextauth]"))
  .sort();
const QUERY_KEYS = ["lang", "from", "to", "period", "table", "srn", "page", "cursor", "after", "area", "category", "planCode", "q", "type", "status", "format"];

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}

describe("fuzzing every route handler", () => {
  it.each(routeFiles)("%s: malformed query strings and path segments never answer 5xx", async (file) => {
    const mod = (await import(/* @vite-ignore */ path.join(root, "app", file))) as Record<string, unknown>;
    const handlers = (["GET", "POST"] as const).filter((m) => typeof mod[m] === "function");
    expect(handlers.length).toBeGreaterThan(0);
    const segments = [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    const owner = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const random = prng(file.length * 7919);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const strings = EDGE_VALUES.filter((v): v is string => typeof v === "string" && v.length < 20_000).concat(["SR20261129000001", "-1", "9".repeat(40), "%", "%00", "../../etc/passwd"]);
    for (const principal of [null, owner.user, agent.user]) {
      signInAs(principal);
      for (let i = 0; i < 60; i += 1) {
        const query = new URLSearchParams();
        for (const key of QUERY_KEYS) if (random() < 0.3) query.append(key, pick(strings));
        const params = Object.fromEntries(segments.map((s) => [s, pick(strings)]));
        const url = `http://localhost:3000/${file.replace(/\/route\.ts$/, "").replace(/\([^)]*\)\//g, "")}?${query}`;
        for (const method of handlers) {
          const handler = mod[method] as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
          try {
            const response = await handler(new Request(url, { method, headers: { origin: "http://localhost:3000" } }), { params: Promise.resolve(params) });
            expect(response.status, `${method} ${url} ${JSON.stringify(params)}`).toBeLessThan(500);
          } catch (error) {
            if (!isNextControlFlow(error)) throw new Error(`${method} ${url} ${JSON.stringify(params)} threw: ${String(error).slice(0, 300)}`);
          }
        }
      }
    }
    signInAs(null);
  }, 300_000);
});
