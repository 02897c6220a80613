// Prisma CLI configuration. Only `prisma generate` uses the CLI here; migrations run through
// scripts/migrate.ts (the native schema engine cannot be downloaded on every machine).
// DATABASE_URL is read directly: prisma's env() throws when it is unset, which breaks generate.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --require ./scripts/server-only-shim.cjs prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://unused" },
});
