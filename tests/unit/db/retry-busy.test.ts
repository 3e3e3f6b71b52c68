import { describe, expect, it } from "vitest";
import { backoffDelayMs, isSqliteBusyError, retryOnBusy } from "../../../lib/db/retry-busy";

// The shapes below are those the libsql driver, Prisma's libsql adapter and Prisma's client throw
// (see tests/integration/sqlite-busy-retry.test.ts for the real ones).
const libsqlBusy = Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY", extendedCode: "SQLITE_BUSY_SNAPSHOT", rawCode: 517 });
const adapterBusy = { name: "DriverAdapterError", cause: { kind: "SocketTimeout", originalCode: "5", originalMessage: "database is locked" } };
const prismaBusy = Object.assign(new Error("Operation has timed out"), { code: "P1008", meta: { driverAdapterError: adapterBusy } });
const adapterLocked = { cause: { kind: "sqlite", extendedCode: 262, message: "database table is locked" } };
const postgresTimeout = Object.assign(new Error("Operation has timed out"), { code: "P1008", meta: { driverAdapterError: { cause: { kind: "SocketTimeout", originalCode: "ETIMEDOUT" } } } });
const uniqueViolation = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", originalCode: "2067" } } } });

describe("isSqliteBusyError", () => {
  it("recognises SQLite's busy and locked codes however deep the driver wrapped them", () => {
    expect(isSqliteBusyError(libsqlBusy)).toBe(true);
    expect(isSqliteBusyError(adapterBusy)).toBe(true);
    expect(isSqliteBusyError(prismaBusy)).toBe(true);
    expect(isSqliteBusyError(adapterLocked)).toBe(true);
    expect(isSqliteBusyError(new Error("wrapped", { cause: libsqlBusy }))).toBe(true);
  });

  it("leaves everything else alone, PostgreSQL's socket timeout included", () => {
    expect(isSqliteBusyError(postgresTimeout)).toBe(false);
    expect(isSqliteBusyError(uniqueViolation)).toBe(false);
    expect(isSqliteBusyError(new Error("database is locked"))).toBe(false);
    expect(isSqliteBusyError(null)).toBe(false);
    expect(isSqliteBusyError("SQLITE_BUSY")).toBe(false);
  });
});

describe("backoffDelayMs", () => {
  it("doubles from the base up to the ceiling, jittered within its upper half", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 50, 2_000, () => 1))).toEqual([50, 100, 200, 400]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 50, 2_000, () => 0))).toEqual([25, 50, 100, 200]);
    expect(backoffDelayMs(20, 50, 2_000, () => 1)).toBe(2_000);
  });
});

describe("retryOnBusy", () => {
  const noSleep = { sleep: async () => undefined, random: () => 1 };

  it("runs again after a busy error and returns the first success, pausing longer each time", async () => {
    const pauses: number[] = [];
    let runs = 0;
    const result = await retryOnBusy(
      async () => {
        runs++;
        if (runs < 3) throw prismaBusy;
        return "stored";
      },
      { ...noSleep, sleep: async (ms) => void pauses.push(ms) },
    );
    expect(result).toBe("stored");
    expect(runs).toBe(3);
    expect(pauses).toEqual([50, 100]);
  });

  it("does not run again after any other error", async () => {
    let runs = 0;
    await expect(retryOnBusy(async () => (runs++, Promise.reject(uniqueViolation)), noSleep)).rejects.toBe(uniqueViolation);
    expect(runs).toBe(1);
  });

  it("stops after the given number of runs and rethrows the last busy error", async () => {
    let runs = 0;
    await expect(retryOnBusy(async () => (runs++, Promise.reject(libsqlBusy)), { ...noSleep, attempts: 4 })).rejects.toBe(libsqlBusy);
    expect(runs).toBe(4);
  });
});
