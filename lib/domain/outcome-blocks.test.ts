import { describe, expect, it } from "vitest";
import { MAX_BLOCKS, blockPeriod, bodyProblems, parseBlock, parseOutcomeBody } from "./outcome-blocks";
import { approvalStep, contributorsSinceApproval, isEditable, outcomeStep } from "./outcomes";

describe("parseBlock", () => {
  it("reads a metric block with its days and scope", () => {
    expect(parseBlock("metric csat 90")).toEqual({ kind: "metric", key: "csat", days: 90, scope: {} });
    expect(parseBlock(" metric complaints 30 category=BILLING area=北京市 ")).toEqual({ kind: "metric", key: "complaints", days: 30, scope: { category: "BILLING", area: "北京市" } });
    expect(parseBlock("metric fcr 7 requestType=FAULT_REPAIR planCode=M58")).toEqual({ kind: "metric", key: "fcr", days: 7, scope: { requestType: "FAULT_REPAIR", planCode: "M58" } });
    expect(parseBlock("project-chart")).toEqual({ kind: "projectChart" });
  });

  it("names what is wrong", () => {
    expect(parseBlock("chart csat 90")).toBe("unknownBlock");
    expect(parseBlock("")).toBe("unknownBlock");
    expect(parseBlock("metric happiness 90")).toBe("unknownMetric");
    expect(parseBlock("metric csat")).toBe("badDays");
    expect(parseBlock("metric csat 0")).toBe("badDays");
    expect(parseBlock("metric csat 366")).toBe("badDays");
    expect(parseBlock("metric csat 9.5")).toBe("badDays");
    // complaints are always complaints: requestType is not one of its fields; surveys only narrow by area.
    expect(parseBlock("metric complaints 30 requestType=FAULT_REPAIR")).toBe("badParam");
    expect(parseBlock("metric nps 30 category=BILLING")).toBe("badParam");
    expect(parseBlock("metric csat 30 category")).toBe("badParam");
    expect(parseBlock("metric csat 30 =BILLING")).toBe("badParam");
    expect(parseBlock("metric csat 30 area=北京 area=上海")).toBe("duplicateParam");
    expect(parseBlock("metric csat 30 requestType=NOPE")).toBe("badValue");
    expect(parseBlock("metric csat 30 area=")).toBe("badValue");
    expect(parseBlock('metric csat 30 area=<script>')).toBe("badValue");
    expect(parseBlock("metric csat 30 teamId=Team-1")).toBe("badValue");
    expect(parseBlock("project-chart big")).toBe("chartParams");
  });
});

describe("parseOutcomeBody", () => {
  it("splits the Markdown around blocks on lines of their own", () => {
    const body = "## 成效\n\n满意度：\n{{metric csat 90}}\n\n对比：\n\n  {{project-chart}}  \n结尾";
    expect(parseOutcomeBody(body)).toEqual([
      { kind: "markdown", text: "## 成效\n\n满意度：" },
      { kind: "block", line: 4, block: { kind: "metric", key: "csat", days: 90, scope: {} } },
      { kind: "markdown", text: "\n对比：\n" },
      { kind: "block", line: 8, block: { kind: "projectChart" } },
      { kind: "markdown", text: "结尾" },
    ]);
  });

  it("marks invalid blocks and braces inside text, and keeps going", () => {
    const segments = parseOutcomeBody("开头\n{{metric nope 30}}\n我们的 {{metric csat 90}} 很好\n{{metric csat 90}} {{metric fcr 30}}");
    expect(segments).toEqual([
      { kind: "markdown", text: "开头" },
      { kind: "invalid", line: 2, source: "{{metric nope 30}}", error: "unknownMetric" },
      { kind: "invalid", line: 3, source: "我们的 {{metric csat 90}} 很好", error: "misplaced" },
      { kind: "invalid", line: 4, source: "{{metric csat 90}} {{metric fcr 30}}", error: "misplaced" },
    ]);
  });

  it("leaves fenced code alone, so the syntax can be quoted", () => {
    const body = "示例：\n```\n{{metric csat 90}}\n```\n~~~~\n{{x}}\n```\n~~~~\n{{metric csat 90}}";
    const segments = parseOutcomeBody(body);
    expect(segments).toHaveLength(2);
    expect(segments[0]).toEqual({ kind: "markdown", text: "示例：\n```\n{{metric csat 90}}\n```\n~~~~\n{{x}}\n```\n~~~~" });
    expect(segments[1]).toMatchObject({ kind: "block", line: 9 });
  });

  it("caps the number of blocks on a page", () => {
    const body = Array.from({ length: MAX_BLOCKS + 1 }, () => "{{metric csat 30}}").join("\n");
    const segments = parseOutcomeBody(body);
    expect(segments.filter((s) => s.kind === "block")).toHaveLength(MAX_BLOCKS);
    expect(segments.at(-1)).toMatchObject({ kind: "invalid", error: "tooMany", line: MAX_BLOCKS + 1 });
  });

  it("is plain Markdown when there are no blocks, and nothing for an empty body", () => {
    expect(parseOutcomeBody("# 标题\r\n\r\n正文")).toEqual([{ kind: "markdown", text: "# 标题\n\n正文" }]);
    expect(parseOutcomeBody("  \n")).toEqual([]);
  });
});

