import { describe, expect, it } from "vitest";
import {
  COMPLAINT_CATEGORIES,
  MIIT_APPEAL,
  appealEligibility,
  canComplainAbout,
  complaintStageAfter,
  complaintSteps,
  findOpenComplaintAbout,
  firstReplyAt,
  replyByOf,
  replyDeadlineState,
  type ComplaintHistory,
} from "./complaints";
import { REQUEST_ACTIONS } from "./request-status";
import { COMPLAINT_STAGES, REQUEST_STATUSES, REQUEST_TYPES } from "./roles";
import { computeDeadlines } from "./sla";

const DAY = 86_400_000;
const received = new Date("2026-11-28T06:02:00Z");
const day = (d: number) => new Date(received.getTime() + d * DAY);
const replyBy = computeDeadlines({ type: "COMPLAINT", level: 2, special: false, createdAt: received }).resolveBy!;
const ev = (kind: string, d: number) => ({ kind, createdAt: day(d) });
const history = (status: ComplaintHistory["status"], ...events: Array<{ kind: string; createdAt: Date }>): ComplaintHistory => ({
  status,
  replyBy,
  events: [ev("created", 0), ...events],
});

describe("the statutory reply clock", () => {
  it("is 15 days from receipt, to the minute", () => {
    expect(replyBy).toEqual(day(15));
    expect(replyBy.toISOString()).toBe("2026-12-13T06:02:00.000Z");
  });

  it("is the stored resolve-by, or receipt + 15 days for a complaint stored without one", () => {
    expect(replyByOf({ resolveBy: day(20), createdAt: received })).toEqual(day(20));
    expect(replyByOf({ resolveBy: null, createdAt: received })).toEqual(replyBy);
  });

  it("runs with the time left until the first reply, then is met on time", () => {
    expect(replyDeadlineState(history("IN_PROGRESS", ev("accept", 0.1), ev("start", 1)), day(12))).toEqual({ state: "pending", replyBy, remainingMs: 3 * DAY });
    expect(replyDeadlineState(history("IN_PROGRESS"), replyBy)).toEqual({ state: "pending", replyBy, remainingMs: 0 });
    expect(replyDeadlineState(history("RESOLVED", ev("resolve", 10)), day(40))).toEqual({ state: "replied", replyBy, repliedAt: day(10), late: false });
    expect(replyDeadlineState(history("RESOLVED", ev("resolve", 15)), day(40))).toMatchObject({ state: "replied", late: false });
  });

  it("is overdue after 15 days without a reply, and a late reply is met late", () => {
    expect(replyDeadlineState(history("IN_PROGRESS"), day(16))).toEqual({ state: "overdue", replyBy, overdueMs: DAY });
    expect(replyDeadlineState(history("RESOLVED", ev("resolve", 17)), day(20))).toEqual({ state: "replied", replyBy, repliedAt: day(17), late: true });
  });

  it("is not paused while waiting for the customer: the deadline and the time left do not freeze", () => {
    const waiting = history("AWAITING_INFO", ev("requestInfo", 2));
    expect(replyDeadlineState(waiting, day(5))).toEqual({ state: "pending", replyBy, remainingMs: 10 * DAY });
    expect(replyDeadlineState(waiting, day(15.5))).toEqual({ state: "overdue", replyBy, overdueMs: 0.5 * DAY });
  });

  it("stays met by the first reply after the customer rejects it and a second reply follows", () => {
    const h = history("RESOLVED", ev("resolve", 5), ev("reopen", 6), ev("resolve", 20));
    expect(firstReplyAt(h)).toEqual(day(5));
    expect(replyDeadlineState(h, day(21))).toMatchObject({ state: "replied", repliedAt: day(5), late: false });
  });

  it("reads events in time order whatever order they come in", () => {
    const h: ComplaintHistory = { status: "RESOLVED", replyBy, events: [ev("resolve", 9), ev("resolve", 3), ev("created", 0)] };
    expect(firstReplyAt(h)).toEqual(day(3));
  });

  it("owes no reply for a withdrawn or returned complaint", () => {
    expect(replyDeadlineState(history("WITHDRAWN", ev("withdraw", 0.1)), day(30))).toEqual({ state: "ended", replyBy });
    expect(replyDeadlineState(history("RETURNED", ev("return", 0.2)), day(30))).toEqual({ state: "ended", replyBy });
  });
});

