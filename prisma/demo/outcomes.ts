import { cstDayKey } from "../../lib/domain/time";
import type { AreaSeeder, DemoContext } from "./context";

// Demo service-outcome pages (服务成效页, issue 7): one published page about the improvement
// project IMP202610001 "账单投诉减少" (written by 质检 孙丽, approved by 管理员 赵敏), and one page by
// 班长 陈刚 waiting for review. The project is created here only when no project with that code
// exists yet (the improvement projects' own seeder may have made it).
//
// Its baseline and check are the complaints metric (lib/domain/metrics.ts) with the scope
// { category: BILLING } over two 7-day periods before and after the fix, counted from the demo's
// complaints (prisma/demo/complaints.ts) as computeMetric counts them: complaints created in the
// period whose category is BILLING. computeMetric itself cannot run in the seed process (it uses
// the app's client, and an embedded database folder has one client); prisma/demo/outcomes.int.test.ts
// holds the stored figures equal to computeMetric over the same periods.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_PROJECT_CODE = "IMP202610001";
export const DEMO_PROJECT_SCOPE = { category: "BILLING" } as const;

/** The start of the seed's day in China time. */
function chinaMidnight(now: Date): Date {
  const [y, m, d] = cstDayKey(now).match(/^(\d{4})(\d{2})(\d{2})$/)!.slice(1).map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - 8 * HOUR);
}

/**
 * The project's periods: the week before the fix (张伟's double charge falls in it) and the week
 * after it, checked three days ago.
 */
export function demoProjectPeriods(now: Date) {
  const day0 = chinaMidnight(now).getTime();
  return {
    baseline: { from: new Date(day0 - 17 * DAY), to: new Date(day0 - 10 * DAY) },
    check: { from: new Date(day0 - 10 * DAY), to: new Date(day0 - 3 * DAY) },
  };
}

async function billingComplaints(prisma: DemoContext["prisma"], period: { from: Date; to: Date }) {
  return prisma.serviceRequest.count({ where: { type: "COMPLAINT", details: { path: ["category"], equals: DEMO_PROJECT_SCOPE.category }, createdAt: { gte: period.from, lt: period.to } } });
}

async function demoProject({ prisma, now, userIds }: DemoContext) {
  const existing = await prisma.improvementProject.findUnique({ where: { code: DEMO_PROJECT_CODE }, select: { id: true } });
  if (existing) return existing.id;
  const { baseline, check } = demoProjectPeriods(now);
  const [before, after] = await Promise.all([billingComplaints(prisma, baseline), billingComplaints(prisma, check)]);
  const project = await prisma.improvementProject.create({
    data: {
      code: DEMO_PROJECT_CODE,
      title: "账单投诉减少",
      problem: "流量加油包在同一账期被重复计费，引发账单类投诉。",
      status: "ACT",
      ownerId: userIds.quality!,
      hotspot: { category: DEMO_PROJECT_SCOPE.category },
      metricKey: "complaints",
      metricScope: DEMO_PROJECT_SCOPE,
      targetValue: 0,
      baselineFrom: baseline.from,
      baselineTo: baseline.to,
      baselineValue: before,
      baselineCount: before,
      baselineAt: baseline.to,
      checkFrom: check.from,
      checkTo: check.to,
      checkValue: after,
      checkCount: after,
      checkAt: new Date(check.to.getTime() + 2 * HOUR),
      createdAt: new Date(baseline.from.getTime() - DAY),
    },
    select: { id: true },
  });
  return project.id;
}

const PUBLISHED_BODY = `## 问题

10 月底，我们发现流量加油包在同一账期里可能被计费两次。客户看到账单多扣了钱，只能打电话或在网上投诉，这类“计费收费”投诉因此增加。

## 我们做了什么

- 修复了计费系统中加油包订购被重复记账的问题；
- 对受影响的账单逐一核对，重复扣除的费用全部退还；
- 在账单明细中标出每一笔加油包的订购时间，方便客户自己核对。

## 效果

修复前后各取一周，对比“计费收费”类投诉的数量：

{{project-chart}}

## 现在怎么样

下面是最近 7 天的同类投诉数，根据真实投诉记录实时计算：

{{metric complaints 7 category=BILLING}}

近期仍有一件账单类投诉，与电子发票开具延误有关，不是重复扣费。我们已单独跟进，并会继续公布进展。
`;

