import { ArticleLimitError, analysisLimitsFromEnv, type TAnalysisLimits } from "./article-limits";
import { errorOfJobFailure, type TAnalysisJob, type TAnalysisJobResult } from "./analysis-protocol";
import { AnalysisWorkerSlot, type TSlotOutcome } from "./analysis-worker-slot";
import { FairQueue, QueueFullError } from "./fair-queue";

type TTask = { job: TAnalysisJob; resolve: (result: TAnalysisJobResult) => void; reject: (error: Error) => void };

/** Starting a worker loads the pipeline (and, from source, compiles it); far longer means it is stuck. */
const BOOT_LIMIT_MS = 120_000;

/**
 * Runs article analysis off the calling thread: a few worker threads, each job bounded in wall time
 * and memory, fed from a bounded queue that takes clients in turn. The calling thread only waits,
 * so a server keeps answering reads while an article is analysed.
 */
export class AnalysisPool {
  private readonly slots: AnalysisWorkerSlot[];
  private readonly queue: FairQueue<TTask>;
  /** A running average of job time, for the Retry-After of a full queue. */
  private averageJobMs = 1_000;
  private running = 0;

  constructor(readonly limits: TAnalysisLimits) {
    const slotLimits = { timeLimitMs: limits.timeLimitMs, memoryLimitMb: limits.memoryLimitMb, bootLimitMs: BOOT_LIMIT_MS };
    this.slots = Array.from({ length: limits.workers }, () => new AnalysisWorkerSlot(slotLimits));
    this.queue = new FairQueue({ total: limits.queueLimit, perClient: limits.queuePerClient });
  }

  /** Analyses one article in a worker; `client` names who asked, so clients take turns in the queue. */
  run(job: TAnalysisJob, client = "local"): Promise<TAnalysisJobResult> {
    const refusal = this.queue.refusal(client);
    if (refusal) return Promise.reject(new QueueFullError(this.retryAfterSeconds(), refusal));
    return new Promise((resolve, reject) => {
      this.queue.push(client, { job, resolve, reject });
      this.dispatch();
    });
  }

  /** How many articles wait for a worker and how many are being analysed. */
  stats(): { queued: number; running: number } {
    return { queued: this.queue.length, running: this.running };
  }

  /** Stops every worker; jobs still waiting are refused. */
  async close(): Promise<void> {
    for (let task = this.queue.shift(); task; task = this.queue.shift()) task.reject(new Error("the analysis pool was closed"));
    await Promise.all(this.slots.map((slot) => slot.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const task = this.queue.shift();
      if (!task) return;
      void this.runOn(slot, task);
    }
  }

  private async runOn(slot: AnalysisWorkerSlot, task: TTask): Promise<void> {
    this.running++;
    const started = performance.now();
    const outcome = await slot.run(task.job);
    this.running--;
    this.averageJobMs = 0.8 * this.averageJobMs + 0.2 * (performance.now() - started);
    if (outcome.kind === "done") task.resolve(outcome.result);
    else task.reject(this.errorOf(task.job.label, outcome));
    this.dispatch();
  }

  private errorOf(label: string, outcome: Exclude<TSlotOutcome, { kind: "done" }>): Error {
    switch (outcome.kind) {
      case "timeout":
        return ArticleLimitError.time(label, this.limits.timeLimitMs);
      case "out-of-memory":
        return ArticleLimitError.memory(label, this.limits.memoryLimitMb);
      case "failed":
        return errorOfJobFailure(outcome.failure);
      case "crashed":
        return new Error(`${label}: the analysis worker failed: ${outcome.error.message}`);
    }
  }

  private retryAfterSeconds(): number {
    const waitMs = ((this.queue.length + this.running) * this.averageJobMs) / this.slots.length;
    return Math.min(120, Math.max(1, Math.ceil(waitMs / 1000)));
  }
}

// One pool per process, kept on globalThis so development reloads do not start more workers.
const globalForPool = globalThis as unknown as { analysisPool?: AnalysisPool };

/** The process's pool, with limits from the environment (see README, "Limits"). */
export function getAnalysisPool(): AnalysisPool {
  globalForPool.analysisPool ??= new AnalysisPool(analysisLimitsFromEnv());
  return globalForPool.analysisPool;
}

/** Replaces the pool with one whose limits differ where given (tests set tiny limits this way). */
export async function configureAnalysisPool(limits: Partial<TAnalysisLimits>): Promise<AnalysisPool> {
  await closeAnalysisPool();
  globalForPool.analysisPool = new AnalysisPool({ ...analysisLimitsFromEnv(), ...limits });
  return globalForPool.analysisPool;
}

/** Stops the pool's workers, e.g. at the end of a CLI run or a test file. */
export async function closeAnalysisPool(): Promise<void> {
  const pool = globalForPool.analysisPool;
  globalForPool.analysisPool = undefined;
  await pool?.close();
}
