import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createRequestAction, withdrawRequestAction } from "@/app/account/requests/actions";
import { acceptRequestAction } from "@/app/admin/requests/actions";
import { rowCounts } from "@/prisma/test/assertions";
import { faultInput, makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, action, isWrappedAction, publicAction } from "./action";
import { db } from "./db";

// The session is faked; everything below it (actor lookup, validation, DAL, database) is real.
vi.mock("@/server/auth", () => import("@/prisma/test/session"));

beforeEach(() => signInAs(null));

describe("the action() wrapper", () => {
  it("asks anonymous callers to sign in, before validating anything", async () => {
    const a = await makeCustomer();
    const before = await rowCounts();
    expect(await createRequestAction(faultInput(a.line.id))).toEqual({ ok: false, formError: "errors.signInRequired" });
    expect(await createRequestAction({} as never)).toEqual({ ok: false, formError: "errors.signInRequired" });
    expect(await rowCounts()).toEqual(before);
  });

  it("returns field errors as message keys for invalid input, and writes nothing", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const before = await rowCounts();
    const result = await createRequestAction({ ...faultInput(a.line.id), description: "短", contactPhone: "12345" });
    expect(result).toEqual({ ok: false, fieldErrors: { description: ["validation.tooShort.10"], contactPhone: ["validation.phone"] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("runs a valid call through to the database", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const result = await createRequestAction(faultInput(a.line.id));
    expect(result).toMatchObject({ ok: true, data: { srn: expect.stringMatching(/^SR\d{14}$/) } });
    expect(await db.serviceRequest.count({ where: { customerId: a.customer.id } })).toBe(1);
  });

  it("turns expected errors into a form error, with field errors when there are any", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    signInAs(a.user);
    expect(await createRequestAction(faultInput(b.line.id))).toEqual({ ok: false, formError: "errors.lineNotFound", fieldErrors: { lineId: ["errors.lineNotFound"] } });
    const theirs = await makeRequest(b);
    expect(await withdrawRequestAction({ srn: theirs.srn, version: 1 })).toEqual({ ok: false, formError: "errors.notFound" });
  });

  it("lets unexpected errors through without turning them into a result", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const failing = action(z.object({}), async () => {
      throw new Error("database exploded");
    });
    await expect(failing({})).rejects.toThrow("database exploded");
    const expected = publicAction(z.object({}), async () => {
      throw new ExpectedError("errors.conflict");
    });
    expect(await expected({})).toEqual({ ok: false, formError: "errors.conflict" });
    expect(isWrappedAction(failing) && isWrappedAction(expected)).toBe(true);
  });

  it("reports an object-level schema error as the form error", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const check = action(z.object({ x: z.number() }).refine((v) => v.x > 1, "validation.invalid"), async () => null);
    expect(await check({ x: 0 })).toEqual({ ok: false, formError: "validation.invalid", fieldErrors: { _form: ["validation.invalid"] } });
  });
});

describe("role checks through actions", () => {
  it("forbids a customer to accept a request, and changes nothing", async () => {
    const a = await makeCustomer();
    const request = await makeRequest(a);
    signInAs(a.user);
    expect(await acceptRequestAction({ srn: request.srn, version: 1, message: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("SUBMITTED");
  });

  it("forbids staff to report a fault as a customer", async () => {
    const a = await makeCustomer();
    const s = await makeStaff("AGENT");
    signInAs(s.user);
    expect(await createRequestAction(faultInput(a.line.id))).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await db.serviceRequest.count()).toBe(0);
  });

  it("lets an agent accept, and a disabled agent not at all", async () => {
    const a = await makeCustomer();
    const request = await makeRequest(a);
    const agent = await makeStaff("AGENT");
    const disabled = await makeStaff("AGENT", { disabled: true });
    signInAs(disabled.user);
    expect(await acceptRequestAction({ srn: request.srn, version: 1, message: "" })).toEqual({ ok: false, formError: "errors.signInRequired" });
    signInAs(agent.user);
    expect(await acceptRequestAction({ srn: request.srn.toLowerCase(), version: 1, message: "" })).toEqual({ ok: true, data: { srn: request.srn, status: "ACCEPTED" } });
    // Accepting again from the stale page is a conflict; from the current page, not allowed.
    expect(await acceptRequestAction({ srn: request.srn, version: 1, message: "" })).toEqual({ ok: false, formError: "errors.conflict" });
    expect(await acceptRequestAction({ srn: request.srn, version: 2, message: "" })).toEqual({ ok: false, formError: "errors.invalidState" });
  });
});
