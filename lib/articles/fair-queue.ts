/** Thrown when the queue cannot take another article; the API answers 503 with Retry-After. */
export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number, reason: string) {
    super(`The server is busy analysing other articles (${reason}); try again in ${retryAfterSeconds} s. Nothing was stored.`);
    this.name = "QueueFullError";
  }
}

export type TQueueLimits = { total: number; perClient: number };

/**
 * A bounded queue that is fair between clients: each client's items wait in their own FIFO and
 * clients take turns (round robin), so one client posting many articles delays only itself.
 */
export class FairQueue<T> {
  /** Clients with waiting items, in turn order (a Map keeps insertion order). */
  private readonly waiting = new Map<string, T[]>();
  private count = 0;

  constructor(private readonly limits: TQueueLimits) {}

  get length(): number {
    return this.count;
  }

  /** Why an item from this client cannot be queued now, or null when it can. */
  refusal(client: string): string | null {
    if (this.count >= this.limits.total) return `${this.count} articles are waiting, the limit is ${this.limits.total}`;
    const own = this.waiting.get(client)?.length ?? 0;
    if (own >= this.limits.perClient) return `${own} of your articles are waiting, the limit is ${this.limits.perClient} per client`;
    return null;
  }

  /** Queues an item; the caller checks `refusal` first. */
  push(client: string, item: T): void {
    const own = this.waiting.get(client);
    if (own) own.push(item);
    else this.waiting.set(client, [item]);
    this.count++;
  }

  /** The next item: the oldest of the client whose turn it is; that client then goes to the back. */
  shift(): T | undefined {
    const next = this.waiting.entries().next();
    if (next.done) return undefined;
    const [client, items] = next.value;
    const item = items.shift()!;
    this.waiting.delete(client);
    if (items.length) this.waiting.set(client, items);
    this.count--;
    return item;
  }
}
