import type { RequestStatus } from "./roles";

// The customer's step bar: 已提交 → 已受理 → 处理中 → 已解决 → 已关闭. While the request waits for the
// customer, 待补充信息 stands in for 处理中; a returned or withdrawn request ends after 已提交.
export type StepState = "done" | "current" | "upcoming";
export type ProgressStep = { status: RequestStatus; state: StepState };

const MAIN: readonly RequestStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "RESOLVED", "CLOSED"];

export function progressSteps(status: RequestStatus): ProgressStep[] {
  if (status === "RETURNED" || status === "WITHDRAWN") {
    return [
      { status: "SUBMITTED", state: "done" },
      { status, state: "current" },
    ];
  }
  const path = MAIN.map((s) => (s === "IN_PROGRESS" && status === "AWAITING_INFO" ? "AWAITING_INFO" : s));
  const at = path.indexOf(status);
  return path.map((s, i) => ({ status: s, state: i < at ? "done" : i === at ? "current" : "upcoming" }));
}
