/**
 * Builds hand-made TSourceAnalysis fixtures from real article paragraphs: every entity mention,
 * claim and quote is located by phrase, so its offsets are exact slices of the text.
 */
import type { TArticleAnalysis, TClaimAttribute, TEntityType, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { ZArticleAnalysis } from "@/lib/schemas/pipeline";

export type EntitySpec = { key: string; name: string; type: TEntityType; aliases?: string[] };
export type ClaimSpec = {
  subject: string;
  attribute: TClaimAttribute;
  /** A phrase inside the sentence that asserts the claim (the claim spans the whole sentence). */
  in: string;
  value: string;
  normalized?: string;
  caption?: boolean;
};
export type QuoteSpec = { text: string; speaker: string | null; partial?: boolean; nth?: number };

function find(text: string, phrase: string, from = 0, nth = 0): number {
  let at = text.indexOf(phrase, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`phrase not found: ${phrase}`);
  return at;
}

function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\s][^\n]*?(?:[.!?]["”’]?(?=\s|$)|(?=\n)|$)/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

export function article(
  sourceId: string,
  outlet: string | null,
  paragraphs: string[],
  spec: { entities: EntitySpec[]; claims?: ClaimSpec[]; quotes?: QuoteSpec[]; publishedAt?: string | null },
): TSourceAnalysis {
  const text = paragraphs.join("\n\n");
  const sents = sentences(text);
  const mentions: TArticleAnalysis["mentions"] = [];
  for (const e of spec.entities) {
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      let at = text.indexOf(form);
      while (at >= 0) {
        if (!mentions.some((m) => at < m.end && at + form.length > m.start)) mentions.push({ start: at, end: at + form.length, entityKey: e.key, text: form });
        at = text.indexOf(form, at + form.length);
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const claims = (spec.claims ?? []).map((c) => {
    const at = find(text, c.in);
    const s = sents.find((x) => x.start <= at && at < x.end)!;
    const valueStart = find(text, c.value, s.start);
    return {
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      subjectKey: c.subject,
      attribute: c.attribute,
      value: c.value,
      normalizedValue: c.normalized ?? c.value.toLowerCase(),
      valueStart,
      valueEnd: valueStart + c.value.length,
      isCaption: c.caption ?? false,
    };
  });
  const quotes = (spec.quotes ?? []).map((q) => {
    const start = find(text, q.text, 0, q.nth ?? 0);
    const speaker = q.speaker ? spec.entities.find((e) => e.key === q.speaker)! : null;
    return {
      start,
      end: start + q.text.length,
      text: q.text,
      speakerKey: speaker?.key ?? null,
      speakerName: speaker?.name ?? null,
      cueStart: null,
      cueEnd: null,
      isPartial: q.partial ?? false,
      isCaption: false,
    };
  });
  const analysis: TArticleAnalysis = ZArticleAnalysis.parse({
    text,
    meta: { outlet, title: null, byline: null, publishedAt: spec.publishedAt ?? null, url: null },
    blocks: [{ start: 0, end: text.length, kind: "body" }],
    findings: [],
    sentences: sents.map((s) => ({ ...s, blockIndex: 0, isCaption: false })),
    entities: spec.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: e.aliases ?? [] })),
    mentions,
    quotes,
    claims,
  });
  return { sourceId, outlet, analysis };
}
