import { beforeEach, describe, expect, it, vi } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import type { OutcomePageData } from "@/lib/schemas/outcomes";
import { approveOutcomePageAction, createOutcomePageAction, submitOutcomePageAction } from "@/app/admin/outcomes/actions";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import type { StaffActor } from "../actor";
import { db } from "../db";
import {
  approveOutcomePage,
  createOutcomePage,
  getOutcomePageForStaff,
  listOutcomePagesForStaff,
  previewOutcome,
  rejectOutcomePage,
  submitOutcomePage,
  unpublishOutcomePage,
  updateOutcomePage,
} from "./outcomes";
import { findPublishedOutcome, listPublishedOutcomes, renderPublishedOutcome } from "./outcomes-public";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 86_400_000;

function input(changes: Partial<OutcomePageData> = {}): OutcomePageData {
  return {
    slug: "billing-complaints-down",
    title: "账单投诉减少了",
    titleEn: "",
    summary: "重复扣费问题修复后，账单类投诉明显减少。",
    summaryEn: "",
    body: "## 我们做了什么\n\n修复了重复扣费。\n\n{{metric complaints 30 category=BILLING}}\n\n{{project-chart}}",
    bodyEn: "",
    projectCode: "IMP202610001",
    ...changes,
  };
}

const keyOf = (error: unknown) => {
  expect(error).toBeInstanceOf(ExpectedError);
  return (error as ExpectedError).key;
};

async function makeProject(owner: StaffActor, now: Date) {
  return db.improvementProject.create({
    data: {
      code: "IMP202610001",
      title: "账单投诉减少",
      problem: "流量加油包重复扣费引起的账单投诉。",
      ownerId: owner.userId,
      metricKey: "complaints",
      metricScope: { category: "BILLING" },
      targetValue: 1,
      baselineFrom: new Date(now.getTime() - 60 * DAY),
      baselineTo: new Date(now.getTime() - 30 * DAY),
      baselineValue: 4,
      baselineCount: 4,
      checkFrom: new Date(now.getTime() - 30 * DAY),
      checkTo: now,
      checkValue: 1,
      checkCount: 1,
    },
  });
}

async function billingComplaint(daysAgo: number) {
  const owner = await makeCustomer();
  const r = await makeRequest(owner, { type: "COMPLAINT", createdAt: new Date(Date.now() - daysAgo * DAY) });
  await db.serviceRequest.update({ where: { id: r.id }, data: { details: { category: "BILLING" } } });
}

async function setup() {
  const [quality, quality2, supervisor, admin, agent] = await Promise.all([
    makeStaff("QUALITY_MANAGER"),
    makeStaff("QUALITY_MANAGER"),
    makeStaff("SUPERVISOR"),
    makeStaff("ADMIN"),
    makeStaff("AGENT"),
  ]);
  await makeProject(quality.actor, new Date());
  return { quality: quality.actor, quality2: quality2.actor, supervisor: supervisor.actor, admin: admin.actor, agent: agent.actor };
}

