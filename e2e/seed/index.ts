// Data only the end-to-end suite needs, added by scripts/e2e-server.mjs after the demo seed on
// the suite's throw-away database (PGlite allows one process per data folder, so specs cannot
// write to it while the server runs). Each seeder owns its records and touches nothing else.
import { openScriptClient } from "../../prisma/client";
import { seedStatusE2e } from "./status";

const SEEDERS = [seedStatusE2e];

async function main() {
  const { prisma, close } = await openScriptClient();
  try {
    for (const seed of SEEDERS) await seed(prisma, new Date());
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
