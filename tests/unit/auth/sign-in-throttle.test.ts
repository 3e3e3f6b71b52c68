import { describe, expect, it } from "vitest";
import { SignInThrottle, clientAddressOf } from "@/lib/auth/sign-in-throttle";

const LIMITS = { perClient: 3, overall: 5, windowMs: 60_000, maxClients: 100 };

describe("SignInThrottle", () => {
  it("lets a client fail a few times, then says how long to wait, and the window slides", () => {
    const throttle = new SignInThrottle(LIMITS);
    for (const at of [0, 10_000, 20_000]) {
      expect(throttle.retryAfterMs("203.0.113.5", at)).toBe(0);
      throttle.recordFailure("203.0.113.5", at);
    }
    expect(throttle.retryAfterMs("203.0.113.5", 30_000)).toBe(30_000); // the first failure leaves the window at 60 s
    expect(throttle.retryAfterMs("203.0.113.5", 59_999)).toBe(1);
    expect(throttle.retryAfterMs("203.0.113.5", 60_000)).toBe(0);
    throttle.recordFailure("203.0.113.5", 60_000);
    expect(throttle.retryAfterMs("203.0.113.5", 60_000)).toBe(10_000); // the second failure leaves at 70 s
  });

  it("keeps clients apart", () => {
    const throttle = new SignInThrottle(LIMITS);
    for (let i = 0; i < 3; i++) throttle.recordFailure("198.51.100.1", i);
    expect(throttle.retryAfterMs("198.51.100.1", 10)).toBeGreaterThan(0);
    expect(throttle.retryAfterMs("198.51.100.2", 10)).toBe(0);
  });

  it("caps failures across the whole process, so made-up addresses do not buy more guesses", () => {
    const throttle = new SignInThrottle(LIMITS);
    for (let i = 0; i < 5; i++) throttle.recordFailure(`192.0.2.${i}`, i * 1000);
    expect(throttle.retryAfterMs("192.0.2.200", 5_000)).toBe(55_000);
  });

  it("a successful sign-in clears the client's failures", () => {
    const throttle = new SignInThrottle(LIMITS);
    for (let i = 0; i < 3; i++) throttle.recordFailure("203.0.113.9", i);
    throttle.forget("203.0.113.9");
    expect(throttle.retryAfterMs("203.0.113.9", 10)).toBe(0);
  });

  it("forgets the oldest clients past its size limit but never the process-wide window", () => {
    const throttle = new SignInThrottle({ perClient: 1, overall: 1000, windowMs: 60_000, maxClients: 2 });
    for (const client of ["a", "b", "c"]) throttle.recordFailure(client, 0);
    expect(throttle.retryAfterMs("a", 1)).toBe(0);
    expect(throttle.retryAfterMs("c", 1)).toBeGreaterThan(0);
    const overall = new SignInThrottle({ perClient: 100, overall: 2, windowMs: 60_000, maxClients: 1 });
    for (const client of ["a", "b", "c"]) overall.recordFailure(client, 0);
    expect(overall.retryAfterMs("z", 1)).toBeGreaterThan(0);
  });
});

describe("clientAddressOf", () => {
  it("reads the first X-Forwarded-For address, else X-Real-IP", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientAddressOf(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientAddressOf(new Headers())).toBe("unknown");
  });
});
