import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CN_STANDARD, CN_STANDARD_DAYS } from "./cn-calendar";
import { DEFAULT_POLICIES, policyToColumns } from "./sla-policy";

// The data migration stores the built-in calendar and policies; the two must not drift apart.
const sql = readFileSync(join(__dirname, "../../prisma/migrations/20261128200000_sla_defaults/migration.sql"), "utf8");

describe("migration 20261128200000_sla_defaults", () => {
  it("inserts CN-STANDARD with the calendar's hours and weekdays", () => {
    expect(sql).toContain(`'CN-STANDARD'`);
    expect(sql).toContain(`'${CN_STANDARD.timeZone}', ARRAY[${CN_STANDARD.workdays.join(", ")}], ${CN_STANDARD.dayStartMin}, ${CN_STANDARD.dayEndMin}`);
  });

  it("inserts every holiday and make-up day of the code, and no other", () => {
    for (const d of CN_STANDARD_DAYS) expect(sql).toContain(`'${d.date}', '${d.kind}'`);
    expect(sql.match(/'cal_cn_standard', '\d{4}-\d{2}-\d{2}'/g)).toHaveLength(CN_STANDARD_DAYS.length);
  });

  it("inserts version 1 of every type equal to the built-in defaults", () => {
    for (const p of Object.values(DEFAULT_POLICIES)) {
      const c = policyToColumns(p);
      const values = [c.acceptHours, c.acceptHoursSpecial, c.acceptOnCalendar, c.respondHours1, c.respondHours2, c.respondHours3, c.respondOnCalendar, c.resolveHours1, c.resolveHours2, c.resolveHours3, c.resolveOnCalendar, c.warnAtPercent]
        .map((x) => (x === null ? "NULL" : String(x)))
        .join(", ");
      expect(sql).toContain(`'${p.type}', 1, ${values}, 'cal_cn_standard'`);
    }
  });
});
