import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { NOTIFICATION_TEMPLATES } from "./index";
import { redactPayload, renderMessage } from "./render";
import { ADDRESS_TEMPLATES } from "./templates";
import { safeErrorText } from "./transports";

const SRN = "SR20261128000042";
// 2026-11-29 10:30 in China Standard Time.
const acceptBy = "2026-11-29T02:30:00.000Z";

describe("templates", () => {
  it.each([...NOTIFICATION_TEMPLATES, ...ADDRESS_TEMPLATES])("%s has a title and a body in every language", (template) => {
    expect(localesMissing(`notifications.template.${template}.title`)).toEqual([]);
    expect(localesMissing(`notifications.template.${template}.body`)).toEqual([]);
  });

  it("the SMS and e-mail frames exist in every language", () => {
    for (const key of ["sms.text", "sms.titleOnly", "email.link", "email.surveyLink", "email.footer", "noMessage"]) expect(localesMissing(`notifications.${key}`), key).toEqual([]);
  });
});

describe("renderMessage: SMS", () => {
  it("signs with 【ServiceHall】 and formats dates in China time, in Chinese", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "zh-CN", template: "request.created", payload: { srn: SRN, acceptBy } });
    expect(text).toBe(`【ServiceHall】申请 ${SRN} 已提交：我们将在 2026/11/29 10:30 前完成受理。`);
  });

  it("renders in English for an English row", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "en", template: "request.returned", payload: { srn: SRN, message: "Line not ours" } });
    expect(text).toBe(`【ServiceHall】Request ${SRN} returned: Reason: Line not ours`);
  });

  it("uses the in-app fallback for an acceptance without a message", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "zh-CN", template: "request.accepted", payload: { srn: SRN, message: "" } });
    expect(text).toBe(`【ServiceHall】申请 ${SRN} 已受理：客服已受理您的申请，正在安排处理。`);
  });

  it("falls back to Chinese for an unknown locale", () => {
    expect(renderMessage({ channel: "SMS", locale: "fr", template: "request.withdrawn", payload: { srn: SRN } }).text).toBe(
      `【ServiceHall】申请 ${SRN} 已撤销：您已撤销该申请。`,
    );
  });

  it("puts the tracking code in the text", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "zh-CN", template: "tracking.code", payload: { srn: SRN, code: "042917" } });
    expect(text).toMatch(/^【ServiceHall】查询验证码：/);
    expect(text).toContain("验证码 042917，10 分钟内有效");
    expect(text).toContain(SRN);
  });
});

describe("renderMessage: e-mail", () => {
  it("has the title as subject, the body, a link to the request and a footer", () => {
    const mail = renderMessage({ channel: "EMAIL", locale: "en", template: "request.accepted", payload: { srn: SRN, message: "We will call you." } });
    expect(mail.subject).toBe(`Request ${SRN} accepted`);
    expect(mail.text.split("\n\n")).toEqual([
      "We will call you.",
      `View the request: http://localhost:3000/account/requests/${SRN}`,
      expect.stringContaining("sent automatically by ServiceHall"),
    ]);
  });

  it("renders Chinese e-mails too", () => {
    const mail = renderMessage({ channel: "EMAIL", locale: "zh-CN", template: "request.created", payload: { srn: SRN, acceptBy } });
    expect(mail.subject).toBe(`申请 ${SRN} 已提交`);
    expect(mail.text).toContain(`查看申请：http://localhost:3000/account/requests/${SRN}`);
  });

  it("links a survey invitation to the survey", () => {
    const mail = renderMessage({ channel: "EMAIL", locale: "zh-CN", template: "survey.nps", payload: { code: "NPS-2026Q4" } });
    expect(mail.subject).toBe("邀请您参与满意度调查");
    expect(mail.text).toContain("参与调查：http://localhost:3000/account/surveys/NPS-2026Q4");
    expect(mail.text).not.toContain("/account/requests/");
  });
});

