import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Code that may reach the browser must never import the database client or server modules.
const serverOnlyImports = {
  // Type-only imports vanish at compile time, so they may name server types (DTO shapes).
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ["@/server", "@/server/*", "**/server/*"], allowTypeImports: true, message: "Client-safe code must not import server/: pass data from a server component or action." },
        { group: ["@prisma/*", "**/generated/prisma*", "pg", "@electric-sql/*"], message: "Only server/ talks to the database." },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "server/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "**/generated/prisma*", "pg", "@electric-sql/*"], message: "Pages and actions go through server/dal, never the database client." }] },
      ],
    },
  },
  // Client-safe code: shared libraries, components, and the route-local components in app/.
  { files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "app/**/_components/**/*.{ts,tsx}"], rules: serverOnlyImports },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
];

export default config;
