import { describe, expect, it } from "vitest";
import { addBusinessHours, addBusinessMs, businessMsBetween, clockToMinutes, isDateKey, isValidTimeZone, isWorkingDay, isoWeekday, minutesToClock, validHours, type BusinessCalendar } from "./business-calendar";
import { CN_STANDARD, CN_STANDARD_DAYS } from "./cn-calendar";

const HOUR = 3_600_000;
/** An instant given in China time ("2026-11-30 09:00"). */
const cst = (text: string) => new Date(`${text.replace(" ", "T")}:00+08:00`);

// Office hours 09:00–18:00, Monday to Friday, with the 2026 National Day holidays and make-up days.
const office: BusinessCalendar = {
  timeZone: "Asia/Shanghai",
  workdays: [1, 2, 3, 4, 5],
  dayStartMin: 540,
  dayEndMin: 1080,
  days: new Map([
    ["2026-10-01", "HOLIDAY"],
    ["2026-10-02", "HOLIDAY"],
    ["2026-10-05", "HOLIDAY"],
    ["2026-10-06", "HOLIDAY"],
    ["2026-10-07", "HOLIDAY"],
    ["2026-10-10", "WORKDAY"],
  ]),
};

describe("addBusinessHours on office hours (09:00–18:00, Mon–Fri)", () => {
  it("stays within one working day", () => {
    expect(addBusinessHours(office, cst("2026-11-30 10:00"), 4)).toEqual(cst("2026-11-30 14:00"));
    expect(addBusinessHours(office, cst("2026-11-30 10:00"), 8)).toEqual(cst("2026-11-30 18:00"));
  });

  it("carries over the night to the next morning", () => {
    expect(addBusinessHours(office, cst("2026-11-30 16:00"), 4)).toEqual(cst("2026-12-01 11:00"));
    // 8 h on Monday, 9 on Tuesday, 7 on Wednesday.
    expect(addBusinessHours(office, cst("2026-11-30 10:00"), 24)).toEqual(cst("2026-12-02 16:00"));
  });

  it("skips the weekend", () => {
    expect(addBusinessHours(office, cst("2026-12-04 17:00"), 2)).toEqual(cst("2026-12-07 10:00"));
  });

  it("counts from the next opening when it starts outside working hours", () => {
    expect(addBusinessHours(office, cst("2026-11-30 07:30"), 1)).toEqual(cst("2026-11-30 10:00"));
    expect(addBusinessHours(office, cst("2026-11-30 20:00"), 1)).toEqual(cst("2026-12-01 10:00"));
    expect(addBusinessHours(office, cst("2026-11-28 12:00"), 1)).toEqual(cst("2026-11-30 10:00"));
  });

  it("skips holidays and works on a make-up Saturday", () => {
    // Wed 30 Sep 17:00 + 2 h: one hour that day, then Oct 1–2 holidays, Oct 3–4 weekend, Oct 5–7 holidays; Thu Oct 8.
    expect(addBusinessHours(office, cst("2026-09-30 17:00"), 2)).toEqual(cst("2026-10-08 10:00"));
    // Fri Oct 9 17:00 + 2 h: Saturday Oct 10 is a make-up working day.
    expect(addBusinessHours(office, cst("2026-10-09 17:00"), 2)).toEqual(cst("2026-10-10 10:00"));
  });

  it("returns the start for zero hours and refuses negative ones", () => {
    expect(addBusinessMs(office, cst("2026-11-28 12:00"), 0)).toEqual(cst("2026-11-28 12:00"));
    expect(() => addBusinessMs(office, cst("2026-11-28 12:00"), -1)).toThrow(RangeError);
  });

  it("refuses a calendar without working time instead of looping", () => {
    expect(() => addBusinessHours({ ...office, workdays: [], days: new Map() }, cst("2026-11-30 10:00"), 1)).toThrow(RangeError);
  });
});

describe("businessMsBetween on office hours", () => {
  it("counts only working time, across nights, weekends and holidays", () => {
    expect(businessMsBetween(office, cst("2026-11-30 10:00"), cst("2026-11-30 12:30"))).toBe(2.5 * HOUR);
    expect(businessMsBetween(office, cst("2026-11-30 16:00"), cst("2026-12-01 11:00"))).toBe(4 * HOUR);
    expect(businessMsBetween(office, cst("2026-12-04 17:00"), cst("2026-12-07 10:00"))).toBe(2 * HOUR);
    expect(businessMsBetween(office, cst("2026-09-30 17:00"), cst("2026-10-08 10:00"))).toBe(2 * HOUR);
    expect(businessMsBetween(office, cst("2026-10-09 17:00"), cst("2026-10-10 10:00"))).toBe(2 * HOUR);
  });

  it("is zero outside working hours and negative backwards", () => {
    expect(businessMsBetween(office, cst("2026-11-28 08:00"), cst("2026-11-29 20:00"))).toBe(0);
    expect(businessMsBetween(office, cst("2026-11-30 12:00"), cst("2026-11-30 10:00"))).toBe(-2 * HOUR);
  });

  it("is the inverse of addBusinessHours", () => {
    for (const start of ["2026-11-30 10:00", "2026-11-28 03:00", "2026-09-30 17:30", "2026-12-31 23:00"]) {
      for (const hours of [1, 5, 9, 24, 48]) {
        const end = addBusinessHours(office, cst(start), hours);
        expect(businessMsBetween(office, cst(start), end)).toBe(hours * HOUR);
      }
    }
  });
});

