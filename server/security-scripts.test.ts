import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs scripts (allowJs is off); their functions are tested here
import { blockingAdvisories, recordedExceptions } from "../scripts/audit-deps.mjs";
// @ts-expect-error -- see above
import { scanLog } from "../scripts/scan-logs.mjs";

// The two CI guards of issue 8: the e2e server-log scan and the dependency audit's exceptions.

describe("scripts/scan-logs.mjs", () => {
  it("finds phone numbers, ID numbers and the demo password without echoing them", () => {
    const log = [
      '{"msg":"ok","requestId":"0f1e2d3c-4b5a-6978-8a9b-123456789012","ms":13800}',
      '{"msg":"user 13800000001 signed in"}',
      '{"err":"duplicate 11010519491231002X"}',
      '{"input":{"password":"Demo1234"}}',
    ].join("\n");
    const findings = scanLog(log) as { line: number; kind: string; hint: string }[];
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [2, "a mobile number"],
      [3, "an ID number"],
      [4, "the demo password"],
    ]);
    expect(JSON.stringify(findings)).not.toContain("13800000001");
  });

  it("leaves request numbers, UUIDs, hex ids and durations alone", () => {
    expect(scanLog('{"srn":"SR20261129000123","action":"7f0b3fd59863ba50ee659b7709732ba5d3ef2f07e6","ms":13800000}')).toEqual([]);
  });
});

describe("scripts/audit-deps.mjs", () => {
  const report = {
    vulnerabilities: {
      pkga: { via: [{ source: 1, severity: "high", title: "A", url: "https://github.com/advisories/GHSA-aaaa-bbbb-cccc" }] },
      pkgb: { via: [{ source: 2, severity: "moderate", title: "B", url: "https://github.com/advisories/GHSA-dddd-eeee-ffff" }, "pkga"] },
      pkgc: { via: [{ source: 3, severity: "critical", title: "C", url: "https://github.com/advisories/GHSA-gggg-hhhh-jjjj" }] },
    },
  };

  it("blocks high and critical advisories only", () => {
    expect(blockingAdvisories(report).map((a: { pkg: string; id: string }) => `${a.pkg} ${a.id}`)).toEqual([
      "pkga GHSA-aaaa-bbbb-cccc",
      "pkgc GHSA-gggg-hhhh-jjjj",
    ]);
  });

  it("accepts exactly the GHSA ids recorded under 'Audit exceptions'", () => {
    const md = "# Security\n\nGHSA-pppp-qqqq-rrrr elsewhere\n\n## Audit exceptions\n\n| GHSA-gggg-hhhh-jjjj | pkgc | not reachable |\n\n## Next\n\nGHSA-mmmm-vvvv-wwww\n";
    expect([...recordedExceptions(md)]).toEqual(["GHSA-gggg-hhhh-jjjj"]);
  });
});