describe("appealEligibility", () => {
  it("is closed while the 15 days run without a reply", () => {
    expect(appealEligibility(history("SUBMITTED"), day(1))).toEqual({ open: false, reasons: [] });
    expect(appealEligibility(history("IN_PROGRESS", ev("accept", 0.1), ev("start", 1)), day(14.9))).toEqual({ open: false, reasons: [] });
    expect(appealEligibility(history("IN_PROGRESS"), replyBy)).toEqual({ open: false, reasons: [] });
  });

  it("opens when 15 days pass without a reply, in any open status", () => {
    for (const status of ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO"] as const) {
      expect(appealEligibility(history(status), new Date(replyBy.getTime() + 1)), status).toEqual({ open: true, reasons: ["noReplyInTime"] });
    }
  });

  it("stays closed after a reply in time, whether the customer has answered it or not", () => {
    expect(appealEligibility(history("RESOLVED", ev("resolve", 10)), day(30))).toEqual({ open: false, reasons: [] });
    expect(appealEligibility(history("CLOSED", ev("resolve", 10), ev("close", 20)), day(30))).toEqual({ open: false, reasons: [] });
  });

  it("opens when the customer rejects the reply, and stays open while a new reply waits for them", () => {
    expect(appealEligibility(history("IN_PROGRESS", ev("resolve", 5), ev("reopen", 6)), day(7))).toEqual({ open: true, reasons: ["replyRejected"] });
    expect(appealEligibility(history("RESOLVED", ev("resolve", 5), ev("reopen", 6), ev("resolve", 8)), day(9))).toEqual({ open: true, reasons: ["replyRejected"] });
  });

  it("names both reasons when the reply came late and was rejected", () => {
    expect(appealEligibility(history("IN_PROGRESS", ev("resolve", 16), ev("reopen", 17)), day(18))).toEqual({ open: true, reasons: ["noReplyInTime", "replyRejected"] });
  });

  it("keeps a late reply appealable until the customer accepts it", () => {
    expect(appealEligibility(history("RESOLVED", ev("resolve", 16)), day(17))).toEqual({ open: true, reasons: ["noReplyInTime"] });
    expect(appealEligibility(history("CLOSED", ev("resolve", 16), ev("confirm", 17)), day(18))).toEqual({ open: false, reasons: [] });
  });

  it("closes when the customer accepts a later reply after rejecting one", () => {
    expect(appealEligibility(history("CLOSED", ev("resolve", 5), ev("reopen", 6), ev("resolve", 8), ev("confirm", 9)), day(10))).toEqual({ open: false, reasons: [] });
  });

  it("stays open when staff close a rejected complaint without the customer's acceptance", () => {
    expect(appealEligibility(history("CLOSED", ev("resolve", 5), ev("reopen", 6), ev("resolve", 8), ev("close", 12)), day(13))).toEqual({ open: true, reasons: ["replyRejected"] });
  });

  it("never opens for a withdrawn or returned complaint", () => {
    expect(appealEligibility(history("WITHDRAWN", ev("withdraw", 0.1)), day(30))).toEqual({ open: false, reasons: [] });
    expect(appealEligibility(history("RETURNED", ev("return", 0.5)), day(30))).toEqual({ open: false, reasons: [] });
  });

  it("names the MIIT appeal centre's phone and site", () => {
    expect(MIIT_APPEAL).toEqual({ phone: "12300", url: "https://yhssglxt.miit.gov.cn" });
  });
});