describe("renderMessage: termination", () => {
  const notice = {
    srn: SRN,
    number: "13800000014",
    kind: "MOBILE",
    endAt: acceptBy,
    balance: "23.80",
    deposit: "50.00",
    finalMonth: "18.37",
    days: "29",
    unpaid: "0.00",
    net: "refund",
    amount: "55.43",
  };

  it("texts the termination code with the number", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "zh-CN", template: "termination.code", payload: { number: "13800000014", code: "042917" } });
    expect(text).toMatch(/^【ServiceHall】销户验证码：/);
    expect(text).toContain("13800000014");
    expect(text).toContain("验证码 042917，10 分钟内有效");
    expect(renderMessage({ channel: "SMS", locale: "en", template: "termination.code", payload: { number: "13800000014", code: "042917" } }).text).toContain("code is 042917");
  });

  it("gives the end time in China time, the fee details and the advice for the kind of line", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "zh-CN", template: "termination.notice", payload: notice });
    expect(text).toContain("13800000014 已于 2026/11/29 10:30 销户");
    expect(text).toContain("预存余额退还 ¥23.80，押金退还 ¥50.00，当月月租（29 天）¥18.37，未缴账单 ¥0.00；合计应退您 ¥55.43");
    expect(text).toContain("号码将在 90 天后回收");
    const pay = renderMessage({ channel: "SMS", locale: "en", template: "termination.notice", payload: { ...notice, kind: "BROADBAND", net: "pay", amount: "12.00" } }).text;
    expect(pay).toContain("CNY 12.00 for you to pay");
    expect(pay).toContain("return the optical modem");
  });

  it("links the notice e-mail to the termination request", () => {
    const mail = renderMessage({ channel: "EMAIL", locale: "en", template: "termination.notice", payload: notice });
    expect(mail.subject).toBe("Termination notice: 13800000014 terminated");
    expect(mail.text).toContain(`View the request: http://localhost:3000/account/requests/${SRN}`);
  });
});

describe("redactPayload", () => {
  it("blanks the code of a tracking message and leaves other templates alone", () => {
    expect(redactPayload("tracking.code", { srn: SRN, code: "123456" })).toEqual({ srn: SRN, code: "••••••" });
    expect(redactPayload("termination.code", { number: "13800000014", code: "123456" })).toEqual({ number: "13800000014", code: "••••••" });
    expect(redactPayload("request.created", { srn: SRN, code: "x" })).toEqual({ srn: SRN, code: "x" });
  });
});

describe("safeErrorText", () => {
  it("removes credentials in URLs, bearer tokens and configured secrets", () => {
    const error = new Error("connect to smtp://mailer:hunter22@smtp.example.com failed; Bearer abc.def; token s3cr3t-token");
    const text = safeErrorText(error, ["s3cr3t-token"]);
    expect(text).not.toContain("hunter22");
    expect(text).not.toContain("abc.def");
    expect(text).not.toContain("s3cr3t-token");
    expect(text).toContain("smtp://***@smtp.example.com");
  });

  it("is short", () => {
    expect(safeErrorText(new Error("x".repeat(2000))).length).toBe(500);
  });
});

describe("renderMessage: incidents", () => {
  const payload = {
    code: "INC20261129001",
    title: "朝阳区移动网络中断",
    titleEn: "Mobile network down in Chaoyang",
    areas: "北京市朝阳区",
    areasEn: "Chaoyang, Beijing",
    message: "光缆被挖断，抢修中。",
    messageEn: "A fibre cable was cut; repairs under way.",
    hasEta: "yes",
    eta: acceptBy,
    restoredAt: "",
  };

  it("texts a customer the stage with the ETA in China time, without an unsubscribe link", () => {
    const { text } = renderMessage({ channel: "SMS", locale: "zh-CN", template: "incident.declared", payload: { ...payload, subscriber: "no" } });
    expect(text).toBe("【ServiceHall】故障公告：朝阳区移动网络中断：北京市朝阳区受影响。光缆被挖断，抢修中。 预计 2026/11/29 10:30 恢复。编号 INC20261129001。");
  });

  it("gives a subscriber the unsubscribe link, in English too, and e-mails link to the status page", () => {
    const sub = { ...payload, subscriber: "yes", unsubscribeUrl: "http://localhost:3000/status/unsubscribe?token=abc" };
    expect(renderMessage({ channel: "SMS", locale: "zh-CN", template: "incident.update", payload: sub }).text).toContain("退订：http://localhost:3000/status/unsubscribe?token=abc");
    const mail = renderMessage({ channel: "EMAIL", locale: "en", template: "incident.restored", payload: { ...sub, restoredAt: acceptBy } });
    expect(mail.subject).toBe("Service restored: Mobile network down in Chaoyang");
    expect(mail.text).toContain("restored at 11/29/2026");
    expect(mail.text).toContain("Unsubscribe: http://localhost:3000/status/unsubscribe?token=abc");
    expect(mail.text).toContain("Incident status: http://localhost:3000/status/INC20261129001");
  });
});
