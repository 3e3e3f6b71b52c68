/** Splits a text range into segments, each with the layers (quote, claim, entity, ...) that cover it. */
export type TLayerSpan = { start: number; end: number; layer: string; anchorId?: string; title?: string };
export type TSegment = { start: number; end: number; layers: TLayerSpan[]; anchors: string[] };

export function segmentByLayers(rangeStart: number, rangeEnd: number, spans: TLayerSpan[]): TSegment[] {
  const inRange = spans.filter((s) => s.end > rangeStart && s.start < rangeEnd && s.end > s.start);
  const cuts = new Set<number>([rangeStart, rangeEnd]);
  for (const s of inRange) {
    cuts.add(Math.max(s.start, rangeStart));
    cuts.add(Math.min(s.end, rangeEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const layers = inRange.filter((s) => s.start < end && s.end > start);
    const anchors = inRange.filter((s) => s.anchorId && s.start === start).map((s) => s.anchorId!);
    segments.push({ start, end, layers, anchors });
  }
  return segments;
}
