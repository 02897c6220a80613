import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
// @ts-expect-error -- a plain .mjs script without type declarations
import { scanLog } from "../scripts/scan-logs.mjs";

// After the suite: the server's log of this run (scripts/e2e-server.mjs tees it) must hold no
// phone number, ID number or password, although the tests typed plenty of them (issue 8 part 8).
export default async function globalTeardown() {
  const file = path.resolve(import.meta.dirname, "..", "data", "e2e-server.log");
  if (!existsSync(file)) {
    console.warn("global-teardown: no server log (a server started outside this run was reused); not scanned");
    return;
  }
  // Give the tee a moment to flush the last lines.
  await new Promise((r) => setTimeout(r, 500));
  const text = readFileSync(file, "utf8");
  const findings = scanLog(text) as { line: number; kind: string; hint: string }[];
  if (findings.length) {
    throw new Error(`The server logged personal data:\n${findings.map((f) => `data/e2e-server.log:${f.line}: ${f.kind} (${f.hint})`).join("\n")}`);
  }
  console.log(`global-teardown: ${text.split("\n").length - 1} server log line(s) scanned, no personal data`);
}
