import { describe, expect, it } from "vitest";
import { cstLocalIn, incidentDeclaration } from "@/prisma/test/incident-input";
import { declareIncidentSchema, incidentCursorFrom, postIncidentUpdateSchema, restoreIncidentSchema, tickPlaybookStepSchema } from "./incidents";

const local = cstLocalIn;
const valid = incidentDeclaration();
const errorsOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("declareIncidentSchema", () => {
  it("accepts a complete declaration, with or without an ETA", () => {
    expect(declareIncidentSchema.safeParse(valid).success).toBe(true);
    expect(declareIncidentSchema.safeParse({ ...valid, estimatedRestoreAt: "" }).success).toBe(true);
  });

  it("wants at least one service and one known area", () => {
    expect(errorsOf(declareIncidentSchema.safeParse({ ...valid, services: [], areas: [] }))).toEqual({ services: "incidents.validation.services", areas: "incidents.validation.areas" });
    expect(errorsOf(declareIncidentSchema.safeParse({ ...valid, areas: ["火星"] }))).toEqual({ "areas.0": "incidents.validation.areas" });
    expect(declareIncidentSchema.safeParse({ ...valid, services: ["TELEGRAPH"] }).success).toBe(false);
  });

  it("refuses a start in the future and an ETA not after the start", () => {
    expect(errorsOf(declareIncidentSchema.safeParse({ ...valid, startedAt: local(1), estimatedRestoreAt: "" }))).toEqual({ startedAt: "validation.notInFuture" });
    expect(errorsOf(declareIncidentSchema.safeParse({ ...valid, estimatedRestoreAt: local(-2) }))).toEqual({ estimatedRestoreAt: "incidents.validation.etaBeforeStart" });
    expect(errorsOf(declareIncidentSchema.safeParse({ ...valid, startedAt: "2026-02-30T10:00" }))).toEqual({ startedAt: "validation.dateTime" });
  });

  it("refuses an unknown level or kind, and an empty title", () => {
    expect(Object.keys(errorsOf(declareIncidentSchema.safeParse({ ...valid, level: "IV", kind: "X", title: " " })))).toEqual(["title", "kind", "level"]);
  });
});

describe("the other forms", () => {
  const code = "INC20261129001";
  it("post update: a body, an optional ETA, the code and version", () => {
    expect(postIncidentUpdateSchema.safeParse({ code: " inc20261129001", version: 2, body: "抢修进行中，已熔接一半光纤。", bodyEn: "", estimatedRestoreAt: "" }).data?.code).toBe(code);
    expect(errorsOf(postIncidentUpdateSchema.safeParse({ code: "INC1", version: 0, body: "短", bodyEn: "", estimatedRestoreAt: "x" }))).toEqual({
      code: "incidents.validation.code",
      version: expect.any(String),
      body: "validation.tooShort.5",
      estimatedRestoreAt: expect.any(String),
    });
  });

  it("tick: only known steps", () => {
    expect(tickPlaybookStepSchema.safeParse({ code, version: 1, step: "review" }).success).toBe(true);
    expect(tickPlaybookStepSchema.safeParse({ code, version: 1, step: "drinkTea" }).success).toBe(false);
  });

  it("restore: a time not in the future and a note", () => {
    expect(restoreIncidentSchema.safeParse({ code, version: 3, restoredAt: local(0), note: "光缆已熔接，业务恢复。", noteEn: "" }).success).toBe(true);
    expect(errorsOf(restoreIncidentSchema.safeParse({ code, version: 3, restoredAt: local(2), note: "", noteEn: "" }))).toEqual({ restoredAt: "validation.notInFuture", note: "validation.tooShort.5" });
  });

  it("drops a malformed list cursor", () => {
    expect(incidentCursorFrom({ after: "abc_DEF-1" })).toBe("abc_DEF-1");
    expect(incidentCursorFrom({ after: "a b" })).toBeNull();
    expect(incidentCursorFrom({})).toBeNull();
  });
});
