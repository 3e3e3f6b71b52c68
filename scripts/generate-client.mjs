// Generates the Prisma client without Prisma's Rust schema engine, which cannot be downloaded here:
// generation only needs the WASM schema parser that ships in the npm package.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true", CHECKPOINT_DISABLE: "1" },
});
process.exit(result.status ?? 1);
