import { describe, expect, it } from "vitest";
import { FairQueue } from "../../../lib/articles/fair-queue";

function drain<T>(queue: FairQueue<T>): T[] {
  const out: T[] = [];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) out.push(item);
  return out;
}

describe("FairQueue", () => {
  it("takes clients in turn, each client's items in the order they came", () => {
    const queue = new FairQueue<string>({ total: 20, perClient: 10 });
    for (const item of ["a1", "a2", "a3", "a4"]) queue.push("a", item);
    queue.push("b", "b1");
    queue.push("c", "c1");
    queue.push("b", "b2");
    expect(queue.length).toBe(7);
    expect(drain(queue)).toEqual(["a1", "b1", "c1", "a2", "b2", "a3", "a4"]);
    expect(queue.length).toBe(0);
  });

  it("a client that arrives late is served before the rest of an earlier client's backlog", () => {
    const queue = new FairQueue<string>({ total: 20, perClient: 10 });
    for (const item of ["a1", "a2", "a3"]) queue.push("a", item);
    expect(queue.shift()).toBe("a1");
    queue.push("b", "b1");
    expect(drain(queue)).toEqual(["a2", "b1", "a3"]);
  });

  it("refuses past the limit per client and past the total, saying which", () => {
    const queue = new FairQueue<number>({ total: 3, perClient: 2 });
    queue.push("a", 1);
    queue.push("a", 2);
    expect(queue.refusal("a")).toMatch(/2 of your articles.*2 per client/);
    expect(queue.refusal("b")).toBeNull();
    queue.push("b", 3);
    expect(queue.refusal("c")).toMatch(/3 articles are waiting, the limit is 3/);
    queue.shift();
    expect(queue.refusal("c")).toBeNull();
  });
});
