import { describe, expect, it } from "vitest";
import { CN_STANDARD } from "./cn-calendar";
import { computeFigures, incidentCase, median, metPercent, complianceTone, outcomeOf, pausesFromEvents, requestCases, timeTaken, type ClockCase, type RequestCaseRow } from "./compliance";

const NOW = new Date("2026-11-28T12:00:00Z");
const MIN = 60_000;
const at = (minutesFromNow: number) => new Date(NOW.getTime() + minutesFromNow * MIN);

/** A 24×7 clock that started `start` minutes from now and was due `due` minutes from now. */
function clock(start: number, due: number, extra: Partial<ClockCase> = {}): ClockCase {
  return { startAt: at(start), deadline: at(due), metAt: null, stopped: null, pausedAt: null, pauses: [], calendar: null, ...extra };
}

describe("outcomeOf", () => {
  it("met in time is decided when met; the time taken is start → met", () => {
    expect(outcomeOf(clock(-120, -60, { metAt: at(-90) }), NOW)).toEqual({ kind: "met", at: at(-90), takenMs: 30 * MIN });
  });

  it("met late is a breach decided at the deadline, with the whole time taken", () => {
    expect(outcomeOf(clock(-120, -60, { metAt: at(-30) }), NOW)).toEqual({ kind: "breached", at: at(-60), takenMs: 90 * MIN });
  });

  it("met exactly at the deadline is met", () => {
    expect(outcomeOf(clock(-120, -60, { metAt: at(-60) }), NOW).kind).toBe("met");
  });

  it("an open case past its deadline is breached, with its time so far", () => {
    expect(outcomeOf(clock(-180, -60), NOW)).toEqual({ kind: "breached", at: at(-60), takenMs: 180 * MIN });
  });

  it("an open case not yet due is excluded, now", () => {
    expect(outcomeOf(clock(-30, 30), NOW)).toEqual({ kind: "excluded", reason: "notYetDue", at: NOW });
  });

  it("a case paused before its deadline is excluded (the deadline will move); paused after it, breached", () => {
    expect(outcomeOf(clock(-120, -30, { pausedAt: at(-90), pauses: [{ from: at(-90), to: null }] }), NOW)).toEqual({ kind: "excluded", reason: "paused", at: NOW });
    const late = outcomeOf(clock(-120, -60, { pausedAt: at(-30), pauses: [{ from: at(-30), to: null }] }), NOW);
    // 120 min since the start, less the 30 min of the open pause.
    expect(late).toEqual({ kind: "breached", at: at(-60), takenMs: 90 * MIN });
  });

  it("withdrawn before the deadline is excluded; withdrawn when already overdue is a breach", () => {
    expect(outcomeOf(clock(-120, -60, { stopped: { reason: "withdrawn", at: at(-90) } }), NOW)).toEqual({ kind: "excluded", reason: "withdrawn", at: at(-90) });
    expect(outcomeOf(clock(-120, -60, { stopped: { reason: "returned", at: at(-10) } }), NOW)).toEqual({ kind: "breached", at: at(-60), takenMs: 110 * MIN });
  });

  it("a case counted elsewhere is excluded when its outcome would have been decided", () => {
    expect(outcomeOf(clock(-120, -60, { metAt: at(-100), excludedAs: "linkedToIncident" }), NOW)).toEqual({ kind: "excluded", reason: "linkedToIncident", at: at(-100) });
  });
});

describe("timeTaken", () => {
  it("leaves out closed pauses and the part of a pause inside the measured span", () => {
    // Started at −100, paused −90 → −60 (30 min), met at −30: 70 − 30 = 40 min.
    expect(timeTaken(clock(-100, 0, { pauses: [{ from: at(-90), to: at(-60) }] }), at(-30))).toBe(40 * MIN);
    // A pause still open at −40 counts only up to the end measured.
    expect(timeTaken(clock(-100, 0, { pauses: [{ from: at(-40), to: null }] }), at(-20))).toBe(60 * MIN);
  });

  it("counts working time on a calendar clock: Friday 20:00 → Monday 02:00 (China) is 6 hours", () => {
    const c: ClockCase = { startAt: new Date("2026-11-27T12:00:00Z"), deadline: new Date("2026-11-30T12:00:00Z"), metAt: null, stopped: null, pausedAt: null, pauses: [], calendar: CN_STANDARD };
    expect(timeTaken(c, new Date("2026-11-29T18:00:00Z"))).toBe(6 * 60 * MIN);
    // A pause over the weekend takes nothing off; one on Monday 00:00–01:00 takes an hour.
    expect(timeTaken({ ...c, pauses: [{ from: new Date("2026-11-28T02:00:00Z"), to: new Date("2026-11-29T17:00:00Z") }] }, new Date("2026-11-29T18:00:00Z"))).toBe(5 * 60 * MIN);
  });
});

