import type { TArticleAnalysis } from "@/lib/schemas/pipeline";
import { extractCitations } from "./extract-citations";
import { extractClaims } from "./claims/extract-claims";
import { extractEntities } from "./entities/extract-entities";
import { extractFacts } from "./facts/extract-facts";
import { extractQuotes } from "./quotes/extract-quotes";
import { normalizeArticle } from "./normalize";
import { segmentSentences } from "./segment";

/** Run every per-article stage: normalise, segment, entities, quotes, claims (with resolved dates), citations. Pure. */
export function analyzeArticle(rawText: string, options: { fileName?: string | null } = {}): TArticleAnalysis {
  const normalized = normalizeArticle(rawText, { fileName: options.fileName ?? null });
  const { text, blocks } = normalized;
  const sentences = segmentSentences(text, blocks);
  const { entities, mentions } = extractEntities(text, blocks, sentences);
  const quotes = extractQuotes({ text, blocks, sentences, entities, mentions });
  const typed = extractClaims({ text, blocks, sentences, entities, mentions, quotes, publishedAt: normalized.meta.publishedAt });
  // the general fact layer, beside the typed claims: numbers, times, states, ages of any story
  const facts = extractFacts({ text, blocks, sentences, entities, mentions, quotes, publishedAt: normalized.meta.publishedAt });
  const claims = [...typed, ...facts];
  const citations = extractCitations({ text, sentences, entities, mentions, quotes });
  const findings = [...normalized.findings];
  quotes.forEach((q, i) => {
    // a described speaker ("one worker", "the board") is attributed, though to no named entity
    if (q.speakerKey === null && !q.speakerName && !q.isPartial) {
      findings.push({ type: "unattributed_quote", message: `Quote ${i + 1} has no attributable speaker`, start: q.start, end: q.end });
    }
  });
  return { ...normalized, findings, sentences, entities, mentions, quotes, claims, citations };
}
