import { Worker } from "node:worker_threads";
import type { TAnalysisJob, TAnalysisJobResult, TFromWorker, TJobFailure, TToWorker } from "./analysis-protocol";

export type TSlotOutcome =
  | { kind: "done"; result: TAnalysisJobResult }
  | { kind: "failed"; failure: TJobFailure }
  | { kind: "timeout" }
  | { kind: "out-of-memory" }
  | { kind: "crashed"; error: Error };

export type TSlotLimits = { timeLimitMs: number; memoryLimitMb: number; bootLimitMs: number };

type TCurrent = { id: number; settle: (outcome: TSlotOutcome) => void };

/**
 * One worker thread of the pool. It starts on first use, runs one job at a time under the time
 * limit, and is thrown away (terminated) when a job overruns, runs out of memory or crashes; the
 * next job starts a fresh one. An idle worker does not keep the process alive.
 */
export class AnalysisWorkerSlot {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private booting: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private current: TCurrent | null = null;
  private nextId = 0;
  busy = false;

  constructor(private readonly limits: TSlotLimits) {}

  /** Runs one job; never rejects: every way a job can end is an outcome. */
  async run(job: TAnalysisJob): Promise<TSlotOutcome> {
    this.busy = true;
    const worker = this.start();
    worker.ref();
    try {
      await this.ready;
      return await this.post(worker, job);
    } catch (error) {
      return { kind: "crashed", error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      this.busy = false;
      this.worker?.unref();
    }
  }

  /** Stops the worker (if any); a job still running ends as crashed. */
  async terminate(): Promise<void> {
    const worker = this.worker;
    this.discard(new Error("the analysis pool was closed"));
    await worker?.terminate();
  }

  private post(worker: Worker, job: TAnalysisJob): Promise<TSlotOutcome> {
    return new Promise((resolve) => {
      const id = ++this.nextId;
      // The clock starts once the worker is ready: starting a worker is not the article's cost.
      const timer = setTimeout(() => {
        this.current = null;
        this.discard(null);
        resolve({ kind: "timeout" });
      }, this.limits.timeLimitMs);
      this.current = {
        id,
        settle: (outcome) => {
          clearTimeout(timer);
          this.current = null;
          resolve(outcome);
        },
      };
      worker.postMessage({ id, job } satisfies TToWorker);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./analysis-worker.mjs", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryLimitMb },
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => this.discard(new Error(`the analysis worker did not start within ${this.limits.bootLimitMs} ms`)), this.limits.bootLimitMs);
      this.booting = {
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
    });
    worker.on("message", (message: TFromWorker) => this.receive(message));
    worker.on("error", (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      if (error.code !== "ERR_WORKER_OUT_OF_MEMORY") this.discard(error);
      else if (this.current) {
        this.current.settle({ kind: "out-of-memory" });
        this.discard(null);
      } else {
        const limit = `${this.limits.memoryLimitMb} MB (ANALYSIS_MEMORY_LIMIT_MB)`;
        this.discard(new Error(`the analysis worker ran out of memory while starting: the memory limit of ${limit} is too small for the pipeline itself`));
      }
    });
    worker.on("exit", (code) => {
      if (this.worker === worker) this.discard(new Error(`the analysis worker stopped (exit code ${code})`));
    });
    return worker;
  }

  private receive(message: TFromWorker): void {
    if (message.type === "ready") {
      this.booting?.resolve();
      this.booting = null;
      return;
    }
    if (!this.current || this.current.id !== message.id) return;
    this.current.settle(message.type === "done" ? { kind: "done", result: message.result } : { kind: "failed", failure: message.failure });
  }

  /** Forgets the worker and terminates it; whoever waits on it learns why (`reason`), unless already told. */
  private discard(reason: Error | null): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (reason) {
      this.booting?.reject(reason);
      this.current?.settle({ kind: "crashed", error: reason });
    }
    this.booting = null;
    this.current = null;
    void worker?.terminate().catch(() => undefined);
  }
}
