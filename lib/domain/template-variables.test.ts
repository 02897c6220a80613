import { describe, expect, it } from "vitest";
import { SAMPLE_VALUES, TEMPLATE_VARIABLES, fillTemplate, unknownVariables, variablesIn } from "./template-variables";

describe("template variables", () => {
  it("allows exactly the documented variables", () => {
    expect(TEMPLATE_VARIABLES).toEqual(["customerName", "srn", "agentName", "typeName", "deadline", "lineNumber"]);
  });

  it("finds nothing unknown in a body that uses only allowed variables, or none", () => {
    expect(unknownVariables("尊敬的{customerName}：您的申请 {srn} 已由 {agentName} 处理，{typeName}，{deadline} 前，号码 {lineNumber}。")).toEqual([]);
    expect(unknownVariables("没有变量的答复。")).toEqual([]);
    expect(unknownVariables("")).toEqual([]);
  });

  it("names each unknown variable once, in order of first use", () => {
    expect(unknownVariables("{customer} {srn} {amount} {customer} {SRN}")).toEqual(["customer", "amount", "SRN"]);
  });

  it("tolerates spaces inside the braces and ignores braces that hold no name", () => {
    expect(variablesIn("{ srn } {} {1x} {a-b} {{srn}}")).toEqual(["srn"]);
    expect(unknownVariables("{ amount }")).toEqual(["amount"]);
  });

  it("fills known variables and leaves unknown ones as typed", () => {
    expect(fillTemplate("{customerName}，您好：{srn} {unknown}", { customerName: "张伟", srn: "SR1" })).toBe("张伟，您好：SR1 {unknown}");
    expect(fillTemplate("{deadline}", {})).toBe("{deadline}");
  });

  it("has a sample value for every variable in both languages", () => {
    for (const values of Object.values(SAMPLE_VALUES)) expect(Object.keys(values).sort()).toEqual([...TEMPLATE_VARIABLES].sort());
  });
});
