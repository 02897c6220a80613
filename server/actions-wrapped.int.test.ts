import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isWrappedAction } from "./action";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));

const root = path.resolve(import.meta.dirname, "..");
const actionFiles = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((f) => path.basename(f) === "actions.ts")
  .map((f) => path.join("app", f))
  .sort();

// Every server action is a public POST endpoint: each must be built with action()/publicAction().
describe("app/**/actions.ts", () => {
  it("are found", () => {
    expect(actionFiles).toEqual(expect.arrayContaining(["app/account/requests/actions.ts", "app/admin/requests/actions.ts"]));
  });

  it.each(actionFiles)("%s is a 'use server' file exporting only wrapped actions", async (file) => {
    expect(readFileSync(path.join(root, file), "utf8")).toMatch(/^["']use server["'];/);
    const exports = Object.entries(await import(/* @vite-ignore */ path.join(root, file)));
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.filter(([, value]) => !isWrappedAction(value)).map(([name]) => name)).toEqual([]);
  });

  it("isWrappedAction says no to a plain function", () => {
    expect(isWrappedAction(async () => ({ ok: true }))).toBe(false);
    expect(isWrappedAction(undefined)).toBe(false);
  });
});
