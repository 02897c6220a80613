import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// After the suite: the server's log of this run (scripts/e2e-server.mjs tees it) must hold no
// phone number, ID number or password, although the tests typed plenty of them (issue 8 part 8).
export default async function globalTeardown() {
  const root = path.resolve(__dirname, "..");
  const file = path.join(root, "data", "e2e-server.log");
  if (!existsSync(file)) {
    console.warn("global-teardown: no server log (a server started outside this run was reused); not scanned");
    return;
  }
  // Give the tee a moment to flush the last lines.
  await new Promise((r) => setTimeout(r, 500));
  const scan = spawnSync(process.execPath, [path.join(root, "scripts", "scan-logs.mjs"), file], { encoding: "utf8" });
  console.log(scan.stdout.trim());
  if (scan.status !== 0) throw new Error(`The server logged personal data (scripts/scan-logs.mjs):\n${scan.stderr}`);
}
