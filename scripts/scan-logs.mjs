// Scans a server log for personal data that must never be logged (issue 8 part 8): mainland
// mobile numbers, resident ID numbers and the demo password. The e2e run tees the server's
// output to data/e2e-server.log (scripts/e2e-server.mjs) and e2e/global-teardown.ts runs this
// on it after the suite; `node scripts/scan-logs.mjs <file>` runs it by hand.
import { readFileSync } from "node:fs";

// Standing alone, not inside a longer run of letters or digits (UUIDs, hex ids, timestamps).
const PATTERNS = [
  ["a mobile number", /(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])/g],
  ["an ID number", /(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/g],
  ["the demo password", /Demo1234/g],
];

/** The findings in `text`: line number, kind and a masked hint, never the value itself. */
export function scanLog(text) {
  const findings = [];
  text.split("\n").forEach((line, i) => {
    for (const [kind, pattern] of PATTERNS) {
      for (const match of line.matchAll(pattern)) findings.push({ line: i + 1, kind, hint: `${match[0].slice(0, 3)}…` });
    }
  });
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node scripts/scan-logs.mjs <log file>");
    process.exit(2);
  }
  const findings = scanLog(readFileSync(file, "utf8"));
  for (const f of findings) console.error(`${file}:${f.line}: ${f.kind} (${f.hint})`);
  console.log(findings.length ? `${file}: ${findings.length} finding(s) of personal data` : `${file}: no personal data found`);
  process.exit(findings.length ? 1 : 0);
}
