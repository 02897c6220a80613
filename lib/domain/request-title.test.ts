import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { CHANGE_KINDS, CONSULTATION_TOPICS, FAULT_SYMPTOMS, OPENING_KINDS } from "../schemas/request-create";
import { titleKey } from "./request-title";

describe("titleKey", () => {
  it("names the message of every code each form can give as a title", () => {
    const cases = [
      ...FAULT_SYMPTOMS.map((c) => ["FAULT_REPAIR", c] as const),
      ...OPENING_KINDS.map((c) => ["SERVICE_OPENING", c] as const),
      ...CHANGE_KINDS.map((c) => ["BUSINESS_CHANGE", c] as const),
      ...CONSULTATION_TOPICS.map((c) => ["CONSULTATION", c] as const),
    ];
    for (const [type, code] of cases) {
      const key = titleKey(type, code);
      expect(key, `${type} ${code}`).not.toBeNull();
      expect(localesMissing(`request.${key}`), `${type} ${code}`).toEqual([]);
    }
  });

  it("gives free text and types without coded titles no key", () => {
    expect(titleKey("FAULT_REPAIR", "手机没信号")).toBeNull();
    expect(titleKey("COMPLAINT", "BILLING")).toBeNull();
  });
});
