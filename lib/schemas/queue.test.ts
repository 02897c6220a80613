import { describe, expect, it } from "vitest";
import { bulkAssignSchema, parseQueueParams, parseSearch, queueQuery } from "./queue";

describe("parseQueueParams", () => {
  it("defaults to the requests waiting for acceptance, nearest deadline first", () => {
    expect(parseQueueParams({})).toEqual({ filter: { view: "pending", sort: "due" }, invalid: [] });
  });

  it("reads every filter and writes the same URL back", () => {
    const params = {
      view: "open",
      status: "IN_PROGRESS",
      type: "FAULT_REPAIR",
      level: "1",
      team: "FIELD",
      owner: "me",
      area: "朝阳",
      due: "4",
      breached: "1",
      from: "2026-11-01",
      to: "2026-11-28",
      q: "张伟",
      sort: "level",
    };
    const { filter, invalid } = parseQueueParams(params);
    expect(invalid).toEqual([]);
    expect(filter).toMatchObject({ view: "open", status: "IN_PROGRESS", type: "FAULT_REPAIR", level: 1, team: "FIELD", owner: "me", area: "朝阳", dueWithinHours: 4, breached: true, from: "2026-11-01", to: "2026-11-28", q: "张伟", sort: "level" });
    expect(Object.fromEntries(new URLSearchParams(queueQuery(filter)))).toEqual(params);
  });

  it("drops and names each bad parameter, keeping the good ones", () => {
    const { filter, invalid } = parseQueueParams({
      view: "everything",
      status: "DONE",
      type: "fault",
      level: "4",
      team: "field; drop table",
      owner: "' or 1=1",
      area: "x".repeat(41),
      due: "0",
      breached: "yes",
      from: "2026-13-01",
      q: "1",
      sort: "random",
      after: "not base64!",
      to: "2026-11-28",
    });
    expect(invalid.sort()).toEqual(["after", "area", "breached", "due", "from", "level", "owner", "q", "sort", "status", "team", "type", "view"].sort());
    expect(filter).toEqual({ view: "pending", sort: "due", to: "2026-11-28" });
  });

  it("refuses an end date before the start date", () => {
    const { filter, invalid } = parseQueueParams({ from: "2026-11-20", to: "2026-11-01" });
    expect(invalid).toEqual(["to"]);
    expect(filter.from).toBe("2026-11-20");
    expect(filter.to).toBeUndefined();
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseQueueParams({ type: ["CONSULTATION", "FAULT_REPAIR"] }).filter.type).toBe("CONSULTATION");
  });

  it("keeps the cursor in links only when asked", () => {
    const { filter } = parseQueueParams({ view: "active", after: "abc_DEF-123" });
    expect(queueQuery(filter)).toBe("?view=active");
    expect(queueQuery(filter, {}, true)).toBe("?view=active&after=abc_DEF-123");
  });
});

describe("parseSearch", () => {
  it("tells an SRN, a phone tail and a name apart", () => {
    expect(parseSearch(" sr20261128000012 ")).toEqual({ kind: "srn", srn: "SR20261128000012" });
    expect(parseSearch("5678")).toEqual({ kind: "phoneTail", digits: "5678" });
    expect(parseSearch("张伟")).toEqual({ kind: "name", text: "张伟" });
    expect(parseSearch("Star River")).toEqual({ kind: "name", text: "Star River" });
  });

  it("refuses what could match too much or nothing useful", () => {
    for (const q of ["", " ", "1", "123", "12345", "张", "x".repeat(51)]) expect(parseSearch(q), q).toBeNull();
  });
});

describe("bulkAssignSchema", () => {
  const item = { srn: "SR20261128000001", version: 1 };
  it("needs at least one request, at most 50, and an owner or a team", () => {
    expect(bulkAssignSchema.safeParse({ items: [item], ownerId: "cabc", teamCode: "" }).success).toBe(true);
    expect(bulkAssignSchema.safeParse({ items: [item], ownerId: "", teamCode: "FIELD" }).success).toBe(true);
    expect(bulkAssignSchema.safeParse({ items: [], ownerId: "cabc", teamCode: "" }).error?.issues[0]?.message).toBe("validation.pickRequests");
    expect(bulkAssignSchema.safeParse({ items: Array(51).fill(item), ownerId: "cabc", teamCode: "" }).error?.issues[0]?.message).toBe("validation.tooManyRequests");
    expect(bulkAssignSchema.safeParse({ items: [item], ownerId: "", teamCode: "" }).error?.issues[0]?.message).toBe("validation.assignTarget");
    expect(bulkAssignSchema.safeParse({ items: [{ srn: "x", version: 1 }], ownerId: "cabc", teamCode: "" }).success).toBe(false);
  });
});
