import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";

// The privacy centre's error and validation messages live under privacy.errors.* (the shared
// test in messages.test.ts checks only errors.* and validation.*): every one used must exist.
const root = path.resolve(import.meta.dirname, "..");
const files = ["lib", "server", "app", "components"].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split(path.sep).includes("generated"))
    .map((f) => path.join(dir, f)),
);

describe("privacy message keys", () => {
  it("every privacy.errors.* key used in the code exists in both languages", () => {
    const used = new Set<string>();
    for (const file of files) for (const m of readFileSync(path.join(root, file), "utf8").matchAll(/"(privacy\.errors\.[A-Za-z0-9]+)"/g)) used.add(m[1]!);
    expect([...used]).toEqual(expect.arrayContaining(["privacy.errors.phoneInUse", "privacy.errors.codeInvalid"]));
    expect([...used].flatMap((k) => localesMissing(k).map((l) => `${k} missing in ${l}`))).toEqual([]);
  });
});
