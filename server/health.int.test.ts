import { describe, expect, it } from "vitest";
import { checkDatabase } from "./health";

describe("checkDatabase", () => {
  it("is true when the database answers", async () => {
    expect(await checkDatabase()).toBe(true);
  });
});
