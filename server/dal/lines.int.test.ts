import { describe, expect, it } from "vitest";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { listLines } from "./lines";

describe("listLines", () => {
  it("gives a customer their own lines only", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const lines = await listLines(a.actor);
    expect(lines.map((l) => l.id)).toEqual([a.line.id]);
    expect(lines.map((l) => l.id)).not.toContain(b.line.id);
  });

  it("lets request-reading staff see lines, and not other staff", async () => {
    const a = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const admin = await makeStaff("ADMIN");
    expect((await listLines(agent.actor)).map((l) => l.id)).toContain(a.line.id);
    expect(await listLines(admin.actor)).toEqual([]);
  });

  it("leaves terminated lines out and returns no internal fields", async () => {
    const a = await makeCustomer();
    const [line] = await listLines(a.actor);
    expect(Object.keys(line!).sort()).toEqual(["activatedAt", "area", "id", "kind", "number", "plan", "status"]);
    expect(Object.keys(line!.plan).sort()).toEqual(["code", "monthlyFeeFen", "name", "nameEn"]);
  });
});
