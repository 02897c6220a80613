// Scale seed (issue 9): loads PostgreSQL with a large, realistic, skewed data set for performance
// work. `npm run seed:scale -- --customers 100000 --requests 1000000 [--reset] [--force]`.
// Every table is filled set-based in SQL (INSERT … SELECT FROM generate_series), every "random"
// choice is a hash of the row number (hashint8extended), so a run is deterministic for a given
// --now and fast: no row travels through Node. See docs/decisions/0025-scale-seed.md.
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { AREAS } from "../lib/domain/areas";
import { COMPLAINT_CATEGORIES } from "../lib/domain/complaints";
import { parseDatabaseUrl } from "../prisma/engine";
import { openScriptClient } from "../prisma/client";
import { runSeed } from "../prisma/seed";
import { truncateAll } from "../prisma/truncate";

/** The password every scale user (customers and staff) signs in with. */
export const SCALE_PASSWORD = "Scale1234";
/** Ids of scale rows start with this, so that a re-run and the refusal check can recognise them. */
export const SCALE_PREFIX = "sc";
export const SCALE_EMAIL_DOMAIN = "scale.servicehall.cn";

export type ScaleOptions = { customers: number; requests: number; staff?: number; now?: Date; log?: (line: string) => void };

const HELP = `Usage: npm run seed:scale -- [--customers N] [--requests N] [--staff N] [--reset] [--force]

Loads the PostgreSQL database named by DATABASE_URL (postgresql://…; PGlite is refused) with
scale data: customers (a fifth of them hold about 80 % of the requests), their users and lines,
staff, requests of every type with timelines, ratings, return visits, notifications and audit rows.
An empty database first gets the demo data (plan catalogue, teams, demo accounts).

  --customers N   customers to create (default 100000)
  --requests N    service requests to create (default 1000000)
  --staff N       staff users to create (default 300)
  --reset         empty every table first (prisma/truncate.ts), then seed demo + scale data
  --force         seed even though the database holds data that is neither demo nor scale data

Every scale user signs in with the password ${SCALE_PASSWORD}: customers by phone (15xxxxxxxxx),
staff by e-mail (staff0001@${SCALE_EMAIL_DOMAIN} …).`;

/** A deterministic pseudo-random integer in [0, 2^31) from a row number and a salt. */
const h = (salt: number, expr: string) => `(hashint8extended((${expr})::bigint, ${salt}) & 2147483647)`;
/** A deterministic pseudo-random number in [0, 1). */
const u = (salt: number, expr: string) => `(${h(salt, expr)}::float8 / 2147483648.0)`;
/** One element of a text array literal, picked by a hash. */
const pick = (salt: number, expr: string, items: readonly string[]) =>
  `(ARRAY[${items.map(lit).join(",")}]::text[])[1 + ${h(salt, expr)} % ${items.length}]`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓东", "文博", "子涵", "雨轩", "思远", "嘉怡", "浩然"];
const COMPANY_HEAD = ["星河", "华信", "远航", "嘉禾", "中联", "鼎盛", "恒通", "瑞丰", "天成", "博雅", "金桥", "新锐"];
const COMPANY_TAIL = ["科技有限公司", "贸易有限公司", "物流有限公司", "餐饮管理有限公司", "信息技术有限公司", "建设工程有限公司"];
const AGENCIES = ["街道办事处", "社区服务中心", "市场监督管理所", "公共资源交易中心", "图书馆", "人民医院"];
const STAFF_NAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "周", "吴", "郑"];

const TYPES = ["SERVICE_OPENING", "FAULT_REPAIR", "BUSINESS_CHANGE", "PLAN_CHANGE", "CONSULTATION", "COMPLAINT", "TERMINATION"] as const;
/** Share of each request type, cumulative (faults and consultations dominate, terminations are rare). */
const TYPE_CUMULATIVE = [0.1, 0.38, 0.5, 0.6, 0.82, 0.95, 1];
const TEAM_OF: Record<(typeof TYPES)[number], string> = {
  SERVICE_OPENING: "FIELD", FAULT_REPAIR: "NETWORK", BUSINESS_CHANGE: "FRONTLINE", PLAN_CHANGE: "FRONTLINE",
  CONSULTATION: "FRONTLINE", COMPLAINT: "COMPLAINTS", TERMINATION: "FRONTLINE",
};

