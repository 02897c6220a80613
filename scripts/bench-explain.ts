// `npm run bench:explain`: against a scaled PostgreSQL database (npm run seed:scale), calls the real
// DAL functions behind each list and report page as real users, captures the SQL Prisma sends
// (SERVICEHALL_QUERY_EVENTS=1 makes server/db.ts emit query events), and runs
// EXPLAIN (ANALYZE, FORMAT JSON) on every captured SELECT with its parameters. A plan fails when
// one of its nodes is a sequential scan over more than 10,000 rows: rows read (returned plus
// filtered out, times loops) or the size of the scanned relation. Exits 1 on any failure.
import pg from "pg";
import type { Actor, CustomerActor, StaffActor } from "../server/actor";
import type { StaffRole } from "../lib/domain/roles";

process.env.SERVICEHALL_QUERY_EVENTS = "1";
const SEQ_SCAN_LIMIT = 10_000;

type Captured = { query: string; params: unknown[] };
type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Plan Rows"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};
type SeqScan = { relation: string; rowsRead: number; relationRows: number };

/** Every sequential scan in a plan tree, with the rows it read and the size of its relation. */
export function seqScans(node: PlanNode, relationRows: (name: string) => number): SeqScan[] {
  const own: SeqScan[] = [];
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) {
    const loops = node["Actual Loops"] ?? 1;
    const read = ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * loops;
    own.push({ relation: node["Relation Name"], rowsRead: Math.max(read, node["Plan Rows"] ?? 0), relationRows: relationRows(node["Relation Name"]) });
  }
  return [...own, ...(node.Plans ?? []).flatMap((p) => seqScans(p, relationRows))];
}

/**
 * The most rows any other scan (index, bitmap) read and threw away by its filter, × loops: not a
 * failure by the rule above, but an index walked for a condition it cannot answer — printed as a
 * warning so that it is not mistaken for a good plan.
 */
export function mostFiltered(node: PlanNode): number {
  const own = node["Node Type"] !== "Seq Scan" ? (node["Rows Removed by Filter"] ?? 0) * (node["Actual Loops"] ?? 1) : 0;
  return Math.max(own, ...(node.Plans ?? []).map(mostFiltered));
}

