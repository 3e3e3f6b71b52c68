import type { TGoldArticle } from "./gold";
import { NameBook } from "./gold";
import type { PredictionIndex } from "./context";
import { clip, f1, locateQuote, overlapOfLonger, ratio, type Span } from "./text";

export type QuoteMiss = { sourceId: string; text: string; speaker: string | null; reason: "not_found" | "unlocatable" };
export type QuoteSpurious = { sourceId: string; quoteIndex: number; text: string; speaker: string | null };
export type SpeakerError = { sourceId: string; text: string; gold: string | null; predicted: string[] };

export type QuoteScores = {
  gold: number;
  predicted: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  speakerCorrect: number;
  speakerAccuracy: number | null;
  missed: QuoteMiss[];
  spurious: QuoteSpurious[];
  speakerErrors: SpeakerError[];
  bySource: Record<string, { gold: number; predicted: number; matched: number; speakerCorrect: number }>;
};

/** A predicted quote matches a gold quote when their spans overlap by at least this share of the longer one. */
export const QUOTE_MIN_OVERLAP = 0.5;

type GoldLoc = { sourceId: string; text: string; speaker: string | null; accept: (string | null)[]; span: Span | null };

/**
 * Quote span precision/recall/F1 and speaker accuracy over matched quotes. Gold quotes are located in
 * `analysis.text` by exact search; predicted quotes carry their own spans. One-to-one greedy matching by overlap.
 */
export function scoreQuotes(golds: TGoldArticle[], pred: PredictionIndex, names: NameBook): QuoteScores {
  const out: QuoteScores = {
    gold: 0, predicted: 0, matched: 0, precision: null, recall: null, f1: null,
    speakerCorrect: 0, speakerAccuracy: null, missed: [], spurious: [], speakerErrors: [], bySource: {},
  };
  for (const gold of golds) {
    const src = pred.source(gold.file);
    if (!src) continue;
    const text = src.analysis.text;
    const locs: GoldLoc[] = gold.quotes.map((q) => ({
      sourceId: gold.file,
      text: q.text,
      speaker: q.speaker,
      accept: [q.speaker, ...(q.alsoAccept ?? [])],
      span: locateQuote(text, q.text, q.occurrence),
    }));
    const preds = src.analysis.quotes.map((q, i) => ({ i, span: { start: q.start, end: q.end } as Span }));
    out.gold += locs.length;
    out.predicted += preds.length;

    const pairs: { g: number; p: number; ov: number }[] = [];
    locs.forEach((g, gi) => {
      if (!g.span) return;
      for (const p of preds) {
        const ov = overlapOfLonger(g.span, p.span);
        if (ov >= QUOTE_MIN_OVERLAP) pairs.push({ g: gi, p: p.i, ov });
      }
    });
    pairs.sort((a, b) => b.ov - a.ov);
    const gUsed = new Map<number, number>();
    const pUsed = new Set<number>();
    for (const pr of pairs) {
      if (gUsed.has(pr.g) || pUsed.has(pr.p)) continue;
      gUsed.set(pr.g, pr.p);
      pUsed.add(pr.p);
    }
    out.matched += gUsed.size;
    const per = (out.bySource[gold.file] = { gold: locs.length, predicted: preds.length, matched: gUsed.size, speakerCorrect: 0 });

    locs.forEach((g, gi) => {
      const pi = gUsed.get(gi);
      if (pi === undefined) {
        out.missed.push({ sourceId: g.sourceId, text: g.text, speaker: g.speaker, reason: g.span ? "not_found" : "unlocatable" });
        return;
      }
      const q = src.analysis.quotes[pi];
      const predNames = pred.quoteSpeakerNames(gold.file, pi);
      const predictedNull = q.speakerKey === null && !q.speakerName;
      let ok = false;
      for (const a of g.accept) {
        if (a === null ? predictedNull : names.matches(predNames, a)) ok = true;
      }
      if (ok) {
        out.speakerCorrect++;
        per.speakerCorrect++;
      }
      else out.speakerErrors.push({ sourceId: g.sourceId, text: clip(g.text, 70), gold: g.speaker, predicted: predNames });
    });
    for (const p of preds) {
      if (pUsed.has(p.i)) continue;
      const q = src.analysis.quotes[p.i];
      out.spurious.push({ sourceId: gold.file, quoteIndex: p.i, text: clip(q.text, 70), speaker: q.speakerName });
    }
  }
  out.precision = ratio(out.matched, out.predicted);
  out.recall = ratio(out.matched, out.gold);
  out.f1 = f1(out.precision, out.recall);
  out.speakerAccuracy = ratio(out.speakerCorrect, out.matched);
  return out;
}