/** Title phrases by type: subject + detail, e.g. "宽带频繁掉线" + "（已重启光猫）". */
const TITLE_SUBJECTS: Record<(typeof TYPES)[number], string[]> = {
  SERVICE_OPENING: ["新装宽带", "新开手机号码", "开通物联网卡", "开通云主机", "办理千兆宽带", "办理副卡"],
  FAULT_REPAIR: ["宽带频繁掉线", "手机信号差", "无法上网", "网速明显变慢", "电话打不出去", "光猫红灯闪烁", "通话断断续续", "4G/5G 切换异常"],
  BUSINESS_CHANGE: ["变更装机地址", "更改账户联系人", "开通国际漫游", "办理停机保号", "更换 SIM 卡", "修改实名信息"],
  PLAN_CHANGE: ["更换更低资费套餐", "升级到 5G 套餐", "降档宽带速率", "变更流量包", "办理合约续约"],
  CONSULTATION: ["咨询本月账单明细", "咨询套餐优惠活动", "咨询携号转网条件", "咨询发票开具", "咨询积分兑换", "咨询宽带覆盖范围"],
  COMPLAINT: ["投诉网络长期不稳定", "投诉被多扣费用", "投诉装维人员未按约上门", "投诉客服态度差", "投诉故障处理超时", "投诉未经同意开通业务"],
  TERMINATION: ["办理宽带拆机", "注销手机号码", "销户并退还预存款", "注销物联网卡"],
};
const TITLE_TAILS = ["", "", "，请尽快处理", "（第二次反映）", "，影响正常使用", "，急"];
const DESC_OPEN = ["您好，", "客服你好，", "你好，我想反映一个问题：", "麻烦帮忙看一下，", "本人是老用户，"];
const DESC_BODY = [
  "从上周开始家里的宽带每天晚上八点以后就会断开几次，重启光猫和路由器之后能恢复一会儿，但很快又断。",
  "在小区地下车库和电梯里基本没有信号，家里客厅也只有一格，打电话经常听不清对方说话。",
  "本月账单比以往多出了三十多元，我没有使用额外的流量，也没有订购任何增值业务。",
  "上次预约的装维师傅说周三上午上门，结果一直没来，电话也打不通，耽误了我一整天。",
  "想了解一下现在有没有适合家庭使用的融合套餐，最好包含宽带和两张手机卡，月费在两百元以内。",
  "公司搬到了新的办公地址，需要把现有的专线和宽带一起迁移过去，希望尽量不影响业务。",
  "手机显示有信号但是无法上网，已经尝试过重启手机、重新插卡和重置网络设置，都没有用。",
  "合约期快到了，想咨询续约有没有优惠，以及如果不续约的话套餐会怎样变化。",
  "之前反映过的问题到现在还没有解决，处理人员也没有给我任何回复，希望有人负责跟进。",
  "家里老人不太会用智能手机，想把套餐换成只保留通话和少量流量的便宜套餐。",
];
const DESC_CLOSE = ["谢谢！", "麻烦尽快回复，谢谢。", "白天可以随时联系我。", "请在工作日下午联系我。", "希望能给一个明确的处理时间。", ""];
const MESSAGES = [
  "您好，您的问题我们已经收到，工程师正在排查，请保持电话畅通。",
  "经核查，您反映的问题已定位，我们将在 24 小时内安排处理。",
  "已为您预约装维人员上门，具体时间将短信通知您。",
  "已为您核对账单，多收费用将在下一账期退回。",
];
const NOTES = ["已电话联系客户，确认故障现象。", "转网络运维班组核查基站告警。", "客户要求周末上门，已备注。", "核查计费记录，确认重复扣费。"];
const RESOLUTIONS = ["故障已修复，线路测试正常。", "已按客户要求办理完成。", "已解答客户咨询，客户表示满意。", "费用已退回，客户认可处理结果。"];
const RATING_REASONS = ["RESOLVED_FAST", "FRIENDLY", "PROFESSIONAL", "SLOW", "NOT_RESOLVED", "UNCLEAR"];

function parseArgs(argv: string[]) {
  const args = { customers: 100_000, requests: 1_000_000, staff: 300, reset: false, force: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--reset") args.reset = true;
    else if (a === "--force") args.force = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--customers" || a === "--requests" || a === "--staff") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 50_000_000) throw new Error(`${a} needs a positive whole number`);
      args[a.slice(2) as "customers" | "requests" | "staff"] = n;
    } else throw new Error(`Unknown option ${a} (see --help)`);
  }
  return args;
}

type Db = Pick<pg.Client, "query">;

