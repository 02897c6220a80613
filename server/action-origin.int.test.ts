import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createRequestAction } from "@/app/account/requests/actions";
import { rowCounts } from "@/prisma/test/assertions";
import { faultInput, makeCustomer } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { publicAction } from "./action";
import { db } from "./db";

// The server-action wrapper checks the Origin itself (after proxy.ts), so an action posted from
// another site fails closed even when the proxy is bypassed. The request headers are faked;
// everything else is real.
vi.mock("@/server/auth", () => import("@/prisma/test/session"));

let requestHeaders: Headers | null = null;
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!requestHeaders) throw new Error("headers() was called outside a request scope");
    return requestHeaders;
  },
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined }),
}));

function post(origin: string | null, extra: Record<string, string> = {}) {
  requestHeaders = new Headers({ host: "hall.example", "next-action": "7f00aa", ...extra });
  if (origin !== null) requestHeaders.set("origin", origin);
}

beforeEach(() => {
  signInAs(null);
  requestHeaders = null;
});

describe("the action wrapper's origin check", () => {
  it("runs an action posted from this site", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    post("https://hall.example");
    expect(await createRequestAction(faultInput(a.line.id))).toMatchObject({ ok: true });
    expect(await db.serviceRequest.count({ where: { customerId: a.customer.id } })).toBe(1);
  });

  it("refuses an action posted from another site, or without an Origin, and changes nothing", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const before = await rowCounts();
    for (const origin of ["https://evil.example", "https://hall.example.evil.example", "null", null]) {
      post(origin);
      expect(await createRequestAction(faultInput(a.line.id))).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses before the handler runs, for anonymous callers too", async () => {
    const handler = vi.fn(async () => "ran");
    const open = publicAction(z.object({}), handler);
    post("https://evil.example");
    expect(await open({})).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(handler).not.toHaveBeenCalled();
    post("https://hall.example");
    expect(await open({})).toEqual({ ok: true, data: "ran" });
  });

  it("compares with the reverse proxy's X-Forwarded-Host when there is one", async () => {
    const handler = vi.fn(async () => "ran");
    const open = publicAction(z.object({}), handler);
    post("https://public.example", { "x-forwarded-host": "public.example" });
    expect(await open({})).toEqual({ ok: true, data: "ran" });
    post("https://hall.example", { "x-forwarded-host": "public.example" });
    expect(await open({})).toEqual({ ok: false, formError: "errors.forbidden" });
  });

  it("lets a direct call outside any request through (scripts and tests: no browser, no forgery)", async () => {
    const open = publicAction(z.object({}), async () => "ran");
    expect(await open({})).toEqual({ ok: true, data: "ran" });
  });
});
