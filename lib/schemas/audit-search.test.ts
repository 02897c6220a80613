import { describe, expect, it } from "vitest";
import { auditQuery, parseAuditParams } from "./audit-search";

describe("parseAuditParams", () => {
  it("reads every field and writes the same URL back", () => {
    const params = { actor: "王芳", action: "request.", targetType: "ServiceRequest", target: "SR20261128000001", from: "2026-11-01", to: "2026-11-28" };
    const { search, invalid } = parseAuditParams(params);
    expect(invalid).toEqual([]);
    expect(search).toEqual(params);
    expect(Object.fromEntries(new URLSearchParams(auditQuery(search)))).toEqual(params);
  });

  it("normalises an SRN and accepts a record id", () => {
    expect(parseAuditParams({ target: " sr20261128000001 " }).search.target).toBe("SR20261128000001");
    expect(parseAuditParams({ target: "cmabc123def456ghi789" }).search.target).toBe("cmabc123def456ghi789");
  });

  it("drops and names bad fields", () => {
    const { search, invalid } = parseAuditParams({ actor: "x", action: "DROP TABLE", targetType: "user", target: "'; --", from: "yesterday", after: "!!" });
    expect(invalid.sort()).toEqual(["action", "actor", "after", "from", "target", "targetType"]);
    expect(search).toEqual({});
    expect(parseAuditParams({ from: "2026-11-28", to: "2026-11-01" }).invalid).toEqual(["to"]);
  });
});
