import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { DATE_FORMATS, type Locale } from "@/lib/i18n";
import { TIME_ZONE } from "@/lib/domain/time";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { appealPackDocument, type PackTranslator } from "./appeal-pack";
import type { AppealPack } from "./dal/complaints";
import { renderPdf, type PdfBlock } from "./pdf";

const DAY = 86_400_000;
const received = new Date("2026-11-10T06:02:00Z");
const day = (d: number) => new Date(received.getTime() + d * DAY);
const agent = { displayName: "客服 王芳", role: "AGENT" as const };
const me = { displayName: "李娜", role: "CUSTOMER" as const };

function pack(over: Partial<AppealPack> = {}): AppealPack {
  return {
    srn: "SR20261110000007",
    status: "IN_PROGRESS",
    complaintStage: "REMEDY",
    description: "家附近信号长期很差，多次报修没有解决。",
    desiredOutcome: "彻底解决信号问题，减免当月月租",
    createdAt: received,
    replyBy: day(15),
    closedAt: null,
    category: "NETWORK_QUALITY",
    relatedRequest: { srn: "SR20261101000003", type: "FAULT_REPAIR", title: "SLOW_DATA" },
    customer: { name: "李娜", phone: "138****0002" },
    events: [
      { id: "1", kind: "created", body: null, toStatus: "SUBMITTED", createdAt: received, actor: me },
      { id: "2", kind: "accept", body: "已受理，将在 15 日内答复。", toStatus: "ACCEPTED", createdAt: day(0.1), actor: agent },
      { id: "3", kind: "start", body: null, toStatus: "IN_PROGRESS", createdAt: day(1), actor: agent },
      { id: "4", kind: "resolve", body: "已优化基站参数。", toStatus: "RESOLVED", createdAt: day(5), actor: agent },
      { id: "5", kind: "reopen", body: "晚上信号还是很差。", toStatus: "IN_PROGRESS", createdAt: day(6), actor: me },
      { id: "6", kind: "resolve", body: "已新增室分设备，并减免当月月租。", toStatus: "RESOLVED", createdAt: day(17), actor: agent },
    ],
    ...over,
  } as AppealPack;
}

function context(locale: Locale, now: Date) {
  const messages = locale === "en" ? en : zhCN;
  const t = createTranslator({ locale, messages, timeZone: TIME_ZONE, formats: DATE_FORMATS }) as unknown as PackTranslator;
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: DATE_FORMATS });
  return { t, dateTime: (at: Date) => format.dateTime(at, "short"), now };
}

const fieldsOf = (blocks: readonly PdfBlock[]) => Object.fromEntries(blocks.flatMap((b) => (b.kind === "fields" ? b.rows.map(([k, v]) => [k, v]) : [])));
const entriesAfter = (blocks: readonly PdfBlock[], heading: string) => {
  const i = blocks.findIndex((b) => b.kind === "heading" && b.text === heading);
  const next = blocks[i + 1];
  return next?.kind === "entries" ? next : null;
};

