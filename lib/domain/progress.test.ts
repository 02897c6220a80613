import { describe, expect, it } from "vitest";
import { progressSteps } from "./progress";
import { REQUEST_STATUSES } from "./roles";

const view = (status: (typeof REQUEST_STATUSES)[number]) => progressSteps(status).map((s) => `${s.status}:${s.state}`);

describe("progressSteps", () => {
  it("walks the main path 已提交 → 已受理 → 处理中 → 已解决 → 已关闭", () => {
    expect(view("SUBMITTED")).toEqual(["SUBMITTED:current", "ACCEPTED:upcoming", "IN_PROGRESS:upcoming", "RESOLVED:upcoming", "CLOSED:upcoming"]);
    expect(view("IN_PROGRESS")).toEqual(["SUBMITTED:done", "ACCEPTED:done", "IN_PROGRESS:current", "RESOLVED:upcoming", "CLOSED:upcoming"]);
    expect(view("RESOLVED")).toEqual(["SUBMITTED:done", "ACCEPTED:done", "IN_PROGRESS:done", "RESOLVED:current", "CLOSED:upcoming"]);
    expect(view("CLOSED")).toEqual(["SUBMITTED:done", "ACCEPTED:done", "IN_PROGRESS:done", "RESOLVED:done", "CLOSED:current"]);
  });

  it("shows 待补充信息 in place of 处理中 while waiting for the customer", () => {
    expect(view("AWAITING_INFO")).toEqual(["SUBMITTED:done", "ACCEPTED:done", "AWAITING_INFO:current", "RESOLVED:upcoming", "CLOSED:upcoming"]);
  });

  it("ends after 已提交 for a returned or withdrawn request", () => {
    expect(view("RETURNED")).toEqual(["SUBMITTED:done", "RETURNED:current"]);
    expect(view("WITHDRAWN")).toEqual(["SUBMITTED:done", "WITHDRAWN:current"]);
  });

  it("has exactly one current step, the status itself, for every status", () => {
    for (const status of REQUEST_STATUSES) {
      const current = progressSteps(status).filter((s) => s.state === "current");
      expect(current.map((s) => s.status), status).toEqual([status]);
    }
  });
});
