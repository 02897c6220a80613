import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";

// The plan and bill pages keep their error messages in their own namespace ("plans.errors.…");
// the shared check in messages.test.ts looks only at "errors." and "validation.", so this one
// looks at these.
const root = path.resolve(import.meta.dirname, "..");
const KEY = /"(plans\.errors\.[A-Za-z]+)"/g;

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split(path.sep).includes("generated"))
    .map((f) => path.join(dir, f));
}

describe("plans error messages", () => {
  it("exist in every language for every key the code uses", () => {
    const used = new Set<string>();
    for (const file of [...files("server"), ...files("app"), ...files("lib")]) for (const m of readFileSync(path.join(root, file), "utf8").matchAll(KEY)) used.add(m[1]!);
    expect([...used]).toEqual(expect.arrayContaining(["plans.errors.lockIn", "plans.errors.pendingExists", "plans.errors.systemDriven"]));
    expect([...used].flatMap((key) => localesMissing(key).map((locale) => `${key} missing in ${locale}`))).toEqual([]);
  });
});
