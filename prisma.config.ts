import { defineConfig } from "prisma/config";

// The CLI is only used to generate the client (offline); migrations are applied by scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