describe("bodyProblems", () => {
  it("lists invalid blocks, and a chart without a linked project", () => {
    const body = "{{metric csat 90}}\n{{project-chart}}\n{{metric csat 999}}";
    expect(bodyProblems(body, true)).toEqual([{ line: 3, error: "badDays" }]);
    expect(bodyProblems(body, false)).toEqual([
      { line: 2, error: "noProject" },
      { line: 3, error: "badDays" },
    ]);
    expect(bodyProblems("纯文字", false)).toEqual([]);
  });
});

describe("blockPeriod", () => {
  it("is the last N days up to now", () => {
    const now = new Date("2026-11-29T03:00:00Z");
    expect(blockPeriod(30, now)).toEqual({ from: new Date("2026-10-30T03:00:00Z"), to: now });
  });
});

describe("outcome workflow", () => {
  it("allows each step only from its states", () => {
    expect(outcomeStep("SUBMIT", "DRAFT")).toBe("IN_REVIEW");
    expect(outcomeStep("SUBMIT", "UNPUBLISHED")).toBe("IN_REVIEW");
    expect(outcomeStep("SUBMIT", "IN_REVIEW")).toBeNull();
    expect(outcomeStep("SUBMIT", "PUBLISHED")).toBeNull();
    expect(outcomeStep("APPROVE", "IN_REVIEW")).toBe("PUBLISHED");
    expect(outcomeStep("APPROVE", "DRAFT")).toBeNull();
    expect(outcomeStep("REJECT", "IN_REVIEW")).toBe("DRAFT");
    expect(outcomeStep("REJECT", "PUBLISHED")).toBeNull();
    expect(outcomeStep("UNPUBLISH", "PUBLISHED")).toBe("UNPUBLISHED");
    expect(outcomeStep("UNPUBLISH", "IN_REVIEW")).toBeNull();
    expect(outcomeStep("EDIT", "UNPUBLISHED")).toBe("DRAFT");
    expect(outcomeStep("EDIT", "IN_REVIEW")).toBeNull();
    expect(outcomeStep("EDIT", "PUBLISHED")).toBeNull();
    expect(["DRAFT", "IN_REVIEW", "PUBLISHED", "UNPUBLISHED"].filter((s) => isEditable(s as "DRAFT"))).toEqual(["DRAFT", "UNPUBLISHED"]);
    expect(approvalStep(false)).toBe("APPROVE");
    expect(approvalStep(true)).toBe("REPUBLISH");
  });

  it("counts the author and this cycle's writers as contributors, not earlier cycles'", () => {
    const revisions = [
      { action: "EDIT", actorId: "author" },
      { action: "EDIT", actorId: "old-editor" },
      { action: "SUBMIT", actorId: "author" },
      { action: "APPROVE", actorId: "reviewer" },
      { action: "UNPUBLISH", actorId: "reviewer" },
      { action: "EDIT", actorId: "new-editor" },
      { action: "REJECT", actorId: "reviewer2" },
      { action: "SUBMIT", actorId: "submitter" },
    ];
    expect([...contributorsSinceApproval("author", revisions)].sort()).toEqual(["author", "new-editor", "submitter"]);
  });
});