describe("outcome pages: the workflow", () => {
  it("goes draft → review → published → unpublished → review → published, a revision and an audit row for every step", async () => {
    const s = await setup();
    const created = await createOutcomePage(s.quality, input());
    expect(created.version).toBe(1);
    const submitted = await submitOutcomePage(s.quality, { id: created.id, version: 1 });
    expect(submitted).toMatchObject({ status: "IN_REVIEW", version: 2 });
    // Text under review is frozen.
    expect(keyOf(await rejectionOf(() => updateOutcomePage(s.quality, { ...input({ title: "改过的标题" }), id: created.id, version: 2 })))).toBe("outcomes.errors.wrongState");
    const approved = await approveOutcomePage(s.admin, { id: created.id, version: 2 });
    expect(approved).toMatchObject({ status: "PUBLISHED", version: 3 });
    expect(await findPublishedOutcome("billing-complaints-down")).toEqual({ id: created.id, version: 3 });

    const down = await unpublishOutcomePage(s.admin, { id: created.id, version: 3, note: "数据口径需要复核" });
    expect(down).toMatchObject({ status: "UNPUBLISHED", version: 4 });
    expect(await findPublishedOutcome("billing-complaints-down")).toBeNull();
    // An unpublished page is edited (it becomes a draft again) and goes through review again.
    const edited = await updateOutcomePage(s.quality, { ...input({ title: "账单投诉减少了（复核后）" }), id: created.id, version: 4 });
    expect(edited.version).toBe(5);
    await submitOutcomePage(s.quality, { id: created.id, version: 5 });
    await approveOutcomePage(s.admin, { id: created.id, version: 6 });

    const page = await getOutcomePageForStaff(s.agent, created.id);
    expect(page.status).toBe("PUBLISHED");
    expect(page.reviewer?.displayName).toBe(s.admin.displayName);
    // Newest first; the history keeps the unpublished step with its reason and the text as it was.
    expect(page.revisions.map((r) => [r.action, r.status])).toEqual([
      ["REPUBLISH", "PUBLISHED"],
      ["SUBMIT", "IN_REVIEW"],
      ["EDIT", "DRAFT"],
      ["UNPUBLISH", "UNPUBLISHED"],
      ["APPROVE", "PUBLISHED"],
      ["SUBMIT", "IN_REVIEW"],
      ["EDIT", "DRAFT"],
    ]);
    expect(page.revisions[3]).toMatchObject({ note: "数据口径需要复核", title: "账单投诉减少了" });
    expect(page.revisions[0]!.title).toBe("账单投诉减少了（复核后）");
    expectNoSecrets(page);
    const audits = await db.auditLog.findMany({ where: { targetType: "OutcomePage", targetId: created.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } });
    expect(audits.map((a) => a.action)).toEqual(["outcome.edit", "outcome.submit", "outcome.approve", "outcome.unpublish", "outcome.edit", "outcome.submit", "outcome.republish"]);
  });

  it("sends a page in review back to draft with the reason", async () => {
    const s = await setup();
    const { id } = await createOutcomePage(s.supervisor, input());
    await submitOutcomePage(s.supervisor, { id, version: 1 });
    expect(await rejectOutcomePage(s.quality, { id, version: 2, note: "请补充英文版" })).toMatchObject({ status: "DRAFT", version: 3 });
    const page = await getOutcomePageForStaff(s.quality, id);
    expect(page.revisions[0]).toMatchObject({ action: "REJECT", status: "DRAFT", note: "请补充英文版" });
    expect(await auditRows("outcome.reject")).toHaveLength(1);
  });

  it("refuses a step over a stale version or from the wrong state, and writes nothing", async () => {
    const s = await setup();
    const { id } = await createOutcomePage(s.quality, input());
    await updateOutcomePage(s.quality, { ...input({ summary: "另一位编辑先保存了这一版摘要。" }), id, version: 1 });
    const before = [await db.outcomeRevision.count(), await db.auditLog.count()];
    expect(keyOf(await rejectionOf(() => updateOutcomePage(s.supervisor, { ...input(), id, version: 1 })))).toBe("outcomes.errors.conflict");
    expect(keyOf(await rejectionOf(() => submitOutcomePage(s.quality, { id, version: 1 })))).toBe("outcomes.errors.conflict");
    expect(keyOf(await rejectionOf(() => approveOutcomePage(s.admin, { id, version: 2 })))).toBe("outcomes.errors.wrongState");
    expect(keyOf(await rejectionOf(() => unpublishOutcomePage(s.admin, { id, version: 2, note: "不该发生" })))).toBe("outcomes.errors.wrongState");
    expect(await rejectionOf(() => submitOutcomePage(s.quality, { id: "nope", version: 1 }))).toBeInstanceOf(NotFoundError);
    expect([await db.outcomeRevision.count(), await db.auditLog.count()]).toEqual(before);
  });
});

