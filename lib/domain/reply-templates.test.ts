import { describe, expect, it } from "vitest";
import { canReplyTo, leftoverVariables, renderReplyTemplate, templateAppliesTo, templateVariables, unknownVariables } from "./reply-templates";

const values = { customerName: "张伟", srn: "SR20261128000001", agentName: "客服 王芳", typeName: "故障报修", deadline: "2026/11/29 10:00" };

describe("reply templates", () => {
  it("fills every known variable, as often as it appears", () => {
    const result = renderReplyTemplate("{customerName}您好，申请 {srn}（{typeName}）将在 {deadline} 前处理完成。{agentName}，{srn}", values);
    expect(result).toEqual({ ok: true, text: "张伟您好，申请 SR20261128000001（故障报修）将在 2026/11/29 10:00 前处理完成。客服 王芳，SR20261128000001" });
  });

  it("refuses a template that names an unknown variable, naming it", () => {
    expect(renderReplyTemplate("{custmerName}您好 {srn} {foo}", values)).toEqual({ ok: false, unknown: ["custmerName", "foo"] });
  });

  it("leaves braces that are not variables as text, and fills a variable written with spaces", () => {
    expect(renderReplyTemplate("JSON {} and { srn } and {1x}", values)).toEqual({ ok: true, text: `JSON {} and ${values.srn} and {1x}` });
  });

  it("fills a known variable without a value with nothing", () => {
    expect(renderReplyTemplate("截止：{deadline}。", { srn: "x" })).toEqual({ ok: true, text: "截止：。" });
  });

  it("lists variables once each, and the unknown ones", () => {
    expect(templateVariables("{srn} {srn} {x} {deadline}")).toEqual(["srn", "x", "deadline"]);
    expect(unknownVariables("{srn} {x}")).toEqual(["x"]);
  });

  it("finds variables left in an edited text", () => {
    expect(leftoverVariables("您好，预计 {deadline} 完成 {notAVariable}")).toEqual(["deadline"]);
    expect(leftoverVariables("您好")).toEqual([]);
  });

  it("offers a template for its types, every type when it lists none, never when retired", () => {
    expect(templateAppliesTo({ types: [], active: true }, "FAULT_REPAIR")).toBe(true);
    expect(templateAppliesTo({ types: ["CONSULTATION"], active: true }, "FAULT_REPAIR")).toBe(false);
    expect(templateAppliesTo({ types: ["FAULT_REPAIR"], active: true }, "FAULT_REPAIR")).toBe(true);
    expect(templateAppliesTo({ types: [], active: false }, "FAULT_REPAIR")).toBe(false);
  });
});

describe("canReplyTo", () => {
  it("offers a reply on a request being worked, never on a complaint or an ended one", () => {
    expect(canReplyTo({ type: "FAULT_REPAIR", status: "IN_PROGRESS" })).toBe(true);
    expect(canReplyTo({ type: "CONSULTATION", status: "ACCEPTED" })).toBe(true);
    expect(canReplyTo({ type: "COMPLAINT", status: "IN_PROGRESS" })).toBe(false);
    expect(canReplyTo({ type: "FAULT_REPAIR", status: "SUBMITTED" })).toBe(false);
    expect(canReplyTo({ type: "FAULT_REPAIR", status: "CLOSED" })).toBe(false);
  });
});
