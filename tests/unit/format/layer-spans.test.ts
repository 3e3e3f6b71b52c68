import { describe, expect, it } from "vitest";
import { segmentByLayers } from "../../../lib/format/layer-spans";

describe("segmentByLayers", () => {
  it("cuts a paragraph at every span edge and lists the layers over each piece", () => {
    const segments = segmentByLayers(0, 20, [
      { start: 2, end: 10, layer: "quote", anchorId: "q1" },
      { start: 5, end: 15, layer: "claim" },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.layers.map((l) => l.layer).join("+")])).toEqual([
      [0, 2, ""], [2, 5, "quote"], [5, 10, "quote+claim"], [10, 15, "claim"], [15, 20, ""],
    ]);
    expect(segments[1].anchors).toEqual(["q1"]);
  });

  it("clips spans to the range and ignores empty or outside ones", () => {
    const segments = segmentByLayers(10, 20, [
      { start: 0, end: 12, layer: "entity" },
      { start: 25, end: 30, layer: "quote" },
      { start: 14, end: 14, layer: "claim" },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.layers.length])).toEqual([[10, 12, 1], [12, 20, 0]]);
  });
});
