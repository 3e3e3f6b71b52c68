/**
 * Slows down guessing the admin token: a sliding window of failed sign-ins per client address, and
 * one for the whole process (addresses come from X-Forwarded-For, which a client talking to the
 * server directly can make up). In memory, so the limits are per server process.
 */
export type TThrottleLimits = { perClient: number; overall: number; windowMs: number; maxClients: number };

export const SIGN_IN_LIMITS: TThrottleLimits = { perClient: 5, overall: 60, windowMs: 60_000, maxClients: 10_000 };

const EVERYONE = "\u0000all";

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: TThrottleLimits = SIGN_IN_LIMITS) {}

  /** Milliseconds until `client` may try again; 0 when it may try now. */
  retryAfterMs(client: string, now: number): number {
    return Math.max(this.waitFor(client, this.limits.perClient, now), this.waitFor(EVERYONE, this.limits.overall, now));
  }

  recordFailure(client: string, now: number): void {
    for (const key of [client, EVERYONE]) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.delete(key); // re-inserted last, so the map stays ordered by latest failure
      this.failures.set(key, recent);
    }
    this.evictOldest();
  }

  /** After a successful sign-in the client starts afresh (the process-wide window is kept). */
  forget(client: string): void {
    this.failures.delete(client);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.limits.windowMs);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit] + this.limits.windowMs - now;
  }

  private evictOldest(): void {
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.limits.maxClients + 1) return;
      if (key !== EVERYONE) this.failures.delete(key);
    }
  }
}

/** The client's address: the first X-Forwarded-For entry (Next sets it from the socket when absent). */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 100);
}

const globalForThrottle = globalThis as unknown as { signInThrottle?: SignInThrottle };

/** The process's one throttle (kept on globalThis so dev reloads keep counting). */
export function getSignInThrottle(): SignInThrottle {
  globalForThrottle.signInThrottle ??= new SignInThrottle();
  return globalForThrottle.signInThrottle;
}
