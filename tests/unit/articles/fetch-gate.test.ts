import { describe, expect, it } from "vitest";
import { FetchGate } from "@/lib/articles/fetch-gate";
import { QueueFullError } from "@/lib/articles/fair-queue";

/** A piece of work that finishes when the test says so. */
function pending() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

describe("the gate in front of page fetches", () => {
  it("runs a few at once, queues the rest fairly, and refuses past the queue's limits", async () => {
    const gate = new FetchGate(1, { total: 3, perClient: 2 }, 15);
    const started: string[] = [];
    const work = (name: string) => {
      const p = pending();
      return { p, run: () => { started.push(name); return p.done.then(() => name); } };
    };
    const a1 = work("a1"), a2 = work("a2"), a3 = work("a3"), b1 = work("b1");
    const runs = [gate.run("a", a1.run), gate.run("a", a2.run), gate.run("a", a3.run), gate.run("b", b1.run)];
    await Promise.resolve();
    expect(started).toEqual(["a1"]);
    // a1 runs; a2 and a3 wait, and a third waiting link of client a is refused
    await expect(gate.run("a", async () => "a4")).rejects.toBeInstanceOf(QueueFullError);
    await expect(gate.run("c", async () => "c1").catch((e: Error) => e.message)).resolves.toMatch(/3 links are waiting, the limit is 3.*try again in 15 s/);
    a1.p.finish();
    await runs[0];
    await new Promise((r) => setTimeout(r, 0));
    // b1 arrived after a2 and a3, yet takes its turn before a3
    expect(started).toEqual(["a1", "a2"]);
    a2.p.finish();
    await runs[1];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(["a1", "a2", "b1"]);
    b1.p.finish();
    a3.p.finish();
    expect(await Promise.all(runs)).toEqual(["a1", "a2", "a3", "b1"]);
  });

  it("frees its slot when the work fails", async () => {
    const gate = new FetchGate(1, { total: 1, perClient: 1 }, 15);
    await expect(gate.run("a", async () => { throw new Error("no answer"); })).rejects.toThrow("no answer");
    expect(await gate.run("a", async () => "next")).toBe("next");
  });
});