/** What the database holds now: is it empty, does it hold scale data, does it hold anything else. */
export async function inspect(db: Db) {
  const { rows } = await db.query<{ customers: string; scale: string; foreign: string; plans: string; staff: string }>(`
    SELECT (SELECT count(*) FROM "Customer") AS customers,
           (SELECT count(*) FROM "Customer" WHERE id LIKE '${SCALE_PREFIX}c%') AS scale,
           (SELECT count(*) FROM "Customer" WHERE NOT "isDemo" AND id NOT LIKE '${SCALE_PREFIX}c%')
         + (SELECT count(*) FROM "User" WHERE role <> 'CUSTOMER' AND email NOT LIKE '%@demo.servicehall.cn'
              AND email NOT LIKE '%@${SCALE_EMAIL_DOMAIN}') AS foreign,
           (SELECT count(*) FROM "Plan") AS plans,
           (SELECT count(*) FROM "Team") AS staff`);
  const r = rows[0]!;
  return { customers: Number(r.customers), scale: Number(r.scale), foreign: Number(r.foreign), plans: Number(r.plans), teams: Number(r.staff) };
}

/** Loads the scale data into a database that has the demo catalogue (plans, teams) and no scale rows. */
export async function seedScale(db: Db, options: ScaleOptions) {
  const N = options.customers;
  const M = options.requests;
  const S = options.staff ?? 300;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const NOW = `'${now.toISOString()}'::timestamptz`;
  const started = Date.now();
  const steps: Array<[string, () => Promise<number>]> = [];
  const run = async (sql: string) => (await db.query(sql)).rowCount ?? 0;
  /**
   * Runs a bulk insert into `table` in one transaction that first drops the table's plain
   * (non-constraint) indexes and recreates them from their definitions afterwards: one sorted
   * build per index instead of a million random insertions. Being one transaction, a failure
   * leaves every index in place.
   */
  const bulk = async (table: string, insert: () => Promise<number>) => {
    await db.query("BEGIN");
    try {
      const { rows: indexes } = await db.query<{ name: string; def: string }>(`
        SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = '"${table}"'::regclass AND NOT x.indisprimary AND NOT x.indisunique
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`);
      for (const ix of indexes) await db.query(`DROP INDEX "${ix.name}"`);
      const rows = await insert();
      for (const ix of indexes) await db.query(ix.def);
      await db.query("COMMIT");
      return rows;
    } catch (error) {
      await db.query("ROLLBACK");
      throw error;
    }
  };
  const passwordHash = await hash(SCALE_PASSWORD);

  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET maintenance_work_mem = '512MB'`);

  const { rows: teams } = await db.query<{ code: string; id: string }>(`SELECT code, id FROM "Team"`);
  const teamIds: Record<string, string> = Object.fromEntries(teams.map((t) => [t.code, t.id]));

  const { rows: kinds } = await db.query<{ kind: string }>(`SELECT DISTINCT kind::text AS kind FROM "Plan" WHERE active`);
  const missing = ["MOBILE", "BROADBAND", "IOT", "CLOUD"].filter((k) => !kinds.some((r) => r.kind === k));
  if (missing.length || teams.length < 4) throw new Error(`The plan catalogue or teams are incomplete (no active plan for ${missing.join(", ") || "-"}); run with --reset.`);

  const leafAreas = AREAS.filter((a) => a.parent).map((a) => a.name);

  // Staff: agents mostly, some technicians and supervisors, in the demo teams by code.
  steps.push(["staff users", () => run(`
    INSERT INTO "User" (id, role, "displayName", email, "passwordHash", "teamId", "createdAt", "updatedAt")
    SELECT '${SCALE_PREFIX}s' || i,
           (CASE WHEN i % 20 = 0 THEN 'SUPERVISOR' WHEN i % 5 = 0 THEN 'TECHNICIAN' ELSE 'AGENT' END)::"Role",
           ${pick(1, "i", STAFF_NAMES)} || ${pick(2, "i", GIVEN)} || '（工号' || lpad(i::text, 4, '0') || '）',
           'staff' || lpad(i::text, 4, '0') || '@${SCALE_EMAIL_DOMAIN}', ${lit(passwordHash)},
           (SELECT id FROM "Team" WHERE code = (ARRAY['FRONTLINE','FIELD','NETWORK','COMPLAINTS'])[1 + i % 4]),
           ${NOW} - interval '400 days', ${NOW} - interval '400 days'
    FROM generate_series(1, ${S}) AS i`)]);

  // Customers: 85 % personal, 12 % enterprise, 3 % government, in the AREAS leaves.
  const ctype = `(CASE WHEN ${u(3, "i")} < 0.85 THEN 'PERSONAL' WHEN ${u(3, "i")} < 0.97 THEN 'ENTERPRISE' ELSE 'GOVERNMENT' END)`;
  steps.push(["customers", () => run(`
    INSERT INTO "Customer" (id, type, name, phone, email, "idNumber", "realNameVerified", "lifecycleStage", area, "isDemo", "createdAt", "updatedAt")
    SELECT '${SCALE_PREFIX}c' || i, t::"CustomerType",
           CASE t WHEN 'PERSONAL' THEN ${pick(4, "i", SURNAMES)} || ${pick(5, "i", GIVEN)}
                  WHEN 'ENTERPRISE' THEN ${pick(6, "i", COMPANY_HEAD)} || ${pick(7, "i", COMPANY_TAIL)}
                  ELSE ${pick(8, "i", leafAreas)} || ${pick(9, "i", AGENCIES)} END,
           '15' || lpad(i::text, 9, '0'),
           CASE WHEN ${u(10, "i")} < 0.4 THEN 'c' || i || '@example.cn' END,
           NULL, ${u(11, "i")} < 0.9,
           (CASE WHEN ${u(12, "i")} < 0.05 THEN 'NEW' WHEN ${u(12, "i")} < 0.88 THEN 'ACTIVE' WHEN ${u(12, "i")} < 0.96 THEN 'AT_RISK' ELSE 'CHURNED' END)::"LifecycleStage",
           ${pick(13, "i", leafAreas)}, false,
           ${NOW} - interval '1 day' * (400 + ${h(14, "i")} % 2000), ${NOW} - interval '1 day' * (${h(15, "i")} % 30)
    FROM (SELECT i, ${ctype} AS t FROM generate_series(1, ${N}) AS i) s`)]);

  steps.push(["customer users", () => run(`
    INSERT INTO "User" (id, role, "displayName", phone, "passwordHash", "customerId", "createdAt", "updatedAt")
    SELECT '${SCALE_PREFIX}u' || substr(c.id, ${SCALE_PREFIX.length + 2}), 'CUSTOMER', c.name, c.phone, ${lit(passwordHash)}, c.id, c."createdAt", c."updatedAt"
    FROM "Customer" c WHERE c.id LIKE '${SCALE_PREFIX}c%'`)]);

  // Lines: 1–3 per customer (line j of customer i is "sclI_J"); the kind follows j, the plan is
  // one of the catalogue's active plans of that kind.
  const nLines = (expr: string) => `(1 + ${h(16, expr)} % 3)`;
  steps.push(["lines", () => run(`
    WITH plans AS (
      SELECT kind, array_agg(id ORDER BY code) AS ids FROM "Plan" WHERE active GROUP BY kind
    )
    INSERT INTO "Line" (id, "customerId", number, kind, "planId", status, "activatedAt", area, address, "createdAt")
    SELECT '${SCALE_PREFIX}l' || i || '_' || j, '${SCALE_PREFIX}c' || i,
           CASE k WHEN 'MOBILE' THEN '17' || lpad((i * 3 + j)::text, 9, '0') ELSE k || '-' || lpad((i * 3 + j)::text, 9, '0') END,
           k::"ServiceKind", p.ids[1 + ${h(17, "i * 3 + j")} % cardinality(p.ids)],
           (CASE WHEN ${u(18, "i * 3 + j")} < 0.95 THEN 'ACTIVE' WHEN ${u(18, "i * 3 + j")} < 0.98 THEN 'SUSPENDED' ELSE 'TERMINATED' END)::"LineStatus",
           ${NOW} - interval '1 day' * (30 + ${h(19, "i * 3 + j")} % 1500), c.area,
           CASE WHEN k = 'BROADBAND' THEN c.area || ${pick(20, "i", ["幸福路", "建设大道", "科技园路", "人民路", "滨海大道"])} || (1 + ${h(21, "i")} % 300) || '号' END,
           ${NOW} - interval '1 day' * (30 + ${h(19, "i * 3 + j")} % 1500)
    FROM (SELECT c.*, substr(c.id, ${SCALE_PREFIX.length + 2})::bigint AS i FROM "Customer" c WHERE c.id LIKE '${SCALE_PREFIX}c%') c
    CROSS JOIN LATERAL generate_series(1, ${nLines("i")}) AS j
    CROSS JOIN LATERAL (SELECT (CASE WHEN j = 1 THEN (CASE WHEN c.type = 'PERSONAL' OR ${u(22, "i")} < 0.5 THEN 'MOBILE' ELSE 'CLOUD' END)
                                     WHEN j = 2 THEN 'BROADBAND' ELSE (CASE WHEN ${u(23, "i")} < 0.7 THEN 'MOBILE' ELSE 'IOT' END) END) AS k) kk
    JOIN plans p ON p.kind::text = kk.k`)]);

  // Requests. Request n (1…M) is created at a time that grows with n over the last 365 days, so
  // the SRN sequence of a day follows n. Its customer: with probability 0.8 one of the "heavy"
  // fifth, skewed within it (w^1.5, so the busiest holds about 0.1 % of all requests, not a
  // fifth of them), otherwise one of the other four fifths uniformly; then scattered over the id
  // range by a multiplicative permutation so that the heavy customers are not the first ids.
  const heavy = Math.max(1, Math.floor(N / 5));
  const cust = `(1 + ((CASE WHEN ${u(30, "n")} < 0.8 THEN floor(${heavy} * power(${u(29, "n")}, 1.5))
                          ELSE ${heavy} + floor(${N - heavy} * ${u(29, "n")}) END)::bigint * 7919 % ${N}))`;
  const typeIdx = `(CASE ${TYPE_CUMULATIVE.map((c, i) => `WHEN ${u(31, "n")} < ${c} THEN ${i + 1}`).join(" ")} ELSE 7 END)`;
  const typeCase = `(ARRAY[${TYPES.map(lit).join(",")}])[${typeIdx}]`;
  const created = `(${NOW} - interval '365 days' + interval '1 second' * floor((n - 1)::float8 * ${365 * 86400 - 3600} / ${M}))`;
  steps.push(["service requests", async () => {
    await run(`DROP TABLE IF EXISTS pg_temp.sr_base`);
    await run(`
      CREATE TEMP TABLE sr_base AS
      SELECT n, ${cust} AS ci, ${typeCase} AS type, ${created} AS created,
             (1 + ${h(32, "n")} % 3) AS level
      FROM generate_series(1, ${M}) AS n`);
    // Status by age: what is more than a month old is almost always finished.
    return bulk("ServiceRequest", () => run(`
      WITH b AS (
        SELECT b.*, EXTRACT(EPOCH FROM ${NOW} - b.created) / 86400 AS age, ${u(33, "n")} AS r,
               to_char(b.created AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') AS day
        FROM sr_base b
      ), s AS (
        SELECT b.*,
          CASE WHEN age > 30 THEN (CASE WHEN r < 0.78 THEN 'CLOSED' WHEN r < 0.88 THEN 'RESOLVED' WHEN r < 0.94 THEN 'RETURNED' ELSE 'WITHDRAWN' END)
               WHEN age > 3 THEN (CASE WHEN r < 0.45 THEN 'CLOSED' WHEN r < 0.7 THEN 'RESOLVED' WHEN r < 0.8 THEN 'IN_PROGRESS' WHEN r < 0.88 THEN 'AWAITING_INFO' WHEN r < 0.94 THEN 'ACCEPTED' ELSE 'WITHDRAWN' END)
               ELSE (CASE WHEN r < 0.25 THEN 'SUBMITTED' WHEN r < 0.5 THEN 'ACCEPTED' WHEN r < 0.75 THEN 'IN_PROGRESS' WHEN r < 0.85 THEN 'AWAITING_INFO' ELSE 'RESOLVED' END)
          END AS status,
          row_number() OVER (PARTITION BY day ORDER BY n) AS seq,
          -- hours to accept and to resolve: mostly in time, some late
          (0.1 + ${u(34, "n")} * CASE WHEN ${u(35, "n")} < 0.9 THEN 20 ELSE 60 END) AS acc_h,
          (1 + ${u(36, "n")} * CASE WHEN ${u(37, "n")} < 0.85 THEN 40 ELSE 150 END) AS res_h
        FROM b
      ), t AS (
        SELECT s.*,
          status NOT IN ('SUBMITTED', 'RETURNED') AND NOT (status = 'WITHDRAWN' AND ${u(38, "n")} < 0.5) AS accepted,
          status IN ('RESOLVED', 'CLOSED') AS resolved,
          ${nLines("ci")} AS nl
        FROM s
      )
      INSERT INTO "ServiceRequest" (id, srn, type, status, level, special, channel, "customerId", "lineId", title, description, details,
        "ownerId", "teamId", "createdById", "acceptBy", "acceptedAt", "respondBy", "respondedAt", "resolveBy", "resolvedAt", "closedAt",
        "clockPausedAt", "complaintStage", "createdAt", "updatedAt")
      SELECT '${SCALE_PREFIX}r' || n, 'SR' || t.day || lpad((seq + COALESCE(k.last, 0))::text, 6, '0'), type::"RequestType", status::"RequestStatus", level,
        ${u(39, "n")} < 0.01,
        (CASE WHEN ${u(40, "n")} < 0.55 THEN 'WEB' WHEN ${u(40, "n")} < 0.8 THEN 'APP' WHEN ${u(40, "n")} < 0.95 THEN 'PHONE' ELSE 'COUNTER' END)::"Channel",
        '${SCALE_PREFIX}c' || ci,
        CASE WHEN type IN ('SERVICE_OPENING', 'CONSULTATION') THEN NULL ELSE '${SCALE_PREFIX}l' || ci || '_' || (1 + ${h(41, "n")} % nl) END,
        (CASE type ${TYPES.map((ty) => `WHEN ${lit(ty)} THEN ${pick(42, "n", TITLE_SUBJECTS[ty])}`).join(" ")} END) || ${pick(43, "n", TITLE_TAILS)},
        ${pick(44, "n", DESC_OPEN)} || ${pick(45, "n", DESC_BODY)} || ${pick(46, "n + 7", DESC_BODY)} || ${pick(47, "n", DESC_CLOSE)},
        CASE WHEN type = 'COMPLAINT' THEN jsonb_build_object('category', ${pick(48, "n", COMPLAINT_CATEGORIES)}) ELSE '{}'::jsonb END,
        CASE WHEN accepted THEN '${SCALE_PREFIX}s' || (1 + ${h(49, "n")} % ${S}) END,
        (CASE type ${TYPES.map((ty) => `WHEN ${lit(ty)} THEN ${lit(teamIds[TEAM_OF[ty]] ?? "")}`).join(" ")} END),
        NULL,
        created + interval '1 hour' * (CASE WHEN type = 'COMPLAINT' THEN 48 ELSE 24 END),
        CASE WHEN accepted THEN created + interval '1 hour' * acc_h END,
        CASE WHEN type = 'FAULT_REPAIR' THEN created + interval '1 hour' * (CASE level WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 24 END)
             WHEN type = 'CONSULTATION' THEN created + interval '24 hours' END,
        CASE WHEN accepted AND type IN ('FAULT_REPAIR', 'CONSULTATION') THEN created + interval '1 hour' * acc_h END,
        CASE type WHEN 'FAULT_REPAIR' THEN created + interval '1 hour' * (CASE level WHEN 1 THEN 2 WHEN 2 THEN 4 ELSE 24 END)
                  WHEN 'COMPLAINT' THEN created + interval '15 days'
                  WHEN 'BUSINESS_CHANGE' THEN created + interval '48 hours'
                  WHEN 'TERMINATION' THEN created + interval '48 hours' END,
        CASE WHEN resolved THEN LEAST(created + interval '1 hour' * (acc_h + res_h), ${NOW} - interval '1 minute') END,
        CASE WHEN status = 'CLOSED' THEN LEAST(created + interval '1 hour' * (acc_h + res_h + 72), ${NOW} - interval '1 minute') END,
        CASE WHEN status = 'AWAITING_INFO' THEN LEAST(created + interval '1 hour' * (acc_h + 2), ${NOW} - interval '1 minute') END,
        (CASE WHEN type = 'COMPLAINT' AND status = 'IN_PROGRESS' THEN (ARRAY['INVESTIGATION','REMEDY','FEEDBACK'])[1 + ${h(50, "n")} % 3] END)::"ComplaintStage",
        created, LEAST(created + interval '1 hour' * (acc_h + res_h + 72), ${NOW} - interval '1 minute')
      FROM t LEFT JOIN "SrnCounter" k ON k.day = t.day`));
  }]);

  steps.push(["SRN counters", () => run(`
    INSERT INTO "SrnCounter" (day, last)
    SELECT substr(srn, 3, 8), max(substr(srn, 11)::int) FROM "ServiceRequest" WHERE id LIKE '${SCALE_PREFIX}r%' GROUP BY 1
    ON CONFLICT (day) DO UPDATE SET last = GREATEST("SrnCounter".last, EXCLUDED.last)`)]);

  // Timelines: created, accepted, a message, an internal note, resolved, closed (3–6 for a
  // finished request, fewer for one still waiting).
  steps.push(["timeline events", () => bulk("RequestEvent", () => run(`
    INSERT INTO "RequestEvent" (id, "requestId", kind, visibility, "actorId", "fromStatus", "toStatus", body, "createdAt")
    SELECT r.id || 'e' || e.k, r.id, e.kind, e.vis::"EventVisibility", e.actor, e.fs::"RequestStatus", e.ts::"RequestStatus", e.body, e.at
    FROM "ServiceRequest" r
    CROSS JOIN LATERAL (SELECT substr(r.id, ${SCALE_PREFIX.length + 2})::bigint AS n) nn
    CROSS JOIN LATERAL (VALUES
      (1, 'created', 'CUSTOMER', 'sc' || 'u' || substr(r."customerId", ${SCALE_PREFIX.length + 2}), NULL, 'SUBMITTED', NULL::text, r."createdAt", true),
      (2, 'status', 'CUSTOMER', r."ownerId", 'SUBMITTED', 'ACCEPTED', NULL, r."acceptedAt", r."acceptedAt" IS NOT NULL),
      (3, 'message', 'CUSTOMER', r."ownerId", NULL, NULL, ${pick(51, "nn.n", MESSAGES)}, r."acceptedAt" + interval '30 minutes', r."acceptedAt" IS NOT NULL AND ${u(52, "nn.n")} < 0.7),
      (4, 'note', 'INTERNAL', r."ownerId", NULL, NULL, ${pick(53, "nn.n", NOTES)}, r."acceptedAt" + interval '1 hour', r."acceptedAt" IS NOT NULL AND ${u(54, "nn.n")} < 0.5),
      (5, 'status', 'CUSTOMER', r."ownerId", 'IN_PROGRESS', 'RESOLVED', ${pick(55, "nn.n", RESOLUTIONS)}, r."resolvedAt", r."resolvedAt" IS NOT NULL),
      (6, 'status', 'CUSTOMER', r."ownerId", 'RESOLVED', 'CLOSED', NULL, r."closedAt", r."closedAt" IS NOT NULL)
    ) AS e(k, kind, vis, actor, fs, ts, body, at, present)
    WHERE r.id LIKE '${SCALE_PREFIX}r%' AND e.present`))]);

  // Ratings on 35 % of the resolved requests, mostly good; a low one gets a return visit.
  steps.push(["ratings", () => run(`
    INSERT INTO "Rating" (id, "requestId", "customerId", score, reasons, comment, resolved, "createdAt")
    SELECT r.id || 'g', r.id, r."customerId", sc, ARRAY[${pick(56, "n", RATING_REASONS)}],
           CASE WHEN sc <= 2 THEN '处理太慢，问题反复出现。' WHEN ${u(57, "n")} < 0.2 THEN '处理及时，服务很好。' END,
           sc >= 3, r."resolvedAt" + interval '2 hours'
    FROM (SELECT r.*, substr(r.id, ${SCALE_PREFIX.length + 2})::bigint AS n FROM "ServiceRequest" r
          WHERE r.id LIKE '${SCALE_PREFIX}r%' AND r."resolvedAt" IS NOT NULL) r
    CROSS JOIN LATERAL (SELECT (CASE WHEN ${u(58, "n")} < 0.55 THEN 5 WHEN ${u(58, "n")} < 0.8 THEN 4 WHEN ${u(58, "n")} < 0.9 THEN 3 WHEN ${u(58, "n")} < 0.95 THEN 2 ELSE 1 END) AS sc) s
    WHERE ${u(59, "n")} < 0.35`)]);
  steps.push(["return visits", () => run(`
    INSERT INTO "FollowUp" (id, "requestId", reason, status, "dueAt", "assigneeId", outcome, attempts, "createdAt", "closedAt")
    SELECT g.id || 'f', g."requestId", 'LOW_RATING', (CASE WHEN g."createdAt" < ${NOW} - interval '7 days' THEN 'DONE' ELSE 'OPEN' END)::"FollowUpStatus",
           g."createdAt" + interval '24 hours', '${SCALE_PREFIX}s' || (1 + ${h(60, "length(g.id)::bigint + g.score")} % ${S}),
           CASE WHEN g."createdAt" < ${NOW} - interval '7 days' THEN 'REACHED' END,
           CASE WHEN g."createdAt" < ${NOW} - interval '7 days' THEN 1 ELSE 0 END,
           g."createdAt", CASE WHEN g."createdAt" < ${NOW} - interval '7 days' THEN g."createdAt" + interval '20 hours' END
    FROM "Rating" g WHERE g.id LIKE '${SCALE_PREFIX}r%' AND g.score <= 2`)]);

  // Notifications: "received" for every request, "resolved" for the resolved ones (in-app, read
  // when older than a week; SMS sent).
  steps.push(["notifications", () => bulk("Notification", () => run(`
    INSERT INTO "Notification" (id, "recipientId", channel, address, template, payload, status, transport, attempts, "sentAt", "readAt", "createdAt")
    SELECT r.id || 'n' || x.k, '${SCALE_PREFIX}u' || substr(r."customerId", ${SCALE_PREFIX.length + 2}), x.ch::"NotificationChannel",
           CASE WHEN x.ch = 'SMS' THEN '15' || lpad(substr(r."customerId", ${SCALE_PREFIX.length + 2}), 9, '0') END,
           x.tpl, jsonb_build_object('srn', r.srn, 'title', r.title), 'SENT', CASE WHEN x.ch = 'SMS' THEN 'outbox' END, 1,
           x.at, CASE WHEN x.ch = 'IN_APP' AND x.at < ${NOW} - interval '7 days' THEN x.at + interval '3 hours' END, x.at
    FROM "ServiceRequest" r
    CROSS JOIN LATERAL (VALUES (1, 'IN_APP', 'request.created', r."createdAt", true),
                               (2, 'SMS', 'request.created', r."createdAt", r.id LIKE '%3'),
                               (3, 'IN_APP', 'request.resolved', r."resolvedAt", r."resolvedAt" IS NOT NULL)) AS x(k, ch, tpl, at, present)
    WHERE r.id LIKE '${SCALE_PREFIX}r%' AND x.present`))]);

  // Audit rows: request.create by the customer, request.accept by the owner (unsealed: the
  // sealing job chains them as it would any new rows; chainIndex stays null here).
  steps.push(["audit rows", () => bulk("AuditLog", () => run(`
    INSERT INTO "AuditLog" (id, "actorId", "actorRole", action, "targetType", "targetId", summary, "createdAt")
    SELECT r.id || 'a' || x.k, x.actor, x.role::"Role", x.action, 'ServiceRequest', r.id, x.summary, x.at
    FROM "ServiceRequest" r
    CROSS JOIN LATERAL (VALUES
      (1, '${SCALE_PREFIX}u' || substr(r."customerId", ${SCALE_PREFIX.length + 2}), 'CUSTOMER', 'request.create', jsonb_build_object('srn', r.srn, 'type', r.type), r."createdAt", true),
      (2, r."ownerId", 'AGENT', 'request.accept', jsonb_build_object('srn', r.srn), r."acceptedAt", r."acceptedAt" IS NOT NULL)
    ) AS x(k, actor, role, action, summary, at, present)
    WHERE r.id LIKE '${SCALE_PREFIX}r%' AND x.present`))]);

  steps.push(["ANALYZE", async () => {
    await run(`DROP TABLE IF EXISTS pg_temp.sr_base`);
    await run(`ANALYZE`);
    return 0;
  }]);

  const counts: Record<string, number> = {};
  for (const [i, [label, step]] of steps.entries()) {
    const t0 = Date.now();
    const rows = await step();
    counts[label] = rows;
    const done = Math.round(((i + 1) / steps.length) * 20);
    log(`[${"#".repeat(done)}${".".repeat(20 - done)}] ${String(i + 1).padStart(2)}/${steps.length} ${label.padEnd(18)} ${rows.toLocaleString("en").padStart(11)} rows  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  (total ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return { counts, seconds: (Date.now() - started) / 1000 };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return;
  }
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (target.kind !== "postgresql") throw new Error("seed:scale needs PostgreSQL: set DATABASE_URL=postgresql://… (PGlite is refused).");
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const t0 = Date.now();
    let state = await inspect(db);
    if (state.foreign > 0 && !args.force) {
      throw new Error(`The database holds ${state.foreign} customers/staff that are neither demo nor scale data; refusing (use --force).`);
    }
    if (args.reset) {
      const script = await openScriptClient(target);
      try {
        await truncateAll(script.prisma);
      } finally {
        await script.close();
      }
      console.log("emptied every table");
      state = await inspect(db);
    }
    if (state.scale > 0) throw new Error("The database already holds scale data; run with --reset to start again.");
    if (state.plans === 0 || state.teams === 0) {
      if (state.customers > 0) throw new Error("The database has customers but no plan catalogue; run with --reset.");
      const script = await openScriptClient(target);
      try {
        await runSeed(script.prisma, { ifEmpty: false, description: script.description });
      } finally {
        await script.close();
      }
      console.log(`demo data (plan catalogue, teams, demo accounts) seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    console.log(`seeding ${args.customers.toLocaleString("en")} customers, ${args.requests.toLocaleString("en")} requests, ${args.staff} staff`);
    const result = await seedScale(db, { customers: args.customers, requests: args.requests, staff: args.staff, log: console.log });
    console.log(`done in ${result.seconds.toFixed(1)} s (scale data), ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
  } finally {
    await db.end();
  }
}

if (process.argv[1] && /seed-scale\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