describe("outcome pages: who may do what", () => {
  it("never lets the author, nor anyone who wrote the text under review, approve it", async () => {
    const s = await setup();
    const { id } = await createOutcomePage(s.quality, input());
    await submitOutcomePage(s.quality, { id, version: 1 });
    expect(keyOf(await rejectionOf(() => approveOutcomePage(s.quality, { id, version: 2 })))).toBe("outcomes.errors.selfApproval");
    expect((await getOutcomePageForStaff(s.quality, id)).actorContributed).toBe(true);
    // Another quality manager who edited the draft did not write it alone, but wrote it: refused too.
    await rejectOutcomePage(s.admin, { id, version: 2, note: "请再核对数字" });
    await updateOutcomePage(s.quality2, { ...input({ summary: "第二位质检员修改后的摘要内容。" }), id, version: 3 });
    await submitOutcomePage(s.quality, { id, version: 4 });
    expect(keyOf(await rejectionOf(() => approveOutcomePage(s.quality2, { id, version: 5 })))).toBe("outcomes.errors.selfApproval");
    expect(await db.outcomePage.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "IN_REVIEW" });
    // Someone who took no part approves.
    expect(await approveOutcomePage(s.admin, { id, version: 5 })).toMatchObject({ status: "PUBLISHED" });
  });

  it("lets only outcome:publish roles approve and unpublish, and only outcome:edit roles write and submit", async () => {
    const s = await setup();
    const outcome = (e: unknown) => (e instanceof ForbiddenError ? "forbidden" : keyOf(e));
    for (const [i, role] of STAFF_ROLES.entries()) {
      const { actor } = await makeStaff(role);
      const { id } = await createOutcomePage(s.quality, input({ slug: `page-${i}` }));
      await submitOutcomePage(s.quality, { id, version: 1 });
      const approve = await approveOutcomePage(actor, { id, version: 2 }).then(() => "approved", outcome);
      expect(approve, role).toBe(roleCan(role, "outcome:publish") ? "approved" : "forbidden");
      if (approve === "approved") expect(await unpublishOutcomePage(actor, { id, version: 3, note: "逐个角色验证" }), role).toMatchObject({ status: "UNPUBLISHED" });
      const write = await createOutcomePage(actor, input({ slug: `by-${i}` })).then(() => "written", outcome);
      expect(write, role).toBe(roleCan(role, "outcome:edit") ? "written" : "forbidden");
    }
    const { id } = await createOutcomePage(s.quality, input({ slug: "for-customer" }));
    const customer = await makeCustomer();
    expect(await rejectionOf(() => submitOutcomePage(customer.actor, { id, version: 1 }))).toBeInstanceOf(ForbiddenError);
    expect(await listOutcomePagesForStaff(customer.actor, null)).toEqual([]);
    expect(await rejectionOf(() => getOutcomePageForStaff(customer.actor, id))).toBeInstanceOf(NotFoundError);
    expect((await listOutcomePagesForStaff(s.agent, "DRAFT")).map((p) => p.slug)).toContain("for-customer");
  });

  it("refuses through the actions too: wrong role before reading, self-approval after", async () => {
    const s = await setup();
    const author = await db.user.findUniqueOrThrow({ where: { id: s.quality.userId } });
    signInAs(author);
    const created = await createOutcomePageAction(input());
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    expect((await submitOutcomePageAction({ id, version: 1 })).ok).toBe(true);
    expect(await approveOutcomePageAction({ id, version: 2 })).toEqual({ ok: false, formError: "outcomes.errors.selfApproval" });
    signInAs(await db.user.findUniqueOrThrow({ where: { id: s.supervisor.userId } }));
    expect(await approveOutcomePageAction({ id, version: 2 })).toEqual({ ok: false, formError: "errors.forbidden" });
  });
});

