// Data integrity under load (issue 8 part 5): many identical submissions make one request; many
// staff updating one request at once lose nothing — exactly one of the updates made against the
// same version goes through, the rest are told to reload, and updates retried on a fresh version
// all land. (The SIGKILL drill is scripts/kill-drill.mjs, on PostgreSQL.)
import { describe, expect, it } from "vitest";
import { ConflictError } from "../action";
import { makeCustomer, makeRequest, makeStaff, faultInput } from "@/prisma/test/factories";
import { auditRows } from "@/prisma/test/assertions";
import { db } from "../db";
import { createRequest } from "./request-create";
import { addInternalNote } from "./request-work";

describe("integrity under load", () => {
  it("100 parallel submissions of one form make exactly one request", async () => {
    const owner = await makeCustomer();
    const input = faultInput(owner.line.id);
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => createRequest(owner.actor, input)));
    const fulfilled = results.filter((r): r is PromiseFulfilledResult<{ srn: string }> => r.status === "fulfilled");
    // Every submission is answered with the one SRN (none fails, none makes a second request).
    const why = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason).slice(0, 300));
    if (why.length) console.log(new Set(why));
    expect(fulfilled).toHaveLength(100);
    expect(new Set(fulfilled.map((r) => r.value.srn)).size).toBe(1);
    expect(await db.serviceRequest.count({ where: { customerId: owner.customer.id } })).toBe(1);
    expect(await db.requestEvent.count({ where: { kind: "created" } })).toBe(1);
    expect(await auditRows("request.create")).toHaveLength(1);
  }, 120_000);

  it("50 concurrent staff updates of one version: one lands, 49 conflict, nothing is overwritten", async () => {
    const owner = await makeCustomer();
    const request = await makeRequest(owner, { status: "IN_PROGRESS" });
    const staff = await Promise.all(Array.from({ length: 50 }, () => makeStaff("AGENT")));
    const results = await Promise.allSettled(staff.map((s, i) => addInternalNote(s.actor, { srn: request.srn, version: 1, note: `并发备注 ${i}` })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failures).toHaveLength(49);
    for (const f of failures) expect(f.reason).toBeInstanceOf(ConflictError);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).version).toBe(2);
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: "note" } })).toBe(1);
    expect(await auditRows("request.note")).toHaveLength(1);
  }, 120_000);

  it("50 concurrent staff updates that reload and retry on conflict all land, each once", async () => {
    const owner = await makeCustomer();
    const request = await makeRequest(owner, { status: "IN_PROGRESS" });
    const staff = await Promise.all(Array.from({ length: 50 }, () => makeStaff("AGENT")));
    // What a person does on "someone else changed this request": reload, then save again.
    async function noteWithRetry(actor: (typeof staff)[number]["actor"], note: string) {
      for (;;) {
        const { version } = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, select: { version: true } });
        try {
          return await addInternalNote(actor, { srn: request.srn, version, note });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
        }
      }
    }
    await Promise.all(staff.map((s, i) => noteWithRetry(s.actor, `并发备注 ${i}`)));
    const notes = await db.requestEvent.findMany({ where: { requestId: request.id, kind: "note" }, select: { body: true } });
    expect(notes.map((n) => n.body).sort()).toEqual(staff.map((_, i) => `并发备注 ${i}`).sort());
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).version).toBe(51);
    expect(await auditRows("request.note")).toHaveLength(50);
  }, 300_000);
});