async function main() {
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("bench:explain needs DATABASE_URL=postgresql://… (a database loaded by npm run seed:scale).");
  const pool = new pg.Client({ connectionString: url });
  await pool.connect();

  const { db, closeDb } = await import("../server/db");
  const { listQueue, staffHome } = await import("../server/dal/queue");
  const { listMyRequests, getRequest } = await import("../server/dal/requests");
  const { searchCustomers } = await import("../server/dal/customer-360");
  const { searchAuditLog } = await import("../server/dal/audit-log");
  const { listFollowUps } = await import("../server/dal/follow-ups");
  const { listRemedies } = await import("../server/dal/remedies");
  const { listIncidents } = await import("../server/dal/incident-reads");
  const { listActiveIncidents, listRestoredIncidents, listFeedUpdates } = await import("../server/dal/status");
  const { gatherCases, readCompliance } = await import("../server/dal/compliance");

  let captured: Captured[] = [];
  (db as unknown as { $on(event: "query", cb: (e: { query: string; params: string }) => void): void }).$on("query", (e) => {
    captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] });
  });

  const staff = async (email: string): Promise<StaffActor> => {
    const { rows } = await pool.query<{ id: string; role: StaffRole; teamId: string | null; displayName: string }>(
      `SELECT id, role, "teamId", "displayName" FROM "User" WHERE email = $1`, [email]);
    const u = rows[0];
    if (!u) throw new Error(`No user ${email}: load the database with npm run seed:scale first.`);
    return { kind: "staff", userId: u.id, role: u.role, teamId: u.teamId, displayName: u.displayName };
  };
  const supervisor = await staff("supervisor@demo.servicehall.cn");
  const admin = await staff("admin@demo.servicehall.cn");
  const auditor = await staff("auditor@demo.servicehall.cn");
  const agent = await staff("staff0001@scale.servicehall.cn");
  const { rows: heavy } = await pool.query<{ customerId: string; userId: string; name: string; n: string }>(`
    SELECT r."customerId", u.id AS "userId", c.name, count(*) AS n FROM "ServiceRequest" r
    JOIN "Customer" c ON c.id = r."customerId" JOIN "User" u ON u."customerId" = c.id
    WHERE r."customerId" IN (SELECT "customerId" FROM "ServiceRequest" TABLESAMPLE SYSTEM (1))
    GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT 1`);
  const h = heavy[0];
  if (!h) throw new Error("No requests: load the database with npm run seed:scale first.");
  const customer: CustomerActor = { kind: "customer", userId: h.userId, role: "CUSTOMER", customerId: h.customerId, displayName: h.name };
  const { rows: sample } = await pool.query<{ srn: string; phone: string }>(
    `SELECT r.srn, c.phone FROM "ServiceRequest" r JOIN "Customer" c ON c.id = r."customerId" WHERE r."customerId" = $1 ORDER BY r."createdAt" DESC LIMIT 1`, [h.customerId]);
  const srn = sample[0]!.srn;
  const phone = sample[0]!.phone;
  const now = new Date();
  const day = (offset: number) => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);

  const firstQueue = await listQueue(supervisor, { view: "all", sort: "newest" }, now);
  const cases: Array<[string, (a: Actor) => Promise<unknown>, Actor]> = [
    ["queue pending by due", () => listQueue(supervisor, { view: "pending", sort: "due" }, now), supervisor],
    ["queue active by due", () => listQueue(supervisor, { view: "active", sort: "due" }, now), supervisor],
    ["queue open by level", () => listQueue(supervisor, { view: "open", sort: "level" }, now), supervisor],
    ["queue all newest", () => listQueue(supervisor, { view: "all", sort: "newest" }, now), supervisor],
    ["queue all newest, page 2", () => listQueue(supervisor, { view: "all", sort: "newest", after: firstQueue.next ?? undefined }, now), supervisor],
    ["queue all oldest", () => listQueue(supervisor, { view: "all", sort: "oldest" }, now), supervisor],
    ["queue status=IN_PROGRESS", () => listQueue(supervisor, { view: "all", sort: "due", status: "IN_PROGRESS" }, now), supervisor],
    ["queue type=COMPLAINT", () => listQueue(supervisor, { view: "open", sort: "due", type: "COMPLAINT" }, now), supervisor],
    ["queue level=1", () => listQueue(supervisor, { view: "open", sort: "due", level: 1 }, now), supervisor],
    ["queue team=NETWORK", () => listQueue(supervisor, { view: "open", sort: "due", team: "NETWORK" }, now), supervisor],
    ["queue owner=me (agent)", () => listQueue(agent, { view: "open", sort: "due", owner: "me" }, now), agent],
    ["queue owner=none", () => listQueue(supervisor, { view: "open", sort: "due", owner: "none" }, now), supervisor],
    ["queue area", () => listQueue(supervisor, { view: "open", sort: "due", area: "北京市朝阳区" }, now), supervisor],
    ["queue breached", () => listQueue(supervisor, { view: "open", sort: "due", breached: true }, now), supervisor],
    ["queue due within 4 h", () => listQueue(supervisor, { view: "open", sort: "due", dueWithinHours: 4 }, now), supervisor],
    ["queue created last week", () => listQueue(supervisor, { view: "all", sort: "newest", from: day(7), to: day(0) }, now), supervisor],
    ["staff home", () => staffHome(agent, now), agent],
    ["my requests (heaviest customer)", () => listMyRequests(customer, 1), customer],
    ["my requests page 5", () => listMyRequests(customer, 5), customer],
    ["request detail + timeline", () => getRequest(customer, srn), customer],
    ["customer 360: all", () => searchCustomers(supervisor, {}), supervisor],
    ["customer 360: name", () => searchCustomers(supervisor, { q: "张伟" }), supervisor],
    ["customer 360: phone", () => searchCustomers(supervisor, { q: phone }), supervisor],
    ["customer 360: SRN", () => searchCustomers(supervisor, { q: srn }), supervisor],
    ["customer 360: enterprise", () => searchCustomers(supervisor, { type: "ENTERPRISE" }), supervisor],
    ["audit log", () => searchAuditLog(auditor, {}), auditor],
    ["audit log action=request.", () => searchAuditLog(auditor, { action: "request." }), auditor],
    ["audit log target=SRN", () => searchAuditLog(auditor, { target: srn }), auditor],
    ["audit log actor", () => searchAuditLog(auditor, { actor: "staff0001" }), auditor],
    ["audit log last week", () => searchAuditLog(auditor, { from: day(7), to: day(0) }), auditor],
    ["follow-ups open", () => listFollowUps(agent, "open", now), agent],
    ["follow-ups mine", () => listFollowUps(agent, "mine", now), agent],
    ["follow-ups overdue", () => listFollowUps(agent, "overdue", now), agent],
    ["follow-ups done", () => listFollowUps(agent, "done", now), agent],
    ["remedies proposed", () => listRemedies(supervisor, { status: "PROPOSED", after: null }), supervisor],
    ["remedies approved", () => listRemedies(supervisor, { status: "APPROVED", after: null }), supervisor],
    ["incidents (admin)", () => listIncidents(admin, null), admin],
    ["status: active incidents", () => listActiveIncidents(), admin],
    ["status: history", () => listRestoredIncidents({ area: null, after: null, now }), admin],
    ["status: feed", () => listFeedUpdates(now), admin],
    ["compliance: gather cases", () => gatherCases(now), admin],
    ["compliance: read", () => readCompliance(now), admin],
  ];

  const relRows = new Map<string, number>();
  const { rows: rels } = await pool.query<{ relname: string; n: number }>(
    `SELECT relname, GREATEST(reltuples, 0)::float8 AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`);
  for (const r of rels) relRows.set(r.relname, Number(r.n));

  type Row = { name: string; queries: number; ms: number; worst: SeqScan | null; filtered: number; verdict: "ok" | "FAIL"; error?: string };
  const results: Row[] = [];
  for (const [name, fn, actor] of cases) {
    captured = [];
    try {
      await fn(actor);
    } catch (error) {
      results.push({ name, queries: 0, ms: 0, worst: null, filtered: 0, verdict: "FAIL", error: error instanceof Error ? error.message.split("\n").at(-1) : String(error) });
      continue;
    }
    const selects = captured.filter((c) => /^\s*(SELECT|WITH)\b/i.test(c.query));
    let ms = 0;
    let worst: SeqScan | null = null;
    let failed = false;
    let filtered = 0;
    for (const q of selects) {
      const { rows } = await pool.query<{ "QUERY PLAN": Array<{ Plan: PlanNode; "Execution Time": number }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.query}`, q.params);
      const plan = rows[0]!["QUERY PLAN"][0]!;
      ms += plan["Execution Time"];
      filtered = Math.max(filtered, mostFiltered(plan.Plan));
      for (const scan of seqScans(plan.Plan, (rel) => relRows.get(rel) ?? 0)) {
        const size = Math.max(scan.rowsRead, scan.relationRows);
        if (!worst || size > Math.max(worst.rowsRead, worst.relationRows)) worst = scan;
        if (size > SEQ_SCAN_LIMIT) {
          failed = true;
          if (process.argv.includes("--verbose")) console.log(`\n[${name}] seq scan on ${scan.relation}:\n${q.query}\n${JSON.stringify(q.params)}`);
        }
      }
    }
    results.push({ name, queries: selects.length, ms, worst, filtered, verdict: failed ? "FAIL" : "ok" });
  }

  const w = Math.max(...results.map((r) => r.name.length));
  console.log(`${"query".padEnd(w)}  sql  total ms  largest seq scan (rows read / relation rows)   verdict  note`);
  for (const r of results) {
    const scan = r.error ? `error: ${r.error}` : r.worst ? `${r.worst.relation} ${Math.round(r.worst.rowsRead).toLocaleString("en")} / ${Math.round(r.worst.relationRows).toLocaleString("en")}` : "none";
    console.log(`${r.name.padEnd(w)}  ${String(r.queries).padStart(3)}  ${r.ms.toFixed(1).padStart(8)}  ${scan.padEnd(44)}  ${r.verdict.padEnd(7)}  ${r.filtered > SEQ_SCAN_LIMIT ? `warning: an index scan filtered out ${Math.round(r.filtered).toLocaleString("en")} rows` : ""}`);
  }
  const failures = results.filter((r) => r.verdict === "FAIL").length;
  console.log(failures ? `\n${failures} of ${results.length} failed (a sequential scan over more than ${SEQ_SCAN_LIMIT.toLocaleString("en")} rows, or an error).` : `\nAll ${results.length} passed.`);
  await pool.end();
  await closeDb();
  process.exit(failures ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
