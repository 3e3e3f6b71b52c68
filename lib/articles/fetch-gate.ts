import { analysisLimitsFromEnv } from "./article-limits";
import { FairQueue, QueueFullError, type TQueueLimits } from "./fair-queue";

/** Pages fetched at once by one process: each may hold up to FETCH_MAX_BYTES while it streams in. */
export const FETCHES_AT_ONCE = 4;

/**
 * Bounds the pages a process fetches for articles added by link: a few at once, the rest waiting in a
 * bounded queue that takes clients in turn (as the analysis queue does), so a burst of links costs a
 * bounded amount of memory and sockets, and a client over the limit is told to come back (503).
 */
export class FetchGate {
  private inFlight = 0;
  private readonly queue: FairQueue<() => void>;

  constructor(
    private readonly atOnce: number,
    limits: TQueueLimits,
    private readonly retryAfterSeconds: number,
  ) {
    this.queue = new FairQueue(limits);
  }

  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.atOnce) {
      const refusal = this.queue.refusal(client);
      if (refusal) throw new QueueFullError(this.retryAfterSeconds, `links to fetch: ${refusal.replace("articles", "links")}`);
      await new Promise<void>((start) => this.queue.push(client, start));
    } else {
      this.inFlight++;
    }
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiting link, or is freed.
      const next = this.queue.shift();
      if (next) next();
      else this.inFlight--;
    }
  }
}

let gate: FetchGate | null = null;

/** The process's gate, with the analysis queue's limits (ANALYSIS_QUEUE_LIMIT, ANALYSIS_QUEUE_PER_CLIENT). */
export function getFetchGate(): FetchGate {
  if (!gate) {
    const limits = analysisLimitsFromEnv();
    gate = new FetchGate(FETCHES_AT_ONCE, { total: limits.queueLimit, perClient: limits.queuePerClient }, 15);
  }
  return gate;
}