describe("the stage workflow", () => {
  it("enters 调查 on start, 处理 on remedy, 反馈 on the reply, and goes back to 处理 when the reply is rejected", () => {
    expect(complaintStageAfter("start", null)).toBe("INVESTIGATION");
    expect(complaintStageAfter("remedy", "INVESTIGATION")).toBe("REMEDY");
    expect(complaintStageAfter("resolve", "REMEDY")).toBe("FEEDBACK");
    expect(complaintStageAfter("resolve", "INVESTIGATION")).toBe("FEEDBACK");
    expect(complaintStageAfter("reopen", "FEEDBACK")).toBe("REMEDY");
  });

  it("keeps the stage on every other action", () => {
    for (const action of REQUEST_ACTIONS.filter((a) => !["start", "remedy", "resolve", "reopen"].includes(a))) {
      for (const stage of [null, ...COMPLAINT_STAGES]) expect(complaintStageAfter(action, stage), `${action} ${stage}`).toBe(stage);
    }
  });

  const states = (status: Parameters<typeof complaintSteps>[0], stage: Parameters<typeof complaintSteps>[1]) => complaintSteps(status, stage)?.map((s) => s.state);

  it("shows 受理 → 调查 → 处理 → 反馈 with the current step", () => {
    expect(complaintSteps("SUBMITTED", null)?.map((s) => s.step)).toEqual(["ACCEPTANCE", "INVESTIGATION", "REMEDY", "FEEDBACK"]);
    expect(states("SUBMITTED", null)).toEqual(["current", "upcoming", "upcoming", "upcoming"]);
    expect(states("ACCEPTED", null)).toEqual(["done", "upcoming", "upcoming", "upcoming"]);
    expect(states("IN_PROGRESS", "INVESTIGATION")).toEqual(["done", "current", "upcoming", "upcoming"]);
    expect(states("AWAITING_INFO", "INVESTIGATION")).toEqual(["done", "current", "upcoming", "upcoming"]);
    expect(states("IN_PROGRESS", "REMEDY")).toEqual(["done", "done", "current", "upcoming"]);
    expect(states("AWAITING_INFO", "REMEDY")).toEqual(["done", "done", "current", "upcoming"]);
    expect(states("RESOLVED", "FEEDBACK")).toEqual(["done", "done", "done", "current"]);
    expect(states("CLOSED", "FEEDBACK")).toEqual(["done", "done", "done", "done"]);
  });

  it("treats a complaint in progress without a stage as under investigation", () => {
    expect(states("IN_PROGRESS", null)).toEqual(["done", "current", "upcoming", "upcoming"]);
  });

  it("has no workflow for a returned or withdrawn complaint", () => {
    expect(complaintSteps("RETURNED", null)).toBeNull();
    expect(complaintSteps("WITHDRAWN", null)).toBeNull();
  });

  it("has at most one current step in every status and stage", () => {
    for (const status of REQUEST_STATUSES) {
      for (const stage of [null, ...COMPLAINT_STAGES]) {
        const steps = complaintSteps(status, stage);
        if (steps) expect(steps.filter((s) => s.state === "current").length, `${status} ${stage}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("canComplainAbout", () => {
  it("offers a complaint from any non-complaint request that was resolved, closed or returned", () => {
    for (const type of REQUEST_TYPES) {
      for (const status of REQUEST_STATUSES) {
        const expected = type !== "COMPLAINT" && ["RESOLVED", "CLOSED", "RETURNED"].includes(status);
        expect(canComplainAbout({ type, status }), `${type} ${status}`).toBe(expected);
      }
    }
  });
});

describe("findOpenComplaintAbout", () => {
  const open = [
    { srn: "SR20261128000003", status: "CLOSED" as const, relatedSrn: "SR20261120000001" },
    { srn: "SR20261128000002", status: "IN_PROGRESS" as const, relatedSrn: "SR20261120000001" },
    { srn: "SR20261128000001", status: "SUBMITTED" as const, relatedSrn: null },
  ];

  it("finds an open complaint about the same request, and ignores closed ones", () => {
    expect(findOpenComplaintAbout(open, "SR20261120000001")?.srn).toBe("SR20261128000002");
    expect(findOpenComplaintAbout(open.slice(0, 1), "SR20261120000001")).toBeUndefined();
  });

  it("never warns about a complaint without a linked request", () => {
    expect(findOpenComplaintAbout(open, "")).toBeUndefined();
    expect(findOpenComplaintAbout(open, null)).toBeUndefined();
    expect(findOpenComplaintAbout(open, "SR20261120000009")).toBeUndefined();
  });

  it("has the five categories of the issue", () => {
    expect(COMPLAINT_CATEGORIES).toEqual(["NETWORK_QUALITY", "BILLING", "SERVICE_ATTITUDE", "HANDLING_TIME", "OTHER"]);
  });
});
