import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // The real package throws outside React Server Components; tests import server modules directly.
  "server-only": path.join(root, "prisma/test/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts", "messages/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          // One database per test file, cloned from a migrated template made once per run.
          globalSetup: ["prisma/test/global-setup.ts"],
          setupFiles: ["prisma/test/setup-file.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
          pool: "forks",
          // next-auth imports "next/server" without an extension, which Node's ESM loader
          // rejects; letting Vite resolve it makes server/auth.ts importable in tests.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
