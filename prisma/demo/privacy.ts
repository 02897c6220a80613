import { PRIVACY_NOTICES } from "../../lib/privacy-notices";
import { privacyRequestDueAt } from "../../lib/domain/privacy";
import type { AreaSeeder } from "./context";

// Privacy centre demo data: the published notice versions, each demo customer's consent history
// (星河科技 has not yet accepted the current notice, so its centre asks), and privacy requests in
// each state — 李娜's refused deletion with its reason, 星河科技's open correction, and 张伟's
// question that is past its 15-day deadline (the staff list shows it as overdue).

const DAY = 24 * 3_600_000;

export const seedPrivacy: AreaSeeder = async ({ prisma, now, userIds, customerIds }) => {
  const notices = PRIVACY_NOTICES.map((n) => ({ ...n, publishedAt: new Date(n.publishedAt) })).filter((n) => n.publishedAt <= now);
  await prisma.privacyNotice.createMany({ data: notices, skipDuplicates: true });
  const [first, current] = [notices[0]!, notices[notices.length - 1]!];
  // Some days after `at`, in office hours (10:30 China time), and never later than yesterday.
  const after = (at: Date, days: number) => new Date(Math.min(at.getTime() + days * DAY + 10.5 * 3_600_000, now.getTime() - DAY));

  /** Consent rows of one demo customer: the notice when they became customers, marketing as they chose. */
  async function history(key: string, rows: Array<{ kind: string; granted: boolean; noticeVersion?: string; source: string; at: Date }>) {
    await prisma.consent.createMany({ data: rows.map((r) => ({ userId: userIds[key]!, kind: r.kind, granted: r.granted, noticeVersion: r.noticeVersion ?? null, source: r.source, createdAt: r.at })) });
  }
  const joined = async (key: string) => (await prisma.customer.findUniqueOrThrow({ where: { id: customerIds[key]! }, select: { createdAt: true } })).createdAt;

  // 张伟: a customer since before the first notice; signed it at the counter, accepted the new one
  // in the centre, and later withdrew marketing texts there.
  const firstSigned = after(first.publishedAt, 9);
  await history("zhang", [
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: first.version, source: "counter", at: firstSigned },
    { kind: "MARKETING_SMS", granted: true, source: "counter", at: firstSigned },
    { kind: "MARKETING_EMAIL", granted: false, source: "counter", at: firstSigned },
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: current.version, source: "privacy-centre", at: after(current.publishedAt, 11) },
    { kind: "MARKETING_SMS", granted: false, source: "privacy-centre", at: new Date(now.getTime() - 30 * DAY) },
  ]);

  // 李娜: registered online under the current notice, no marketing.
  const liJoined = await joined("li");
  await history("li", [
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: current.version, source: "register", at: liJoined },
    { kind: "MARKETING_SMS", granted: false, source: "register", at: liJoined },
    { kind: "MARKETING_EMAIL", granted: false, source: "register", at: liJoined },
  ]);

  // 星河科技: signed the first notice at the counter, e-mail offers welcome; has not accepted the current one.
  const xingheSigned = after(first.publishedAt, 14);
  await history("xinghe", [
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: first.version, source: "counter", at: xingheSigned },
    { kind: "MARKETING_EMAIL", granted: true, source: "counter", at: xingheSigned },
  ]);

  // 周敏: registered online under the first notice, accepted the current one in the centre.
  const zhouJoined = await joined("zhou");
  await history("zhou", [
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: first.version, source: "register", at: zhouJoined },
    { kind: "MARKETING_SMS", granted: false, source: "register", at: zhouJoined },
    { kind: "MARKETING_EMAIL", granted: true, source: "register", at: zhouJoined },
    { kind: "PRIVACY_NOTICE", granted: true, noticeVersion: current.version, source: "privacy-centre", at: after(current.publishedAt, 19) },
  ]);

  const request = (key: string, kind: "DELETION" | "CORRECTION" | "OTHER", details: string, daysAgo: number) => {
    const createdAt = new Date(now.getTime() - daysAgo * DAY);
    return { customerId: customerIds[key]!, requesterId: userIds[key]!, kind, details, createdAt, dueAt: privacyRequestDueAt(createdAt) };
  };
  await prisma.privacyRequest.create({
    data: {
      ...request("li", "DELETION", "请删除我的身份证号码和全部通话记录。", 20),
      status: "REFUSED",
      refusalReason:
        "身份证号码属于实名登记信息，《电话用户真实身份信息登记规定》要求在服务期间及服务终止后 2 年内保存，目前不能删除。通话记录（原始话单）用于计费，保存 5 个月，期满后即可删除；您可以届时再提出申请。",
      handledById: userIds.supervisor!,
      handledAt: new Date(now.getTime() - 12 * DAY),
      version: 2,
    },
  });
  await prisma.privacyRequest.create({ data: request("xinghe", "CORRECTION", "营业执照上的单位名称已变更为“星河科技（北京）有限公司”，请更正实名登记的单位名称。", 4) });
  await prisma.privacyRequest.create({ data: request("zhang", "OTHER", "请告诉我，你们是否把我的手机号提供给了第三方用于营销？", 17) });
};