describe("appealPackDocument", () => {
  it("carries the SRN, the complainant with a masked phone, the complaint, its linked request and the deadline", () => {
    const doc = appealPackDocument(pack(), context("zh-CN", day(18)));
    expect(doc.title).toBe("投诉申诉材料 SR20261110000007");
    expect(doc.subject).toBe("SR20261110000007");
    const fields = fieldsOf(doc.blocks);
    expect(fields).toMatchObject({
      服务请求编号: "SR20261110000007",
      投诉人: "李娜",
      联系电话: "138****0002",
      投诉类别: "网络质量",
      相关申请: "SR20261101000003 · 故障报修 · 上网速度慢",
      当前状态: "处理中",
      提交时间: "2026/11/10 14:02",
      法定答复期限: "2026/11/25 14:02",
      首次答复时间: "2026/11/15 14:02",
      期限情况: "已在法定期限内答复",
      申诉理由: "投诉人不接受答复",
    });
    const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph").map((b) => (b as { text: string }).text);
    expect(paragraphs).toContain("家附近信号长期很差，多次报修没有解决。");
    expect(paragraphs).toContain("彻底解决信号问题，减免当月月租");
    expect(paragraphs.join("")).toContain("12300");
    expect(paragraphs.join("")).toContain("https://yhssglxt.miit.gov.cn");
    expect(doc.footer).toBe("生成时间 2026/11/28 14:02 · ServiceHall 网上营业厅");
  });

  it("lists every reply, numbered, with its handler and time, and the whole timeline with who did what", () => {
    const doc = appealPackDocument(pack(), context("zh-CN", day(18)));
    expect(entriesAfter(doc.blocks, "全部答复")?.items).toEqual([
      { title: "第 1 次答复", meta: "客服 王芳 · 2026/11/15 14:02", body: "已优化基站参数。" },
      { title: "第 2 次答复", meta: "客服 王芳 · 2026/11/27 14:02", body: "已新增室分设备，并减免当月月租。" },
    ]);
    const timeline = entriesAfter(doc.blocks, "处理经过")!.items;
    expect(timeline.map((e) => e.title)).toEqual(["李娜 提交了投诉", "客服 王芳 受理了投诉", "客服 王芳 开始调查", "客服 王芳 答复了投诉", "李娜 不接受答复", "客服 王芳 答复了投诉"]);
    expect(timeline[4]).toEqual({ title: "李娜 不接受答复", meta: "2026/11/16 14:02 · 状态：处理中", body: "晚上信号还是很差。" });
    expect(timeline[2]).not.toHaveProperty("body");
  });

  it("says when the statutory period passed without a reply, and why the customer may appeal", () => {
    const unanswered = pack({ status: "IN_PROGRESS", complaintStage: "INVESTIGATION", relatedRequest: null, events: pack().events.slice(0, 3) });
    const doc = appealPackDocument(unanswered, context("zh-CN", day(17)));
    expect(fieldsOf(doc.blocks)).toMatchObject({ 首次答复时间: "尚未答复", 期限情况: "已超过法定期限，尚未答复", 申诉理由: "投诉后 15 日内未获答复", 相关申请: "未指定" });
    expect(entriesAfter(doc.blocks, "全部答复")).toEqual({ kind: "entries", empty: "暂无答复", items: [] });
  });

  it("names both grounds when the reply came late and was rejected", () => {
    const late = pack({ events: [...pack().events.slice(0, 3), { id: "7", kind: "resolve", body: "迟到的答复", toStatus: "RESOLVED", createdAt: day(16), actor: agent }, { id: "8", kind: "reopen", body: "不接受", toStatus: "IN_PROGRESS", createdAt: day(17), actor: me }] });
    expect(fieldsOf(appealPackDocument(late, context("zh-CN", day(18))).blocks)).toMatchObject({ 期限情况: "超过法定期限才答复", 申诉理由: "投诉后 15 日内未获答复；投诉人不接受答复" });
    expect(fieldsOf(appealPackDocument(late, context("en", day(18))).blocks)).toMatchObject({ "Grounds for appeal": "no reply within 15 days of the complaint; the complainant did not accept the reply" });
  });

  it("says a complaint within its period has no grounds for appeal yet", () => {
    const fresh = pack({ status: "ACCEPTED", complaintStage: null, events: pack().events.slice(0, 2) });
    expect(fieldsOf(appealPackDocument(fresh, context("zh-CN", day(3))).blocks)).toMatchObject({ 期限情况: "尚在法定期限内，尚未答复", 申诉理由: expect.stringMatching(/^暂无/) });
  });

  it("is written in English for an English reader", () => {
    const doc = appealPackDocument(pack(), context("en", day(18)));
    expect(doc.title).toBe("Complaint appeal pack SR20261110000007");
    expect(fieldsOf(doc.blocks)).toMatchObject({ Category: "Network quality", Deadline: "Replied within the statutory period", "Contact phone": "138****0002" });
    expect(entriesAfter(doc.blocks, "Every reply")?.items[0]?.title).toBe("Reply 1");
  });

  it("renders as a PDF whose information carries the SRN", async () => {
    const pdf = await renderPdf(appealPackDocument(pack(), context("zh-CN", day(18))));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("SR20261110000007");
  });
});
