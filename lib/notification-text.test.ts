import { describe, expect, it } from "vitest";
import { notificationLink } from "./notification-text";

describe("notificationLink", () => {
  it("links every incident stage to the incident's public status page", () => {
    for (const template of ["incident.declared", "incident.update", "incident.eta", "incident.restored"]) {
      expect(notificationLink(template, { code: "INC20261129001" }, "customer")).toEqual({ kind: "incident", path: "/status/INC20261129001" });
    }
    expect(notificationLink("incident.update", {}, "customer")).toBeNull();
  });

  it("links request notifications to the request, for customers and staff", () => {
    expect(notificationLink("request.resolved", { srn: "SR20261128000001" }, "customer")).toEqual({ kind: "request", path: "/account/requests/SR20261128000001" });
    expect(notificationLink("request.resolved", { srn: "SR20261128000001" }, "staff")).toEqual({ kind: "request", path: "/admin/requests/SR20261128000001" });
  });

  it("links plan change notifications to the plan change request", () => {
    expect(notificationLink("plan.changeScheduled", { srn: "SR20261128000002" }, "customer")).toEqual({ kind: "request", path: "/account/requests/SR20261128000002" });
    expect(notificationLink("plan.changeApplied", {}, "customer")).toBeNull();
  });

  it("links survey invitations to the survey, for customers only", () => {
    expect(notificationLink("survey.nps", { code: "NPS-2026Q4" }, "customer")).toEqual({ kind: "survey", path: "/account/surveys/NPS-2026Q4" });
    expect(notificationLink("survey.nps", { code: "NPS-2026Q4" }, "staff")).toBeNull();
  });

  it("links privacy request outcomes to the privacy centre, for customers only; phone notices link nowhere", () => {
    expect(notificationLink("privacy.requestRefused", { kind: "DELETION", reason: "x" }, "customer")).toEqual({ kind: "request", path: "/account/privacy#privacy-requests" });
    expect(notificationLink("privacy.requestCompleted", { kind: "DELETION" }, "staff")).toBeNull();
    expect(notificationLink("privacy.phoneChanged", { phone: "137****0000" }, "customer")).toBeNull();
  });

  it("links the termination notice to its request, and the termination code nowhere", () => {
    expect(notificationLink("termination.notice", { srn: "SR20261128000001" }, "customer")).toEqual({ kind: "request", path: "/account/requests/SR20261128000001" });
    expect(notificationLink("termination.code", { number: "13800000014", code: "123456" }, "customer")).toBeNull();
  });

  it("links an approved remedy to the bills, for customers only", () => {
    expect(notificationLink("remedy.approved", { amount: "5.00", srn: "SR20261128000001" }, "customer")).toEqual({ kind: "bills", path: "/account/bills" });
    expect(notificationLink("remedy.approved", { amount: "5.00" }, "staff")).toBeNull();
  });

  it("has no link without the value it needs, and escapes what it puts in the path", () => {
    expect(notificationLink("survey.nps", {}, "customer")).toBeNull();
    expect(notificationLink("request.created", { code: "X" }, "customer")).toBeNull();
    expect(notificationLink("tracking.code", { srn: "SR20261128000001" }, "customer")).toBeNull();
    expect(notificationLink("survey.nps", { code: "a/../b" }, "customer")?.path).toBe("/account/surveys/a%2F..%2Fb");
  });
});
