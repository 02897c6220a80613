// The scale seed at a tiny scale (PostgreSQL only: it loads with pg and set-based SQL): SRNs are
// well-formed and unique and the counters continue them, the load is skewed, every reference
// holds, dueAt matches the trigger's rule, and the app's DAL lists a scale customer's requests.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listMyRequests } from "@/server/dal/requests";
import { SRN_PATTERN } from "@/lib/domain/srn";
import { runSeed } from "@/prisma/seed";
import { target } from "@/prisma/test/engines";
import { inspect, seedScale } from "./seed-scale";

const CUSTOMERS = 200;
const REQUESTS = 2000;

describe.runIf(target.kind === "postgresql")("scale seed", () => {
  it("loads skewed, consistent data the app can read", async () => {
    await runSeed(db, { ifEmpty: false, description: "test", areas: [] });
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const now = new Date();
      const { counts } = await seedScale(client, { customers: CUSTOMERS, requests: REQUESTS, staff: 20, now });
      expect(counts["service requests"]).toBe(REQUESTS);
      expect(counts.customers).toBe(CUSTOMERS);
      expect(await inspect(client)).toMatchObject({ scale: CUSTOMERS, foreign: 0 });

      const q = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
      // SRNs: the format, unique, and every day's counter at the day's highest sequence.
      const srns = await q<{ srn: string }>(`SELECT srn FROM "ServiceRequest"`);
      for (const { srn } of srns) expect(srn).toMatch(SRN_PATTERN);
      expect(new Set(srns.map((r) => r.srn)).size).toBe(srns.length);
      const [counter] = await q<{ bad: string }>(`
        SELECT count(*) AS bad FROM (SELECT substr(srn, 3, 8) AS day, max(substr(srn, 11)::int) AS top FROM "ServiceRequest" GROUP BY 1) d
        LEFT JOIN "SrnCounter" k ON k.day = d.day WHERE k.last IS DISTINCT FROM d.top`);
      expect(Number(counter!.bad)).toBe(0);

      // Skew: the busiest fifth of the scale customers holds most of their requests.
      const perCustomer = await q<{ n: string }>(`SELECT count(*) AS n FROM "ServiceRequest" WHERE id LIKE 'scr%' GROUP BY "customerId" ORDER BY 1 DESC`);
      const top = perCustomer.slice(0, CUSTOMERS / 5).reduce((s, r) => s + Number(r.n), 0);
      expect(top / REQUESTS).toBeGreaterThan(0.6);
      // …but no single customer holds a large share of everything (a long tail, not one giant).
      expect(Number(perCustomer[0]!.n) / REQUESTS).toBeLessThan(0.15);

      // References: a request's line is its customer's; timelines 1–6 events, starting with "created".
      const [sanity] = await q<{ foreign_line: string; no_created: string; too_many: string; bad_due: string; every_type: string }>(`
        SELECT
          (SELECT count(*) FROM "ServiceRequest" r JOIN "Line" l ON l.id = r."lineId" WHERE l."customerId" <> r."customerId") AS foreign_line,
          (SELECT count(*) FROM "ServiceRequest" r WHERE NOT EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id AND e.kind = 'created')) AS no_created,
          (SELECT count(*) FROM (SELECT "requestId" FROM "RequestEvent" GROUP BY 1 HAVING count(*) > 6) x) AS too_many,
          (SELECT count(*) FROM "ServiceRequest" r WHERE r."dueAt" IS DISTINCT FROM (CASE
             WHEN r.status IN ('CLOSED', 'RETURNED', 'WITHDRAWN') THEN NULL
             WHEN r."clockPausedAt" IS NOT NULL THEN (CASE WHEN r.type = 'COMPLAINT' AND r."resolvedAt" IS NULL THEN r."resolveBy" END)
             ELSE LEAST(CASE WHEN r."acceptedAt" IS NULL THEN r."acceptBy" END, CASE WHEN r."respondedAt" IS NULL THEN r."respondBy" END,
                        CASE WHEN r."resolvedAt" IS NULL THEN r."resolveBy" END) END)) AS bad_due,
          (SELECT count(DISTINCT type) FROM "ServiceRequest" WHERE id LIKE 'scr%') AS every_type`);
      expect(sanity).toEqual({ foreign_line: "0", no_created: "0", too_many: "0", bad_due: "0", every_type: "7" });
      const [times] = await q<{ late: string; complaints_without_category: string }>(`
        SELECT (SELECT count(*) FROM "ServiceRequest" WHERE "createdAt" > now() OR "acceptBy" <= "createdAt"
                  OR "resolvedAt" < "createdAt" OR "closedAt" < "resolvedAt") AS late,
               (SELECT count(*) FROM "ServiceRequest" WHERE type = 'COMPLAINT' AND id LIKE 'scr%' AND NOT details ? 'category') AS complaints_without_category`);
      expect(times).toEqual({ late: "0", complaints_without_category: "0" });
      const [others] = await q<{ ratings: string; notifications: string; audits: string }>(`
        SELECT (SELECT count(*) FROM "Rating" WHERE id LIKE 'scr%') AS ratings, (SELECT count(*) FROM "Notification" WHERE id LIKE 'scr%') AS notifications,
               (SELECT count(*) FROM "AuditLog" WHERE id LIKE 'scr%') AS audits`);
      expect(Number(others!.ratings)).toBeGreaterThan(0);
      expect(Number(others!.notifications)).toBeGreaterThanOrEqual(REQUESTS);
      expect(Number(others!.audits)).toBeGreaterThanOrEqual(REQUESTS);

      // The app reads it: the busiest customer's first page through the real DAL, newest first.
      const [busiest] = await q<{ customerId: string; userId: string; n: string }>(`
        SELECT r."customerId", u.id AS "userId", count(*) AS n FROM "ServiceRequest" r JOIN "User" u ON u."customerId" = r."customerId"
        WHERE r.id LIKE 'scr%' GROUP BY 1, 2 ORDER BY n DESC LIMIT 1`);
      const page = await listMyRequests({ kind: "customer", userId: busiest!.userId, role: "CUSTOMER", customerId: busiest!.customerId, displayName: "x" }, 1);
      expect(page.total).toBe(Number(busiest!.n));
      expect(page.items.length).toBeGreaterThan(0);
      const created = page.items.map((i) => i.createdAt.getTime());
      expect([...created].sort((a, b) => b - a)).toEqual(created);
    } finally {
      await client.end();
    }
  }, 180_000);
});