describe("computeFigures", () => {
  const cases = [
    clock(-200, -100, { metAt: at(-190) }), // met, 10 min
    clock(-200, -100, { metAt: at(-180) }), // met, 20 min
    clock(-200, -100, { metAt: at(-170) }), // met, 30 min
    clock(-200, -100, { metAt: at(-59) }), // breached, 141 min
    clock(-10, 50), // not yet due
    clock(-200, -100, { stopped: { reason: "withdrawn", at: at(-150) } }), // withdrawn in time
    clock(-200, -100, { metAt: at(-190), excludedAs: "linkedToIncident" }),
  ];

  it("counts met and breached, the median of an even count, the worst case and the exclusions", () => {
    expect(computeFigures(cases, 30, NOW)).toEqual({
      cases: 4,
      met: 3,
      medianMinutes: 25,
      worstMinutes: 141,
      excluded: { notYetDue: 1, withdrawn: 1, linkedToIncident: 1 },
      excludedTotal: 3,
    });
  });

  it("has no cases, no median and no percentage over an empty period", () => {
    const figures = computeFigures([], 30, NOW);
    expect(figures).toEqual({ cases: 0, met: 0, medianMinutes: null, worstMinutes: null, excluded: {}, excludedTotal: 0 });
    expect(metPercent(figures.met, figures.cases)).toBeNull();
    expect(complianceTone(figures.met, figures.cases)).toBe("none");
  });

  it("includes a case decided exactly at the window's start and leaves out one a millisecond earlier", () => {
    const start = at(-30 * 24 * 60);
    const onEdge = { ...clock(-30 * 24 * 60 - 60, -30 * 24 * 60 + 60), metAt: start };
    const before = { ...onEdge, metAt: new Date(start.getTime() - 1) };
    expect(computeFigures([onEdge], 30, NOW).cases).toBe(1);
    expect(computeFigures([before], 30, NOW).cases).toBe(0);
    // Both are in the 90-day window.
    expect(computeFigures([onEdge, before], 90, NOW).cases).toBe(2);
  });

  it("puts a breach in the window of its deadline, even while the case is still open", () => {
    const longOpen = clock(-40 * 24 * 60, -35 * 24 * 60);
    expect(computeFigures([longOpen], 30, NOW).cases).toBe(0);
    expect(computeFigures([longOpen], 90, NOW)).toMatchObject({ cases: 1, met: 0, worstMinutes: 40 * 24 * 60 });
  });

  it("computes a window of hundreds of thousands of cases (the scale seed) without overflowing the stack", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => clock(-(i % 1000) - 120, -(i % 1000) - 60));
    const figures = computeFigures(many, 30, NOW);
    expect(figures.cases).toBe(300_000);
    expect(figures.worstMinutes).toBe(999 + 120);
  });
});

describe("percent and tone", () => {
  it("rounds down, so that 9 999 of 10 000 is never 100 %", () => {
    expect(metPercent(9999, 10000)).toBe(99.9);
    expect(metPercent(2, 3)).toBe(66.6);
    expect(metPercent(4, 4)).toBe(100);
    expect(complianceTone(4, 4)).toBe("kept");
    expect(complianceTone(3, 4)).toBe("missed");
  });

  it("median: the middle one of an odd count, the rounded mean of the two middle ones of an even count", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 21])).toBe(16);
    expect(median([])).toBeNull();
  });
});

