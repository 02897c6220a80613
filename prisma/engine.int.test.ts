import pg from "pg";
import { describe, expect, it } from "vitest";
import { openScriptClient } from "./client";
import { parseDatabaseUrl } from "./engine";
import { engineName } from "./test/engines";

// PGlite always runs in UTC; a PostgreSQL server may not.
describe.skipIf(engineName !== "postgresql")("PostgreSQL engine", () => {
  it("stores and reads instants correctly when the server's time zone is not UTC", async () => {
    const url = process.env.DATABASE_URL!;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone TO 'Asia/Shanghai'`);
      // A fresh engine: new connections pick up the database's default time zone.
      const { prisma, close } = await openScriptClient(parseDatabaseUrl(url));
      try {
        const at = new Date("2026-01-01T00:00:00.000Z");
        await prisma.rateLimit.create({ data: { key: "tz-check", windowStart: at } });
        const [stored] = await prisma.$queryRaw<Array<{ epoch: number }>>`
          SELECT extract(epoch FROM "windowStart")::float8 AS epoch FROM "RateLimit" WHERE "key" = 'tz-check'`;
        expect(stored!.epoch * 1000).toBe(at.getTime());
        const [{ now }] = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
        // Not a timing check: a time-zone mix-up is off by whole hours.
        expect(Math.abs(now.getTime() - Date.now())).toBeLessThan(30 * 60_000);
      } finally {
        await close();
      }
    } finally {
      await admin.end();
    }
  });
});