const PUBLISHED_BODY_EN = `## The problem

At the end of October we found that a data top-up could be charged twice in one billing period. Customers saw the extra charge on their bill and had to complain, so billing complaints rose.

## What we did

- Fixed the billing fault that recorded a top-up order twice;
- Checked every affected bill and refunded every double charge;
- Added each top-up's order time to the itemised bill, so customers can check it themselves.

## The effect

Billing complaints in the week before and the week after the fix:

{{project-chart}}

## Where we are now

Billing complaints in the last 7 days, computed live from the complaint records:

{{metric complaints 7 category=BILLING}}

One recent billing complaint is about a late e-invoice, not a double charge. We are following it up separately and will report on it.
`;

const REVIEW_BODY = `## 客户怎么评价我们

每一张办结的申请，客户都可以打分（1 到 5 分）。4 分和 5 分算作满意。最近 90 天的客户满意度：

{{metric csat 90}}

## 投诉

最近 30 天收到的投诉（全部类别）：

{{metric complaints 30}}

我们会逐件回访投诉客户，并在下一期成效页中公布改进情况。
`;

export const seedOutcomes: AreaSeeder = async (ctx) => {
  const { prisma, now, userIds } = ctx;
  const projectId = await demoProject(ctx);
  const day0 = chinaMidnight(now).getTime();
  const quality = userIds.quality!;
  const admin = userIds.admin!;
  const supervisor = userIds.supervisor!;

  const text = { title: "账单投诉减少：重复扣费问题已修复", body: PUBLISHED_BODY, bodyEn: PUBLISHED_BODY_EN };
  const at = (hoursBeforeMidnight: number) => new Date(day0 - hoursBeforeMidnight * HOUR);
  await prisma.outcomePage.create({
    data: {
      slug: "billing-complaints-down",
      ...text,
      titleEn: "Fewer billing complaints: the double charge is fixed",
      summary: "流量加油包重复扣费的问题修复后，账单类投诉明显减少。这里是修复前后的对比和最新数据。",
      summaryEn: "After we fixed data top-ups being charged twice, billing complaints fell. Here is the before and after, and the latest figures.",
      projectId,
      status: "PUBLISHED",
      authorId: quality,
      reviewerId: admin,
      submittedAt: at(40),
      publishedAt: at(30),
      version: 3,
      createdAt: at(44),
      revisions: {
        create: [
          { action: "EDIT", status: "DRAFT", ...text, actorId: quality, createdAt: at(44) },
          { action: "SUBMIT", status: "IN_REVIEW", ...text, actorId: quality, createdAt: at(40) },
          { action: "APPROVE", status: "PUBLISHED", ...text, actorId: admin, createdAt: at(30) },
        ],
      },
    },
  });

  const review = { title: "客户满意度与投诉：最近的情况", body: REVIEW_BODY, bodyEn: "" };
  await prisma.outcomePage.create({
    data: {
      slug: "satisfaction-and-complaints",
      ...review,
      summary: "最近 90 天的客户满意度和最近 30 天的投诉量，根据真实记录实时计算。",
      status: "IN_REVIEW",
      authorId: supervisor,
      submittedAt: new Date(now.getTime() - 4 * HOUR),
      version: 2,
      createdAt: new Date(now.getTime() - 5 * HOUR),
      revisions: {
        create: [
          { action: "EDIT", status: "DRAFT", ...review, actorId: supervisor, createdAt: new Date(now.getTime() - 5 * HOUR) },
          { action: "SUBMIT", status: "IN_REVIEW", ...review, actorId: supervisor, createdAt: new Date(now.getTime() - 4 * HOUR) },
        ],
      },
    },
  });
};