describe("which cases a measure counts", () => {
  const row = (over: Partial<RequestCaseRow>): RequestCaseRow => ({
    type: "FAULT_REPAIR",
    status: "IN_PROGRESS",
    level: 1,
    special: false,
    incidentId: null,
    createdAt: at(-300),
    acceptBy: at(-200),
    acceptedAt: at(-290),
    respondBy: at(-240),
    respondedAt: at(-290),
    resolveBy: at(-180),
    resolvedAt: null,
    closedAt: null,
    clockPausedAt: null,
    pauses: [],
    calendars: { accept: null, respond: null, resolve: null },
    ...over,
  });

  it("a major fault counts for acceptance, major response and network restore; a general one for the general measures", () => {
    expect(requestCases(row({})).map((c) => c.measure)).toEqual(["ACCEPT", "RESPOND_MAJOR", "RESTORE_NETWORK"]);
    expect(requestCases(row({ level: 2, special: true })).map((c) => c.measure)).toEqual(["ACCEPT_SPECIAL", "RESPOND_GENERAL", "RESTORE_BUSINESS"]);
    // A minor fault promises nothing published beyond its acceptance.
    expect(requestCases(row({ level: 3 })).map((c) => c.measure)).toEqual(["ACCEPT"]);
  });

  it("a fault report linked to an outage is excluded from response and restore (the outage is counted)", () => {
    const [accept, respond, restore] = requestCases(row({ incidentId: "inc" }));
    expect(outcomeOf(accept!.clock, NOW).kind).toBe("met");
    expect(outcomeOf(respond!.clock, NOW)).toMatchObject({ kind: "excluded", reason: "linkedToIncident" });
    expect(outcomeOf(restore!.clock, NOW)).toMatchObject({ kind: "excluded", reason: "linkedToIncident" });
  });

  it("a complaint counts for its reply, never paused; its acceptance is excluded as a complaint", () => {
    const complaint = row({ type: "COMPLAINT", respondBy: null, respondedAt: null, resolveBy: at(-60), resolvedAt: null, clockPausedAt: at(-120), pauses: [{ from: at(-120), to: null }] });
    const cases = requestCases(complaint);
    expect(cases.map((c) => c.measure)).toEqual(["ACCEPT", "COMPLAINT_REPLY"]);
    expect(outcomeOf(cases[0]!.clock, NOW)).toMatchObject({ kind: "excluded", reason: "complaint" });
    // Waiting for the customer neither pauses the statutory reply nor shortens its time.
    expect(outcomeOf(cases[1]!.clock, NOW)).toEqual({ kind: "breached", at: at(-60), takenMs: 300 * MIN });
  });

  it("a request withdrawn before acceptance is excluded from acceptance", () => {
    const [accept] = requestCases(row({ status: "WITHDRAWN", acceptedAt: null, respondedAt: null, closedAt: at(-250) }));
    expect(outcomeOf(accept!.clock, NOW)).toEqual({ kind: "excluded", reason: "withdrawn", at: at(-250) });
  });

  it("an outage: restored in time, past its target while active, active within its target", () => {
    const restored = incidentCase({ kind: "NETWORK", startedAt: at(-300), restoredAt: at(-200) }, 120);
    expect(restored.measure).toBe("RESTORE_NETWORK");
    expect(outcomeOf(restored.clock, NOW)).toEqual({ kind: "met", at: at(-200), takenMs: 100 * MIN });
    expect(outcomeOf(incidentCase({ kind: "BUSINESS", startedAt: at(-300), restoredAt: null }, 240).clock, NOW)).toEqual({ kind: "breached", at: at(-60), takenMs: 300 * MIN });
    expect(outcomeOf(incidentCase({ kind: "BUSINESS", startedAt: at(-100), restoredAt: null }, 240).clock, NOW)).toMatchObject({ kind: "excluded", reason: "notYetDue" });
  });
});

describe("pausesFromEvents", () => {
  it("pairs each request for information with the next answer; the last may still be open", () => {
    const events = [
      { kind: "provideInfo", createdAt: at(-5) },
      { kind: "requestInfo", createdAt: at(-50) },
      { kind: "message", createdAt: at(-45) },
      { kind: "provideInfo", createdAt: at(-40) },
      { kind: "requestInfo", createdAt: at(-10) },
    ];
    expect(pausesFromEvents(events)).toEqual([
      { from: at(-50), to: at(-40) },
      { from: at(-10), to: at(-5) },
    ]);
    expect(pausesFromEvents([{ kind: "requestInfo", createdAt: at(-3) }])).toEqual([{ from: at(-3), to: null }]);
  });
});
