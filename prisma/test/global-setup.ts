// Once per integration run: a migrated template database that every test file clones.
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../migrations-engine";
import { adminQuery, newPgliteDir, removeDir, target, withDatabase } from "./engines";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (target.kind === "postgresql") {
    const name = `sh_test_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = withDatabase(target.url, name);
    await migrateDeploy({ kind: "postgresql", url });
    project.provide("templateUrl", url);
    console.log(`[integration] engine: PostgreSQL (template ${name})`);
    return async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
  }
  const dir = newPgliteDir("template");
  await migrateDeploy({ kind: "pglite", dataDir: dir });
  project.provide("templateUrl", `pglite:${dir}`);
  console.log("[integration] engine: PGlite");
  return () => removeDir(dir);
}
