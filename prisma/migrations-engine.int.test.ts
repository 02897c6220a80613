import { describe, expect, it } from "vitest";
import { pendingSchemaSql, readMigrations } from "./migrations-engine";

describe("migrations", () => {
  it("are present", () => {
    expect(readMigrations().migrationDirectories.length).toBeGreaterThan(0);
  });

  it("match schema.prisma (no migration is missing)", async () => {
    expect(await pendingSchemaSql()).toBeNull();
  }, 60_000);
});
