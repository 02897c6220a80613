import { describe, expect, it } from "vitest";
import { addMonths, cstDateAt, cstDateKey, cstDayKey, cstDaysFrom, cstMonthKey, cstMonthStart, cstParts, daysInMonth, nextCstMonthStart, parseCstLocal, toCstLocal } from "./time";

describe("cstParts / cstDayKey", () => {
  it("reads an instant in UTC+8", () => {
    expect(cstParts(new Date("2026-11-28T15:59:00Z"))).toEqual({ year: 2026, month: 11, day: 28, hour: 23, minute: 59 });
    expect(cstParts(new Date("2026-11-28T16:00:00Z"))).toEqual({ year: 2026, month: 11, day: 29, hour: 0, minute: 0 });
    expect(cstDayKey(new Date("2026-02-28T16:00:00Z"))).toBe("20260301");
  });
});

describe("parseCstLocal", () => {
  it("reads a datetime-local value as China Standard Time", () => {
    expect(parseCstLocal("2026-11-28T09:30")?.toISOString()).toBe("2026-11-28T01:30:00.000Z");
    expect(parseCstLocal("2026-11-29T00:00")?.toISOString()).toBe("2026-11-28T16:00:00.000Z");
    expect(parseCstLocal("2028-02-29T12:00")?.toISOString()).toBe("2028-02-29T04:00:00.000Z");
  });

  it.each([
    "2026-02-30T10:00",
    "2026-02-29T10:00",
    "2026-04-31T10:00",
    "2026-13-01T10:00",
    "2026-00-10T10:00",
    "2026-11-28T24:00",
    "2026-11-28T23:60",
    "2026-11-28 09:30",
    "2026-11-28T09:30:00",
    "2026-11-28",
    "28/11/2026 09:30",
    "",
  ])("returns null for %j", (value) => {
    expect(parseCstLocal(value)).toBeNull();
  });
});

describe("toCstLocal", () => {
  it("writes an instant as a China-time datetime-local value", () => {
    expect(toCstLocal(new Date("2026-11-28T16:05:00Z"))).toBe("2026-11-29T00:05");
    expect(toCstLocal(new Date("2026-01-01T01:02:00Z"))).toBe("2026-01-01T09:02");
  });

  it("round-trips with parseCstLocal", () => {
    for (const iso of ["2026-11-28T01:30:00.000Z", "2026-12-31T16:00:00.000Z", "2028-02-28T17:59:00.000Z"]) {
      const local = toCstLocal(new Date(iso));
      expect(parseCstLocal(local)?.toISOString()).toBe(iso);
    }
    for (const local of ["2026-06-15T08:00", "2027-01-01T00:00", "2026-11-28T23:59"]) {
      expect(toCstLocal(parseCstLocal(local)!)).toBe(local);
    }
  });

  it("drops seconds", () => {
    expect(toCstLocal(new Date("2026-11-28T01:30:59.999Z"))).toBe("2026-11-28T09:30");
  });
});

describe("China-time dates", () => {
  it("cstDateKey is the China calendar day", () => {
    expect(cstDateKey(new Date("2026-11-28T15:59:00Z"))).toBe("2026-11-28");
    expect(cstDateKey(new Date("2026-11-28T16:00:00Z"))).toBe("2026-11-29");
  });

  it("cstDateAt is an hour of that day in China time; 24 is its end", () => {
    expect(cstDateAt("2026-11-28")).toEqual(new Date("2026-11-27T16:00:00Z"));
    expect(cstDateAt("2026-11-28", 21)).toEqual(new Date("2026-11-28T13:00:00Z"));
    expect(cstDateAt("2026-11-28", 24)).toEqual(new Date("2026-11-28T16:00:00Z"));
    expect(cstDateAt("2026-02-30")).toBeNull();
    expect(cstDateAt("28/11/2026")).toBeNull();
  });

  it("cstDaysFrom counts China calendar days", () => {
    const lateEvening = new Date("2026-11-28T15:30:00Z"); // 23:30 China time
    expect(cstDaysFrom(lateEvening, "2026-11-28")).toBe(0);
    expect(cstDaysFrom(lateEvening, "2026-11-29")).toBe(1);
    expect(cstDaysFrom(lateEvening, "2026-11-27")).toBe(-1);
    expect(cstDaysFrom(lateEvening, "2026-12-28")).toBe(30);
    expect(cstDaysFrom(lateEvening, "nope")).toBeNull();
  });
});

describe("billing months", () => {
  it("names the month in China time", () => {
    expect(cstMonthKey(new Date("2026-11-30T15:59:59Z"))).toBe("2026-11");
    expect(cstMonthKey(new Date("2026-11-30T16:00:00Z"))).toBe("2026-12");
  });

  it("steps months across year ends", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-03", -15)).toBe("2024-12");
  });

  it("starts a month at 00:00 China time and knows its length", () => {
    expect(cstMonthStart("2027-01").toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2027-02")).toBe(28);
    expect(nextCstMonthStart(new Date("2027-01-31T15:59:00Z")).toISOString()).toBe("2027-01-31T16:00:00.000Z");
  });
});
