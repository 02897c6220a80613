// The demo FAQ of a Chinese telecom operator, in both languages. Links point only at pages this
// app has. Facts from regulation (15-day complaint answer, 12300, porting eligibility) follow
// ../shared/REQUIREMENTS.md; check them against the official texts before a real launch.

export const HELP_CATEGORIES = [
  { slug: "billing", name: "账单与缴费", nameEn: "Bills and payments" },
  { slug: "plans", name: "套餐与业务", nameEn: "Plans and services" },
  { slug: "network", name: "网络与故障", nameEn: "Network and faults" },
  { slug: "broadband", name: "宽带安装", nameEn: "Broadband installation" },
  { slug: "account", name: "账户与隐私", nameEn: "Account and privacy" },
] as const;

type Article = {
  slug: string;
  category: (typeof HELP_CATEGORIES)[number]["slug"];
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  published: boolean;
  helpful: [yes: number, no: number];
  editor: "admin" | "supervisor";
  version: number;
  daysAgo: number;
};

export const HELP_ARTICLES: Article[] = [
  {
    slug: "check-bill",
    category: "billing",
    title: "如何查询话费账单",
    titleEn: "How to check your phone bill",
    body: `每个账期是一个自然月（北京时间），上月账单一般在每月 1–3 日生成。

## 在网上营业厅查询
1. 登录网上营业厅。
2. 打开「账单」，选择号码和月份。
3. 账单按项目列出：套餐月租、超出套餐的通话和流量、增值业务、代收费等。

## 看懂账单
- **套餐内**的通话、短信和流量不另外收费。
- **超出套餐**的部分按套餐资费计费，明细中可以看到每一笔的时间和用量。
- **增值业务**（如彩铃、会员订阅）单独列出；不需要的可以随时退订。

> 通话和上网详单保存 5 个月，如需更早的记录，请尽早查询保存。

对账单有疑问？可以[提交咨询](/account/requests/new/consultation)，客服会在 24 小时内答复。`,
    bodyEn: `Each billing period is a calendar month (China time); last month's bill is usually ready on the 1st–3rd of the month.

## Online
1. Sign in to the online service hall.
2. Open **Bills** and choose the number and the month.
3. The bill lists each item: the plan's monthly fee, calls and data beyond the plan, value-added services and charges collected for others.

## Reading your bill
- Calls, texts and data **within your plan** cost nothing extra.
- Usage **beyond your plan** is charged at the plan's rates; the details show the time and amount of each item.
- **Value-added services** (ring-back tones, memberships) are listed separately; you can cancel the ones you do not need at any time.

> Itemised call and data records are kept for 5 months; save older records in time if you need them.

Questions about a bill? [Ask us](/account/requests/new/consultation) and an agent answers within 24 hours.`,
    published: true,
    helpful: [128, 6],
    editor: "admin",
    version: 3,
    daysAgo: 12,
  },
  {
    slug: "pay-bill",
    category: "billing",
    title: "如何缴纳话费：充值与自动缴费",
    titleEn: "Paying your bill: top-ups and automatic payment",
    body: `## 缴费方式
- **营业厅柜台**：现金、银行卡均可，当场到账。
- **银行代扣（自动缴费）**：在营业厅签约后，每月出账后自动从银行卡扣款，避免忘记缴费导致停机。
- **充值卡或第三方支付**：到账后短信通知。

## 小提示
- 预付费号码余额不足时会收到提醒短信，请及时充值。
- 缴费后余额一般几分钟内更新；如超过 2 小时仍未到账，请保留付款凭证并[提交咨询](/account/requests/new/consultation)。
- 发票可在缴费后按月开具。`,
    bodyEn: `## Ways to pay
- **At a service counter**: cash or bank card, credited at once.
- **Direct debit (automatic payment)**: sign up at a counter and your bank card is charged each month after the bill is issued, so a forgotten payment never suspends your line.
- **Top-up cards or third-party payment**: you get a text message when it is credited.

## Tips
- Prepaid lines get a reminder text when the balance runs low; top up in time.
- A payment usually shows in your balance within minutes. If it has not after 2 hours, keep the receipt and [ask us](/account/requests/new/consultation).
- Invoices can be issued monthly after payment.`,
    published: true,
    helpful: [86, 4],
    editor: "admin",
    version: 1,
    daysAgo: 40,
  },
  {
    slug: "bill-higher-than-usual",
    category: "billing",
    title: "话费比平时高怎么办",
    titleEn: "Why is my bill higher than usual?",
    body: `话费突然变高、感觉扣费太多，通常是以下原因之一：

1. **超出套餐用量**：流量或通话超出套餐后按量计费。查看账单明细中的「套餐外」项目。
2. **国际及港澳台漫游**：在境外使用手机按漫游资费计费，费用较高。
3. **增值业务订阅**：如视频会员、彩铃等按月收费的业务。
4. **套餐变更**：变更套餐当月可能按天折算两种套餐的费用。

## 怎么处理
- 不需要的增值业务可以退订，退订后下个账期不再收费。
- 设置流量提醒，用量接近套餐上限时会收到短信。
- 如果您认为有错误扣费，请[提交咨询](/account/requests/new/consultation)说明月份和金额；核实为错误收费的，我们将退还。`,
    bodyEn: `A bill that suddenly goes up usually has one of these causes:

1. **Usage beyond your plan**: data or calls beyond the plan are charged by use. Look for "beyond plan" items in the bill details.
2. **Roaming** abroad or in Hong Kong, Macao and Taiwan is charged at roaming rates, which are higher.
3. **Value-added subscriptions** such as video memberships or ring-back tones are charged monthly.
4. **A plan change**: in the month of a change, both plans may be charged pro rata by day.

## What to do
- Cancel value-added services you do not need; they are not charged from the next billing period.
- Set a data alert to get a text when you get close to your plan's limit.
- If you think a charge is wrong, [ask us](/account/requests/new/consultation) with the month and the amount; charges found to be wrong are refunded.`,
    published: true,
    helpful: [64, 9],
    editor: "supervisor",
    version: 2,
    daysAgo: 20,
  },
  {
    slug: "restore-after-arrears",
    category: "billing",
    title: "欠费停机后如何恢复",
    titleEn: "Line suspended for unpaid bills: getting it back",
    body: `号码欠费后会先收到提醒短信，仍未缴费的将暂停服务（停机）。

## 恢复步骤
1. 缴清欠费（任一缴费方式均可）。
2. 缴费到账后，号码一般在数分钟内自动恢复。
3. 如 2 小时后仍未恢复，请登录后在 [新建申请 → 业务变更](/account/requests/new/business-change) 中选择「复机」，或[提交咨询](/account/requests/new/consultation)。

> 欠费停机期间，套餐月租可能仍会产生。长期不用的号码请办理停机保号或销户，避免继续产生费用。`,
    bodyEn: `When a bill is unpaid you first get a reminder text; if it stays unpaid, the line is suspended.

## Getting it back
1. Pay what is owed (any way of paying works).
2. Once the payment is credited, the line usually comes back within minutes.
3. If it has not after 2 hours, sign in and choose **Resume** under [New request → Business change](/account/requests/new/business-change), or [ask us](/account/requests/new/consultation).

> A suspended line may still incur its monthly fee. For a number you no longer use, suspend it voluntarily or close it so that no further charges accrue.`,
    published: true,
    helpful: [41, 5],
    editor: "admin",
    version: 1,
    daysAgo: 55,
  },
  {
    slug: "data-running-out",
    category: "plans",
    title: "流量不够用怎么办",
    titleEn: "Running out of mobile data",
    body: `## 先看看用了多少
登录后在号码详情中查看本月已用和剩余流量。设置流量提醒后，用到 80% 和 100% 时会收到短信。

## 三种办法
1. **订购流量包**：当月有效，适合偶尔超出。可在 [业务变更 → 附加业务](/account/requests/new/business-change) 中办理。
2. **升级套餐**：每月都不够用时，换一个流量更多的套餐更划算。
3. **省着用**：
   - 在家和办公室连接 Wi-Fi；
   - 关闭应用商店的「自动更新」和相册的「自动上传」；
   - 视频选择标清或流畅画质。

> 超出套餐的流量按套餐资费计费，订购流量包通常比按量计费便宜。`,
    bodyEn: `## See how much you have used
Sign in and open the line's details for this month's used and remaining data. With a data alert you get a text at 80% and 100%.

## Three ways out
1. **Buy a data pack**: valid for the current month, good for the odd month over. Order it under [Business change → Add-on](/account/requests/new/business-change).
2. **Upgrade your plan**: if you run out every month, a plan with more data costs less.
3. **Use less**:
   - connect to Wi-Fi at home and at work;
   - turn off automatic app updates and photo uploads over mobile data;
   - watch videos in standard definition.

> Data beyond your plan is charged at the plan's rates; a data pack is usually cheaper.`,
    published: true,
    helpful: [152, 11],
    editor: "supervisor",
    version: 4,
    daysAgo: 6,
  },
  {
    slug: "change-plan",
    category: "plans",
    title: "如何变更套餐，何时生效",
    titleEn: "Changing your plan and when it takes effect",
    body: `## 生效时间
- **升级套餐**（月租更高）：通常可以选择立即生效或下月 1 日生效。立即生效的，当月费用按天折算。
- **降级套餐**（月租更低）：下月 1 日生效。

## 合约期
参加了合约优惠（如购机优惠、宽带合约）的套餐，合约期内一般不能降到低于约定档位的套餐。合约到期后即可自由变更。

## 办理前请确认
- 新套餐包含的通话、流量是否够用；
- 原套餐附带的优惠（如赠送的流量）在变更后是否保留；
- 当月是否已有未结清的费用。

有疑问可以先[提交咨询](/account/requests/new/consultation)。`,
    bodyEn: `## When it takes effect
- **Upgrading** (a higher monthly fee): you can usually choose now or the 1st of next month. A change now is charged pro rata by day for this month.
- **Downgrading** (a lower monthly fee): from the 1st of next month.

## Contract terms
A plan taken with a contract offer (a discounted phone, a broadband contract) usually cannot go below the agreed level during the contract term. Once the term ends, you can change freely.

## Before you change
- Check that the new plan's minutes and data are enough;
- check whether offers attached to the old plan (such as bonus data) stay after the change;
- settle any outstanding charges for this month.

Not sure? [Ask us](/account/requests/new/consultation) first.`,
    published: true,
    helpful: [77, 8],
    editor: "admin",
    version: 2,
    daysAgo: 18,
  },
  {
    slug: "port-number",
    category: "plans",
    title: "携号转网需要什么条件",
    titleEn: "Number porting: keeping your number with another operator",
    body: `携号转网是指保留手机号码、更换为其他运营商提供服务。

## 办理条件
同时满足以下条件的号码可以办理：

1. 已完成**实名登记**；
2. 号码状态**正常**（未停机、未挂失）；
3. **无欠费**；
4. **无在网合约期限**（合约已到期或已按约定解除）；
5. **入网满 120 天**。

物联网号码、行业专用号码等不能办理携号转网。

## 办理流程
1. 向现在的运营商查询是否符合条件，并申请携号转网授权码；
2. 携带本人有效身份证件和授权码，到新运营商营业厅办理；
3. 转网生效前后可能有短时间的服务中断，请避开重要通话。

> 转网前请确认原号码上的余额处理方式、已订购业务的退订，以及与银行、支付平台等绑定的验证手机号是否受影响。`,
    bodyEn: `Number porting lets you keep your mobile number and move to another operator.

## Who can port
A number can be ported when all of these are true:

1. it is **registered under your real name**;
2. its status is **normal** (not suspended, not reported lost);
3. it has **no unpaid bills**;
4. it has **no contract term** left (the term has ended or was ended as agreed);
5. it has been **on the network for at least 120 days**.

IoT numbers and special-purpose industry numbers cannot be ported.

## How
1. Ask your current operator whether the number qualifies, and request a porting authorisation code;
2. take your ID and the code to the new operator's service counter;
3. service may be interrupted briefly around the switch; avoid important calls then.

> Before porting, check what happens to the remaining balance, cancel services you subscribed to, and think of banks and payment apps that use this number for verification.`,
    published: true,
    helpful: [93, 7],
    editor: "supervisor",
    version: 2,
    daysAgo: 9,
  },
  {
    slug: "international-roaming",
    category: "plans",
    title: "出国前如何开通国际漫游",
    titleEn: "International roaming before you travel",
    body: `## 开通
登录后在 [新建申请 → 业务变更](/account/requests/new/business-change) 中选择「附加业务 → 国际漫游」，选择号码后提交。请在出发前至少 1 天办理。

## 出发前检查
- 手机是否支持目的地的网络制式；
- 账户余额是否充足（漫游费用较高）；
- 是否需要订购目的地的漫游流量包。

## 在境外
- 到达后手机一般会自动选择合作网络；没有信号时，请在设置中开启「数据漫游」并手动选择网络。
- 接听来电在境外同样收费。`,
    bodyEn: `## Turning it on
Sign in and choose **Add-on → International roaming** under [New request → Business change](/account/requests/new/business-change), pick the number and submit. Do it at least one day before you leave.

## Before you go
- Check that your phone supports the networks at your destination;
- make sure your balance is sufficient (roaming costs more);
- consider a roaming data pack for your destination.

## Abroad
- Your phone usually picks a partner network on arrival; without signal, turn on **Data roaming** in the settings and choose a network by hand.
- Answering calls abroad is charged too.`,
    published: true,
    helpful: [38, 2],
    editor: "admin",
    version: 1,
    daysAgo: 70,
  },
  {
    slug: "no-signal",
    category: "network",
    title: "手机没有信号怎么办",
    titleEn: "No signal on my phone",
    body: `手机没信号、打不了电话也上不了网时，请按顺序排查：

1. **飞行模式**：确认没有开启飞行模式。
2. **重启手机**：很多临时问题重启后即可恢复。
3. **检查 SIM 卡**：关机后取出 SIM 卡，擦拭金属触点后重新插入；双卡手机可以换一个卡槽试试。
4. **号码状态**：欠费停机的号码没有服务，请先查询余额。
5. **网络设置**：在「移动网络」中选择「自动」网络模式，并确认「移动数据」已开启。
6. **看看周围**：同一地点其他使用本网的手机也没有信号，可能是网络故障。

## 仍然没有信号
请在 [新建申请 → 故障报修](/account/requests/new/fault-repair) 选择「无信号」并写明地点。我们对一般故障在 2 小时内响应，重大故障在 1 小时内响应，处理进度会通过短信和站内通知告诉您。`,
    bodyEn: `No bars, calls fail and mobile data is down? Check in this order:

1. **Airplane mode**: make sure it is off.
2. **Restart the phone**: many temporary problems go away.
3. **Check the SIM card**: switch off, take the SIM out, wipe the contacts and put it back; on a dual-SIM phone, try the other slot.
4. **Line status**: a line suspended for unpaid bills has no service; check your balance.
5. **Network settings**: under Mobile network, choose the automatic network mode and make sure mobile data is on.
6. **Look around**: if other phones on our network nearby have no signal either, it may be a network fault.

## Still no signal
Report it under [New request → Fault repair](/account/requests/new/fault-repair), choose "No signal" and say where you are. We respond to general faults within 2 hours and to major faults within 1 hour, and keep you posted by text and in-app notifications.`,
    published: true,
    helpful: [110, 14],
    editor: "supervisor",
    version: 3,
    daysAgo: 4,
  },
  {
    slug: "broadband-not-working",
    category: "network",
    title: "宽带无法上网的排查步骤",
    titleEn: "Broadband not working: troubleshooting steps",
    body: `宽带上不了网、连不上 Wi-Fi 或者网速特别慢时，请按下面的步骤排查。

## 1. 看光猫指示灯
| 指示灯 | 正常状态 | 异常时 |
|---|---|---|
| 电源（POWER） | 常亮 | 不亮：检查电源和插座 |
| 光信号（PON） | 常亮 | 闪烁或不亮：光纤未注册，请报修 |
| 光信号告警（LOS） | 不亮 | 红灯闪烁：光纤中断，请报修 |
| 网口（LAN） | 亮或闪烁 | 不亮：检查网线 |

## 2. 重启设备
关闭光猫和路由器电源，等待 30 秒后先开光猫，2 分钟后再开路由器。

## 3. 区分问题在哪里
- 用网线把电脑直接连到光猫：能上网，说明是路由器或 Wi-Fi 的问题；
- 只有部分设备不能上网：检查该设备的 Wi-Fi 密码和网络设置。

## 4. 其他原因
- 宽带账号是否欠费；
- 家中是否有装修、线路被挪动或损坏。

仍然无法上网，请在 [故障报修](/account/requests/new/fault-repair) 中选择宽带账号和「无法上网」，并注明指示灯状态，方便装维人员带好工具上门。`,
    bodyEn: `When your broadband is down, Wi-Fi will not connect or it is very slow, work through these steps.

## 1. Look at the modem's lights
| Light | Normal | When not |
|---|---|---|
| POWER | steady | off: check the power cord and socket |
| PON | steady | blinking or off: fibre not registered, report a fault |
| LOS | off | blinking red: fibre broken, report a fault |
| LAN | on or blinking | off: check the network cable |

## 2. Restart
Switch off the modem and the router, wait 30 seconds, switch the modem on, and the router two minutes later.

## 3. Find where the problem is
- Connect a computer to the modem with a cable: if that works, the router or Wi-Fi is the problem;
- if only some devices fail, check their Wi-Fi password and network settings.

## 4. Other causes
- Is the broadband account paid up?
- Has building work moved or damaged the line?

Still offline? Report it under [Fault repair](/account/requests/new/fault-repair), choose the broadband account and "No internet", and describe the lights so the technician brings the right tools.`,
    published: true,
    helpful: [134, 12],
    editor: "supervisor",
    version: 5,
    daysAgo: 3,
  },
  {
    slug: "complaint-response-time",
    category: "network",
    title: "投诉多久答复？对结果不满意怎么办",
    titleEn: "Complaints: when you get an answer, and where to appeal",
    body: `## 我们的答复时限
- 受理投诉后，我们会在 **48 小时内**与您联系了解情况；
- 依据《电信用户申诉处理办法》，我们在 **15 日内**给出处理答复。

## 对答复不满意
如果您对我们的答复不满意，或者 15 日内没有得到答复，可以向**工业和信息化部电信用户申诉受理中心**申诉，电话 **12300**。

申诉时请准备：
- 本人身份证件；
- 投诉的时间和服务请求编号（SR 开头）；
- 我们的答复内容和相关证据（如账单、截图）。

> 服务请求编号可以在「我的申请」中查到，未登录时也可以在[进度查询](/track)中凭编号和联系电话后 4 位查看进度。`,
    bodyEn: `## When we answer
- After accepting a complaint we contact you **within 48 hours** to understand it;
- under the Telecom User Complaint Handling Measures (《电信用户申诉处理办法》) we give you our answer **within 15 days**.

## If you are not satisfied
If you are not satisfied with our answer, or have had none within 15 days, you can appeal to the **MIIT Telecom User Appeal Centre** (工信部电信用户申诉受理中心), phone **12300**.

Have these ready:
- your ID;
- when you complained, and the service request number (starting with SR);
- our answer and any evidence (bills, screenshots).

> Your service request numbers are under My requests; without signing in, [Track a request](/track) shows progress with the number and the last 4 digits of the contact phone.`,
    published: true,
    helpful: [57, 3],
    editor: "admin",
    version: 2,
    daysAgo: 15,
  },
  {
    slug: "broadband-installation",
    category: "broadband",
    title: "宽带安装流程与预约",
    titleEn: "Broadband installation: booking and what happens",
    body: `## 申请
登录后在 [新建申请 → 业务开通](/account/requests/new/service-opening) 中选择「开通宽带」，填写安装地址，并预约上门日期（今天起 30 天内）和时段。

## 上门之前
- 我们会核实地址是否已覆盖光纤；未覆盖时会联系您说明。
- 装维人员会在上门前电话联系您确认时间。

## 上门当天
- 请确保家中有人，并准备好本人身份证件；
- 安装一般需要 1–2 小时，包括入户布线、安装光猫和测速；
- 光猫由我们提供，请妥善保管，销户时需要归还。

## 安装完成
装维人员会当场测速并告知 Wi-Fi 名称和密码。安装后的问题可以直接[报修](/account/requests/new/fault-repair)。`,
    bodyEn: `## Applying
Sign in and choose **Broadband** under [New request → Service opening](/account/requests/new/service-opening), enter the installation address and book a day (within 30 days from today) and a time window.

## Before the visit
- We check that fibre reaches the address; if it does not, we call you to explain.
- The technician calls you before coming to confirm the time.

## On the day
- Someone must be at home, with the account holder's ID;
- installation usually takes 1–2 hours: cabling, installing the modem and a speed test;
- the modem is ours; keep it safe, it is returned when the service ends.

## Afterwards
The technician tests the speed with you and tells you the Wi-Fi name and password. Problems after installation can be [reported as a fault](/account/requests/new/fault-repair).`,
    published: true,
    helpful: [45, 2],
    editor: "admin",
    version: 1,
    daysAgo: 33,
  },
  {
    slug: "broadband-move",
    category: "broadband",
    title: "搬家后如何办理宽带移机",
    titleEn: "Moving home: relocating your broadband",
    body: `搬家后可以把宽带迁移到新地址（移机），账号和套餐保持不变。

1. 登录后在 [新建申请 → 业务变更](/account/requests/new/business-change) 中选择「移机」；
2. 选择宽带账号，填写新地址和希望生效的日期；
3. 我们确认新地址的覆盖情况后，安排装维人员上门。

> 新地址未覆盖光纤时无法移机，我们会联系您商量其他方案。合约期内的宽带移机不影响合约。`,
    bodyEn: `When you move, your broadband can move with you; the account and plan stay the same.

1. Sign in and choose **Move** under [New request → Business change](/account/requests/new/business-change);
2. pick the broadband account, enter the new address and the date you want it from;
3. once we have checked coverage at the new address, a technician visits.

> Without fibre at the new address we cannot move the service and will call you to discuss alternatives. Moving does not affect a contract term.`,
    published: true,
    helpful: [29, 3],
    editor: "supervisor",
    version: 1,
    daysAgo: 60,
  },
  {
    slug: "change-contact-phone",
    category: "account",
    title: "如何修改联系电话",
    titleEn: "Changing your contact phone number",
    body: `联系电话用于接收办理进度通知和上门前的联系。

## 修改号码上登记的联系人
登录后在 [新建申请 → 业务变更](/account/requests/new/business-change) 中选择「修改登记联系人」，填写新的联系人姓名和手机号。

## 通知发到哪里
在[设置](/account/settings)中可以选择是否接收短信和邮件通知，以及通知使用的语言。

> 为了您的账户安全，我们不会通过电话或短信索要密码或验证码。`,
    bodyEn: `Your contact phone receives progress notifications and the call before a technician's visit.

## Changing the registered contact of a line
Sign in and choose **Change registered contact** under [New request → Business change](/account/requests/new/business-change), then enter the new contact's name and mobile number.

## Where notifications go
In [Settings](/account/settings) you choose whether to get texts and e-mails, and in which language.

> For your security, we never ask for your password or a verification code by phone or text.`,
    published: true,
    helpful: [33, 1],
    editor: "admin",
    version: 1,
    daysAgo: 25,
  },
  {
    slug: "close-account",
    category: "account",
    title: "如何销户",
    titleEn: "Closing a number or service",
    body: `销户（也叫销号、注销号码）会终止号码或宽带的全部服务。

## 销户前请确认
1. **结清费用**：包括当月已产生的费用；
2. **合约期**：合约期内销户需按合约约定处理（如支付违约金），建议合约到期后再办理；
3. **余额**：销户后剩余的预存话费按规定退还；
4. **解绑**：把银行卡、支付平台、社交账号等绑定的手机号换成其他号码；
5. **设备**：宽带销户时请归还光猫等设备。

## 办理
提交销户申请后，我们会核对费用并告知结清金额；完成后您会收到销户通知，写明服务终止时间和费用明细。服务记录按规定存档，您可以在需要时查询。

> 号码销户后，经过一段时间可能会重新分配给其他用户。`,
    bodyEn: `Closing (cancelling) a number or a broadband account ends all of its services.

## Before you close
1. **Settle charges**, including those of the current month;
2. **Contract term**: closing within a term follows the contract (an early termination fee, for example); closing after it ends costs nothing extra;
3. **Balance**: remaining prepaid credit is refunded as the rules provide;
4. **Unlink**: move banks, payment apps and social accounts to another number;
5. **Equipment**: return the broadband modem when closing broadband.

## How it works
After you apply, we check the charges and tell you the amount to settle; when done, you receive a termination notice with the end time and the fee details. Your service records are archived as required and can be looked up later.

> After a number is closed, it may be given to someone else after some time.`,
    published: true,
    helpful: [48, 6],
    editor: "supervisor",
    version: 2,
    daysAgo: 28,
  },
  {
    slug: "privacy-and-your-data",
    category: "account",
    title: "隐私政策与个人信息下载",
    titleEn: "Privacy policy and downloading your personal information",
    body: `我们依据《个人信息保护法》处理您的个人信息：只为明确的目的收集必要的信息，非必要的处理需要您的同意，并且您可以随时撤回同意；拒绝非必要的处理不影响您使用基本服务。

## 您的权利
- **查阅和复制**：下载我们保存的您的个人信息；
- **更正**：发现信息有误时要求更正；
- **删除**：在法律规定的情形下要求删除；
- **撤回同意**：和给予同意一样方便。

## 怎么申请
登录后在「隐私与个人信息」页面提交申请。我们会及时处理并告知结果；不能满足的，会说明理由。

> 实名登记信息依法在服务期间及服务终止后 2 年内保存。`,
    bodyEn: `We process your personal information under the Personal Information Protection Law: only what is necessary, for stated purposes; anything beyond that needs your consent, which you can withdraw at any time, and refusing it never stops you from using basic services.

## Your rights
- **See and copy**: download the personal information we hold about you;
- **Correct** information that is wrong;
- **Delete** it where the law provides;
- **Withdraw consent** as easily as you gave it.

## How to ask
Sign in and submit a request on the Privacy and personal information page. We handle it promptly and tell you the result; if we cannot do what you ask, we tell you why.

> Real-name registration data is kept, as the law requires, for the life of the service and 2 years after it ends.`,
    published: true,
    helpful: [21, 1],
    editor: "admin",
    version: 1,
    daysAgo: 45,
  },
  {
    slug: "esim-guide",
    category: "plans",
    title: "eSIM 开通指南（草稿）",
    titleEn: "eSIM activation guide (draft)",
    body: `本文为草稿，尚未发布。

eSIM 是内置在手机或手表中的电子 SIM 卡。开通前请确认设备支持 eSIM，并准备好本人身份证件。`,
    bodyEn: `This is a draft and not yet published.

An eSIM is an electronic SIM built into a phone or watch. Before activating, check that your device supports eSIM and have your ID ready.`,
    published: false,
    helpful: [0, 0],
    editor: "admin",
    version: 1,
    daysAgo: 1,
  },
];
