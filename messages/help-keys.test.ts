import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";

// The FAQ's error and validation messages live in its own namespace (help.errors.*,
// help.validation.*); messages.test.ts checks the shared ones. Every such key in the code exists.
const root = path.resolve(import.meta.dirname, "..");
const FILES = ["lib/schemas/help.ts", "server/dal/help.ts", "server/dal/help-admin.ts", ...readdirSync(path.join(root, "app/admin/help"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tsx") || f.endsWith(".ts")).map((f) => `app/admin/help/${f}`)];

describe("help message keys", () => {
  it("exist in both languages for every key the FAQ code uses", () => {
    const used = new Set<string>();
    for (const file of FILES) for (const m of readFileSync(path.join(root, file), "utf8").matchAll(/"(help\.(?:errors|validation)\.[A-Za-z]+)"/g)) used.add(m[1]!);
    expect([...used]).toEqual(expect.arrayContaining(["help.validation.slug", "help.errors.conflict", "help.errors.voteThrottled", "help.validation.slugTaken"]));
    expect([...used].flatMap((key) => localesMissing(key).map((locale) => `${key} in ${locale}`))).toEqual([]);
  });
});
