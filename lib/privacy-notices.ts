// The published versions of the privacy notice (隐私政策). They ship with the code so that every
// deployment has the text customers consent to; server/dal/consents.ts writes them into the
// PrivacyNotice table (by version, idempotently) and the demo seed does the same. A new version is
// a new entry here with a later publishedAt — never an edit of a published one.
//
// Bodies are plain text: paragraphs separated by a blank line; a line starting with "## " is a
// heading.

export type PrivacyNoticeText = {
  version: string;
  publishedAt: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
};

export const PRIVACY_NOTICES: readonly PrivacyNoticeText[] = [
  {
    version: "2025-01",
    publishedAt: "2025-01-01T00:00:00+08:00",
    title: "ServiceHall 隐私政策（2025-01 版）",
    titleEn: "ServiceHall privacy notice (version 2025-01)",
    body: [
      "## 我们收集哪些信息",
      "为办理电信业务，我们依法收集您的实名信息（姓名、证件号码）、联系方式（手机号、邮箱）、您名下的号码和套餐、使用量和账单，以及您提交的申请、评价和调查回答。",
      "## 为什么收集",
      "实名信息是《电话用户真实身份信息登记规定》（工信部令第25号）的要求；其余信息用于提供和改进服务、向您发送办理进度通知。",
      "## 保存多久",
      "实名信息保存至服务终止后 2 年；咨询记录至少 3 年；销户档案至少 5 年；登录和网络日志至少 6 个月；原始话单 5 个月。",
      "## 您的权利",
      "您可以查阅、复制、更正您的个人信息，撤回营销同意，并申请删除。请联系客服提出。",
    ].join("\n\n"),
    bodyEn: [
      "## What we collect",
      "To provide telecom services we collect, as the law requires, your real-name data (name, ID number), your contact details (phone number, e-mail), the lines and plans in your name, usage and bills, and the requests, ratings and survey answers you send us.",
      "## Why",
      "Real-name data is required by the MIIT real-name registration rules (MIIT Order No. 25); everything else is used to provide and improve the service and to notify you of the progress of your requests.",
      "## How long we keep it",
      "Real-name data until 2 years after your service ends; consultation records at least 3 years; termination archives at least 5 years; sign-in and network logs at least 6 months; raw billing records 5 months.",
      "## Your rights",
      "You may see, copy and correct your personal data, withdraw marketing consent and ask for deletion. Contact customer service to do so.",
    ].join("\n\n"),
  },
  {
    version: "2026-06",
    publishedAt: "2026-06-01T00:00:00+08:00",
    title: "ServiceHall 隐私政策（2026-06 版）",
    titleEn: "ServiceHall privacy notice (version 2026-06)",
    body: [
      "## 本版有哪些变化",
      "新增网上“隐私中心”（账户 → 隐私中心）：您可以随时在线查看、下载、更正自己的信息，管理营销同意，并在线提交删除申请。",
      "## 我们收集哪些信息",
      "实名信息（姓名、证件号码）；联系方式（手机号、邮箱）；号码、套餐与使用量；账单；服务申请、投诉及其处理记录；评价与满意度调查；通知记录；同意记录；隐私申请；销户档案；登录与操作日志。",
      "## 为什么收集，依据是什么",
      "实名信息和日志依据法律义务（《网络安全法》、工信部令第25号）收集；号码、账单、申请和通知用于履行您与我们的服务合同；评价、调查和营销短信或邮件基于您的同意。营销同意可随时撤回，撤回不影响您使用任何服务（《个人信息保护法》第十六条）。",
      "## 保存多久",
      "实名信息：服务期间及服务终止后 2 年。咨询等服务申请：关闭后 3 年。销户档案：5 年。登录和网络日志：6 个月。原始话单：5 个月。隐私中心列出每类信息的保存期限。",
      "## 您的权利",
      "查阅和复制（可下载 JSON 或可打印版本）；更正（更换手机号需新号码的验证码和当前密码）；撤回同意；删除（在隐私中心提交，我们在 15 天内答复，拒绝时说明理由）。法律要求保存的信息在保存期届满前不能删除，我们会在答复中列明保留的内容和原因。",
      "## 内部处理记录",
      "客服的内部处理备注是我们处理您申请的工作记录，不在下载的数据中；如您认为其中含有您的个人信息，可以通过隐私申请要求我们核查。",
    ].join("\n\n"),
    bodyEn: [
      "## What is new in this version",
      "The online privacy centre (Account → Privacy centre): see, download and correct your data, manage your marketing consents and ask for deletion online, at any time.",
      "## What we collect",
      "Real-name data (name, ID number); contact details (phone number, e-mail); lines, plans and usage; bills; service requests, complaints and how they were handled; ratings and satisfaction surveys; messages we sent you; your consents; your privacy requests; termination archives; sign-in and activity logs.",
      "## Why, and on what basis",
      "Real-name data and logs are collected because the law requires it (Cybersecurity Law, MIIT Order No. 25); lines, bills, requests and messages to perform your service contract; ratings, surveys and marketing SMS or e-mail with your consent. You may withdraw marketing consent at any time, and doing so never affects any service (PIPL art. 16).",
      "## How long we keep it",
      "Real-name data: while you have service and 2 years after it ends. Consultations and other requests: 3 years after they close. Termination archives: 5 years. Sign-in and network logs: 6 months. Raw billing records: 5 months. The privacy centre lists the period of every category.",
      "## Your rights",
      "See and copy your data (download it as JSON or as a printable page); correct it (changing your phone number needs a code sent to the new number and your password); withdraw consent; ask for deletion (in the privacy centre; we answer within 15 days and give reasons for any refusal). Data the law requires us to keep cannot be deleted before its period ends; our answer lists what was kept and why.",
      "## Internal handling notes",
      "Staff's internal notes are our working record of handling your requests and are not part of the download. If you think they hold personal data about you, make a privacy request and we will review them.",
    ].join("\n\n"),
  },
];
