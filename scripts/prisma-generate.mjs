// Runs `prisma generate` without the native schema engine, which cannot be downloaded on
// machines without access to Prisma's binary host (see docs/decisions/0002-database.md).
// Generation does not need the engine; pointing PRISMA_SCHEMA_ENGINE_BINARY at a script that
// fails loudly keeps the CLI from trying to download it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, "prisma", "schema.prisma"))) process.exit(0);
const stub = path.join(root, "scripts", "no-schema-engine.sh");
const result = spawnSync("npx", ["prisma", "generate"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
