import { describe, expect, it } from "vitest";
import { COMMITMENT_MEASURES } from "@/lib/domain/compliance";
import { CommitmentMeasure } from "./generated/prisma/enums";

// lib/domain/compliance.ts mirrors the Prisma enum of measures (lib/ may not import the client).
describe("COMMITMENT_MEASURES", () => {
  it("equals the Prisma enum CommitmentMeasure", () => {
    expect([...COMMITMENT_MEASURES]).toEqual(Object.values(CommitmentMeasure));
  });
});
