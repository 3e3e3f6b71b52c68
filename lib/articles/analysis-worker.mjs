// Entry of an analysis worker (node:worker_threads), started by lib/articles/analysis-pool.ts.
//
// The pipeline is TypeScript. Under `next build` Turbopack bundles this file as a worker entry and
// compiles the import below with it, so `next start` runs plain JavaScript. Run from source (the
// CLI through tsx, vitest) nothing has compiled it, and Node 20 does not pass tsx's loader hooks on
// to worker threads: the import fails with ERR_UNKNOWN_FILE_EXTENSION, and the same module is then
// loaded through tsx's programmatic API instead.
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";

async function loadAnalysisJob() {
  try {
    return await import("./analysis-job.ts");
  } catch (error) {
    if (error?.code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    const { tsImport } = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "tsx/esm/api");
    const tsconfig = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
    return tsImport("./analysis-job.ts", { parentURL: import.meta.url, tsconfig });
  }
}

const { serveAnalysisJobs } = await loadAnalysisJob();
serveAnalysisJobs(parentPort);
