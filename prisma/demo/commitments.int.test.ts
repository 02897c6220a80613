import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { COMMITMENT_MEASURES } from "@/lib/domain/compliance";
import { readCompliance } from "@/server/dal/compliance";
import { runSeed } from "../seed";

const options = { ifEmpty: false, description: "test database" };

describe("demo commitments", () => {
  it("writes version 1 of every commitment again, and no figures: those come from the demo's data", async () => {
    const now = new Date();
    await runSeed(db, { ...options, now });
    const rows = await db.commitment.findMany({ select: { measure: true, version: true, active: true }, orderBy: { sort: "asc" } });
    expect(rows).toEqual(COMMITMENT_MEASURES.map((measure) => ({ measure, version: 1, active: true })));
    expect(await db.complianceFigure.count()).toBe(0);

    // The demo's requests give every request-based measure but special acceptance something to count.
    const figures = (await readCompliance(now)).filter((f) => f.windowDays === 30);
    const counted = figures.filter((f) => f.cases > 0).map((f) => f.measure);
    expect(counted).toEqual(expect.arrayContaining(["ACCEPT", "RESPOND_MAJOR", "RESPOND_GENERAL", "RESTORE_BUSINESS", "COMPLAINT_REPLY"]));
    // The seeded faults past their response time show as missed, not hidden.
    expect(figures.find((f) => f.measure === "RESPOND_GENERAL")!.met).toBeLessThan(figures.find((f) => f.measure === "RESPOND_GENERAL")!.cases);
  });
});