describe("outcome pages: content", () => {
  it("refuses a slug in use with a field message, and an unknown project", async () => {
    const s = await setup();
    await createOutcomePage(s.quality, input());
    const taken = (await rejectionOf(() => createOutcomePage(s.supervisor, input()))) as ExpectedError;
    expect(taken.fieldErrors).toEqual({ slug: ["outcomes.validation.slugTaken"] });
    const other = await createOutcomePage(s.supervisor, input({ slug: "another-page" }));
    const renamed = (await rejectionOf(() => updateOutcomePage(s.supervisor, { ...input(), id: other.id, version: 1 }))) as ExpectedError;
    expect(renamed.fieldErrors).toEqual({ slug: ["outcomes.validation.slugTaken"] });
    const unknown = (await rejectionOf(() => createOutcomePage(s.quality, input({ slug: "third-page", projectCode: "IMP209912999" })))) as ExpectedError;
    expect(unknown.fieldErrors).toEqual({ projectCode: ["outcomes.validation.projectUnknown"] });
    expect(await db.outcomePage.count()).toBe(2);
  });

  it("saves a draft with a bad block but refuses to submit it, naming the body that holds it", async () => {
    const s = await setup();
    const { id } = await createOutcomePage(s.quality, input({ bodyEn: "## Results\n\n{{metric happiness 30}}", titleEn: "Fewer billing complaints", summaryEn: "Billing complaints fell after the fix." }));
    const bad = (await rejectionOf(() => submitOutcomePage(s.quality, { id, version: 1 }))) as ExpectedError;
    expect(bad.key).toBe("outcomes.errors.badBlocks");
    expect(bad.fieldErrors).toEqual({ bodyEn: ["outcomes.validation.badBlocks"] });
    // A project chart with no project linked cannot be submitted either.
    await updateOutcomePage(s.quality, { ...input({ projectCode: "" }), id, version: 1 });
    expect(((await rejectionOf(() => submitOutcomePage(s.quality, { id, version: 2 }))) as ExpectedError).fieldErrors).toEqual({ body: ["outcomes.validation.badBlocks"] });
    expect(await db.outcomePage.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "DRAFT" });
  });

  it("previews live figures and the project chart the way the public page renders them", async () => {
    const s = await setup();
    await billingComplaint(3);
    await billingComplaint(10);
    await billingComplaint(40);
    const now = new Date();
    const { zh, en } = await previewOutcome(s.quality, { body: input().body + "\n{{metric nope 1}}\n<script>alert(1)</script>", bodyEn: "", projectCode: "IMP202610001" }, now);
    expect(en).toEqual([]);
    expect(zh[0]).toEqual({ kind: "html", html: "<h2>我们做了什么</h2>\n<p>修复了重复扣费。</p>" });
    expect(zh[1]).toMatchObject({ kind: "metric", key: "complaints", days: 30, scope: { category: "BILLING" }, value: 2, count: 2, to: now.toISOString() });
    expect(zh[2]).toMatchObject({ kind: "chart", chart: { code: "IMP202610001", metricKey: "complaints", baseline: { value: 4, count: 4 }, check: { value: 1, count: 1 }, delta: -3, verdict: "better", targetValue: 1 } });
    expect(zh[3]).toMatchObject({ kind: "invalid", error: "unknownMetric", source: "{{metric nope 1}}" });
    expect(JSON.stringify(zh)).not.toContain("<script");
    const noProject = await previewOutcome(s.quality, { body: "{{project-chart}}", bodyEn: "", projectCode: "" });
    expect(noProject.zh).toEqual([{ kind: "invalid", line: 1, source: "{{project-chart}}", error: "noProject" }]);
    expect(await rejectionOf(() => previewOutcome(s.agent, { body: "x", bodyEn: "", projectCode: "" }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("outcome pages: the public side", () => {
  it("lists and renders only published pages, newest first, in English where written", async () => {
    const s = await setup();
    await billingComplaint(5);
    const publish = async (data: OutcomePageData) => {
      const { id } = await createOutcomePage(s.quality, data);
      await submitOutcomePage(s.quality, { id, version: 1 });
      await approveOutcomePage(s.admin, { id, version: 2 });
      return id;
    };
    const first = await publish(input());
    const second = await publish(input({ slug: "faster-repairs", title: "修得更快了", body: "报修更快了，我们持续改进。", projectCode: "", titleEn: "Faster repairs", summaryEn: "Repairs are faster than they were.", bodyEn: "Repairs got faster, and we keep improving." }));
    const draft = await createOutcomePage(s.quality, input({ slug: "still-a-draft" }));
    const review = await publish(input({ slug: "in-review-then-down" }));
    await unpublishOutcomePage(s.admin, { id: review, version: 3, note: "暂时下线复核" });

    const zh = await listPublishedOutcomes("zh-CN");
    expect(zh.map((p) => p.slug)).toEqual(["faster-repairs", "billing-complaints-down"]);
    const en = await listPublishedOutcomes("en");
    expect(en.map((p) => [p.title, p.translated])).toEqual([
      ["Faster repairs", true],
      ["账单投诉减少了", false],
    ]);
    expect(await findPublishedOutcome("still-a-draft")).toBeNull();
    expect(await findPublishedOutcome("in-review-then-down")).toBeNull();
    expect(await renderPublishedOutcome(draft.id, 1, "zh-CN")).toBeNull();
    // A stale version (the page moved on) is not rendered either.
    expect(await renderPublishedOutcome(first, 2, "zh-CN")).toBeNull();

    const view = (await renderPublishedOutcome(first, 3, "en"))!;
    expect(view).toMatchObject({ title: "账单投诉减少了", translated: false, project: { code: "IMP202610001", title: "账单投诉减少" } });
    expect(view.segments.map((x) => x.kind)).toEqual(["html", "metric", "chart"]);
    expect(view.segments[1]).toMatchObject({ value: 1, count: 1 });
    const english = (await renderPublishedOutcome(second, 3, "en"))!;
    expect(english).toMatchObject({ title: "Faster repairs", translated: true, segments: [{ kind: "html", html: "<p>Repairs got faster, and we keep improving.</p>" }] });
  });
});