describe("CN-STANDARD (whole working days, China's public holidays)", () => {
  it("runs 24 h of a Saturday request from Monday 00:00 to Monday 24:00", () => {
    expect(addBusinessHours(CN_STANDARD, cst("2026-11-28 10:00"), 24)).toEqual(cst("2026-12-01 00:00"));
    expect(addBusinessHours(CN_STANDARD, cst("2026-11-28 10:00"), 48)).toEqual(cst("2026-12-02 00:00"));
  });

  it("runs 24 h of a Friday-evening request into Monday evening", () => {
    expect(addBusinessHours(CN_STANDARD, cst("2026-12-04 20:00"), 24)).toEqual(cst("2026-12-07 20:00"));
  });

  it("skips the Spring Festival and counts its make-up Saturdays", () => {
    // Fri 13 Feb 12:00 + 24 h: 12 h on Friday, Sat 14 Feb is a make-up working day (12 h more).
    expect(addBusinessHours(CN_STANDARD, cst("2026-02-13 12:00"), 24)).toEqual(cst("2026-02-14 12:00"));
    // Sat 14 Feb 12:00 + 24 h: 12 h that day, then 15–23 Feb off, Tue 24 Feb 12:00.
    expect(addBusinessHours(CN_STANDARD, cst("2026-02-14 12:00"), 24)).toEqual(cst("2026-02-24 12:00"));
  });

  it("holds the 2026 notice: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆 and their make-up days", () => {
    const holidays = CN_STANDARD_DAYS.filter((d) => d.kind === "HOLIDAY").length;
    const makeUp = CN_STANDARD_DAYS.filter((d) => d.kind === "WORKDAY").map((d) => d.date);
    expect(holidays).toBe(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(makeUp).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    // Every make-up day is a weekend day, and no date is listed twice.
    expect(makeUp.every((d) => isoWeekday(d) >= 6)).toBe(true);
    expect(new Set(CN_STANDARD_DAYS.map((d) => d.date)).size).toBe(CN_STANDARD_DAYS.length);
    expect(isWorkingDay(CN_STANDARD, "2026-10-01")).toBe(false);
    expect(isWorkingDay(CN_STANDARD, "2026-09-20")).toBe(true);
    expect(isWorkingDay(CN_STANDARD, "2026-11-30")).toBe(true);
    expect(isWorkingDay(CN_STANDARD, "2026-11-29")).toBe(false);
  });
});

describe("other time zones", () => {
  it("uses the calendar's own zone, daylight saving included", () => {
    const london: BusinessCalendar = { ...office, timeZone: "Europe/London", days: new Map() };
    // Friday 27 March 2026 17:00 GMT + 2 h → Monday 30 March 10:00 BST (09:00 UTC).
    expect(addBusinessHours(london, new Date("2026-03-27T17:00:00Z"), 2)).toEqual(new Date("2026-03-30T09:00:00Z"));
    // The working day that holds the clock change is still 9 hours long.
    expect(businessMsBetween(london, new Date("2026-03-27T00:00:00Z"), new Date("2026-03-31T00:00:00Z"))).toBe(18 * HOUR);
  });
});

describe("helpers", () => {
  it("validates hours, dates, zones and clock texts", () => {
    expect(validHours(540, 1080)).toBe(true);
    expect(validHours(0, 1440)).toBe(true);
    expect(validHours(1080, 540)).toBe(false);
    expect(validHours(0, 1441)).toBe(false);
    expect(isDateKey("2026-02-28")).toBe(true);
    expect(isDateKey("2026-02-30")).toBe(false);
    expect(isDateKey("2026-2-3")).toBe(false);
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(minutesToClock(540)).toBe("09:00");
    expect(minutesToClock(1440)).toBe("24:00");
    expect(clockToMinutes("18:30")).toBe(1110);
    expect(clockToMinutes("24:00")).toBe(1440);
    expect(clockToMinutes("24:30")).toBeNull();
    expect(clockToMinutes("9:00")).toBeNull();
  });
});
