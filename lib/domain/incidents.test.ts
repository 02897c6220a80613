import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import {
  INCIDENT_LEVELS,
  incidentNoticeNames,
  LEVELS,
  PLAYBOOK_STEPS,
  checkEta,
  checkRestore,
  formatIncidentCode,
  incidentCounterKey,
  normalizeIncidentCode,
  parseChecklist,
  playbookOf,
  restorePath,
  restorePromisedBy,
  subscriptionHears,
  tickStep,
} from "./incidents";
import { REQUEST_TRANSITIONS } from "./request-status";

// 2026-11-28 23:30 UTC is 2026-11-29 07:30 in China.
const at = new Date("2026-11-28T23:30:00Z");
const HOUR = 3_600_000;

describe("levels and playbooks", () => {
  it("level I has the full playbook, lower levels fewer steps, each from the known list", () => {
    expect(playbookOf("I")).toEqual(["commandCentre", "reportRegulator", "dispatchRepair", "switchOver", "publicNotice", "publicUpdates30", "verifyRestore", "review"]);
    expect(playbookOf("II").length).toBeLessThan(playbookOf("I").length);
    expect(playbookOf("III").length).toBeLessThan(playbookOf("II").length);
    for (const level of INCIDENT_LEVELS) for (const step of playbookOf(level)) expect(PLAYBOOK_STEPS).toContain(step);
    expect([LEVELS.I.updateEveryMinutes, LEVELS.II.updateEveryMinutes, LEVELS.III.updateEveryMinutes]).toEqual([30, 60, 120]);
  });

  it("every level and step has its text in both languages", () => {
    for (const level of INCIDENT_LEVELS) {
      expect(localesMissing(`incidents.level.${level}.name`)).toEqual([]);
      expect(localesMissing(`incidents.level.${level}.meaning`)).toEqual([]);
    }
    for (const step of PLAYBOOK_STEPS) expect(localesMissing(`incidents.playbook.${step}`), step).toEqual([]);
  });

  it("promises a network outage back in 2 h and a business outage in 4 h", () => {
    expect(restorePromisedBy("NETWORK", at).getTime() - at.getTime()).toBe(2 * HOUR);
    expect(restorePromisedBy("BUSINESS", at).getTime() - at.getTime()).toBe(4 * HOUR);
  });
});

describe("codes", () => {
  it("is INC + the China day + 3 digits, counted under its own day key", () => {
    expect(formatIncidentCode(at, 7)).toBe("INC20261129007");
    expect(incidentCounterKey(at)).toBe("INC:20261129");
    expect(() => formatIncidentCode(at, 0)).toThrow(RangeError);
    expect(() => formatIncidentCode(at, 1000)).toThrow(RangeError);
  });

  it("normalises what people type and refuses anything else", () => {
    expect(normalizeIncidentCode(" inc 20261129007 ")).toBe("INC20261129007");
    expect(normalizeIncidentCode("INC2026112900")).toBeNull();
    expect(normalizeIncidentCode("SR20261129000007")).toBeNull();
  });
});

describe("state rules", () => {
  const start = new Date(at.getTime() - 2 * HOUR);

  it("wants an ETA after the start", () => {
    expect(checkEta(start, new Date(start.getTime() + 1))).toBeNull();
    expect(checkEta(start, start)).toBe("etaBeforeStart");
  });

  it("restores once, between the start and now", () => {
    expect(checkRestore("ACTIVE", start, at, at)).toBeNull();
    expect(checkRestore("ACTIVE", start, start, at)).toBeNull();
    expect(checkRestore("ACTIVE", start, new Date(start.getTime() - 1), at)).toBe("restoredBeforeStart");
    expect(checkRestore("ACTIVE", start, new Date(at.getTime() + 1), at)).toBe("restoredInFuture");
    expect(checkRestore("RESTORED", start, at, at)).toBe("notActive");
  });

  it("ticks a step of the level's playbook once, only while active", () => {
    const first = tickStep("ACTIVE", "III", [], "assignLead", at, "u1");
    expect(first).toEqual({ ok: true, checklist: [{ step: "assignLead", doneAt: at.toISOString(), doneById: "u1" }] });
    const list = first.ok ? first.checklist : [];
    expect(tickStep("ACTIVE", "III", list, "assignLead", at, "u2")).toEqual({ ok: false, error: "stepDone" });
    expect(tickStep("ACTIVE", "III", list, "reportRegulator", at, "u1")).toEqual({ ok: false, error: "unknownStep" });
    expect(tickStep("RESTORED", "III", list, "dispatchRepair", at, "u1")).toEqual({ ok: false, error: "notActive" });
  });

  it("reads only well-formed checklist entries", () => {
    expect(parseChecklist(null)).toEqual([]);
    expect(parseChecklist([{ step: "review", doneAt: "x", doneById: "u" }, { step: "nope", doneAt: "x", doneById: "u" }, "junk"])).toEqual([{ step: "review", doneAt: "x", doneById: "u" }]);
  });
});

describe("subscribers hear of an incident when the areas overlap either way", () => {
  it.each([
    [["北京市朝阳区"], "北京市", true],
    [["北京市"], "北京市朝阳区", true],
    [["北京市朝阳区"], "北京市朝阳区", true],
    [["北京市朝阳区"], "北京市海淀区", false],
    [["上海市徐汇区", "北京市海淀区"], "北京市", true],
    [["广东省深圳市"], "上海市", false],
  ] as const)("%j → %s: %s", (areas, sub, hears) => {
    expect(subscriptionHears(areas, sub)).toBe(hears);
  });
});

describe("restorePath", () => {
  it("accepts a submitted report first, ends a pause, and resolves: each step legal from where it starts", () => {
    for (const status of ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO"] as const) {
      const path = restorePath(status);
      expect(path.at(-1)).toBe("resolve");
      let s: string = status;
      for (const action of path) {
        expect(REQUEST_TRANSITIONS[action].from).toContain(s);
        s = REQUEST_TRANSITIONS[action].to;
      }
      expect(s).toBe("RESOLVED");
    }
    expect(restorePath("SUBMITTED")).toEqual(["accept", "resolve"]);
    expect(restorePath("RESOLVED")).toEqual([]);
    expect(restorePath("CLOSED")).toEqual([]);
  });
});

describe("incidentNoticeNames", () => {
  it("names the incident and its areas in both languages, falling back to Chinese", () => {
    expect(incidentNoticeNames({ code: "INC20261129001", title: "朝阳区移动网络中断", titleEn: "", areas: ["北京市朝阳区", "上海市"] })).toEqual({
      code: "INC20261129001",
      title: "朝阳区移动网络中断",
      titleEn: "朝阳区移动网络中断",
      areas: "北京市朝阳区、上海市",
      areasEn: "Chaoyang, Beijing, Shanghai",
    });
  });
});
