import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGE_FILES, flattenKeys, localesMissing } from "@/prisma/test/messages";

const root = path.resolve(import.meta.dirname, "..");
const KEY_PATTERN = /"((?:validation|errors)\.[A-Za-z0-9.]+)"/g;

/** Source files (not tests, not generated code) under the given top-level folders. */
function sourceFiles(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split(path.sep).includes("generated"))
      .map((f) => path.join(dir, f)),
  );
}

function keysUsedIn(files: string[]) {
  const used = new Map<string, string>();
  for (const file of files) {
    for (const match of readFileSync(path.join(root, file), "utf8").matchAll(KEY_PATTERN)) used.set(match[1]!, file);
  }
  return used;
}

describe("message files", () => {
  it("zh-CN and en have exactly the same keys", () => {
    const zh = flattenKeys(MESSAGE_FILES["zh-CN"]).sort();
    const en = flattenKeys(MESSAGE_FILES.en).sort();
    expect(zh.length).toBeGreaterThan(50);
    expect(zh.filter((k) => !en.includes(k)), "in zh-CN only").toEqual([]);
    expect(en.filter((k) => !zh.includes(k)), "in en only").toEqual([]);
  });

  it("have no empty messages", () => {
    for (const [locale, messages] of Object.entries(MESSAGE_FILES)) {
      for (const key of flattenKeys(messages)) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(typeof value === "string" && value.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
  });

  it("contain every validation and error key used in lib/, server/ and app/", () => {
    const used = keysUsedIn(sourceFiles("lib", "server", "app"));
    // The scan must find the keys we know are used, or it is scanning nothing.
    expect([...used.keys()]).toEqual(expect.arrayContaining(["validation.phone", "errors.notFound", "errors.duplicateOpen"]));
    const missing = [...used].flatMap(([key, file]) => localesMissing(key).map((locale) => `${key} (${file}) missing in ${locale}`));
    expect(missing).toEqual([]);
  });
});
