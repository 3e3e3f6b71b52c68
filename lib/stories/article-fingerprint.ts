import { z } from "zod";
import { isRealDate } from "@/lib/schemas/article-meta";
import type { TArticleAnalysis, TBlock } from "@/lib/schemas/pipeline";
import { contentTerms, fold } from "@/lib/text/text-similarity";

/**
 * What an article is about, in a bounded, JSON-safe form that story assignment compares: the named
 * people, organisations and places it mentions, the content words of its headline, lead and body, and
 * its publication date. Stored with the article so that a story index can be rebuilt without
 * re-analysing anything.
 */

export const MAX_FINGERPRINT_TERMS = 64;
export const MAX_FINGERPRINT_ENTITIES = 32;
const MAX_KEY_LENGTH = 200;

const ZWeightedKey = z.object({ key: z.string().min(1).max(MAX_KEY_LENGTH), weight: z.number().positive().finite() });
export type TWeightedKey = z.infer<typeof ZWeightedKey>;

export const ZArticleFingerprint = z.object({
  version: z.literal(1),
  /** ISO date YYYY-MM-DD, or null when the article states none. */
  publishedAt: z.string().refine(isRealDate, "not a real YYYY-MM-DD date").nullable(),
  /** Folded full names of people, organisations and places, heaviest first. */
  entities: z.array(ZWeightedKey).max(MAX_FINGERPRINT_ENTITIES),
  /** Stemmed content words, heaviest first. */
  terms: z.array(ZWeightedKey).max(MAX_FINGERPRINT_TERMS),
});
export type TArticleFingerprint = z.infer<typeof ZArticleFingerprint>;

export type TFingerprintInput = {
  /** The stored article text; when it is `analysis.text`, the analysis blocks tell headline and lead apart. */
  text: string;
  analysis: TArticleAnalysis;
  publishedAt?: string | null;
  title?: string | null;
};

/** The headline counts three times and the lead twice: that is where a news article says what happened. */
const HEADLINE_FACTOR = 3;
const LEAD_FACTOR = 2;
/** Body paragraphs read as the lead. */
const LEAD_BLOCKS = 2;
/** An entity named in the headline or lead is central to the article, not a side character. */
const PROMINENT_ENTITY_BONUS = 1;
/** "other" is a name the analysis could not type, often a place it does not know: still a name. */
const NAMED_TYPES = new Set(["person", "organization", "place", "other"]);
/** General calendar and news-desk words: they say when or how something was reported, not what happened. */
const REPORTING_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december today yesterday tomorrow week month year day night morning afternoon evening hour minute
  time news report statement new last first second third one two three four five six seven eight nine ten per cent percent`
    .split(/\s+/)
    .map((w) => contentTerms(w)[0] ?? w),
);
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}/;
const MAX_TERM_LENGTH = 40;

type TTextParts = { headline: string; lead: string; body: string };

/** Headline, lead and the rest of the body; captions say what a photo shows and are left out. */
function splitTextParts(text: string, analysis: TArticleAnalysis, title: string | null): TTextParts {
  if (text !== analysis.text) {
    const paragraphs = text.split(/\n\s*\n/);
    return { headline: title ?? "", lead: paragraphs.slice(0, LEAD_BLOCKS).join("\n"), body: paragraphs.slice(LEAD_BLOCKS).join("\n") };
  }
  const headings: string[] = title ? [title] : [];
  const lead: string[] = [];
  const body: string[] = [];
  const slice = (b: TBlock) => text.slice(b.start, b.end);
  for (const block of analysis.blocks) {
    if (block.kind === "caption") continue;
    if (block.kind === "heading") {
      // a heading before the lead is the headline, printed again under a given title: read it once
      if (lead.length > 0) body.push(slice(block));
      else if (headings.length === 0) headings.push(slice(block));
    } else if (lead.length < LEAD_BLOCKS) lead.push(slice(block));
    else body.push(slice(block));
  }
  return { headline: headings.join("\n"), lead: lead.join("\n"), body: body.join("\n") };
}

/** Words that say what happened: not numbers (outlets print them differently), not calendar words, not runs of letters no language has. */
function isContentTerm(term: string): boolean {
  return term.length >= 3 && term.length <= MAX_TERM_LENGTH && !/^\d/.test(term) && !REPORTING_WORDS.has(term);
}

function weighTerms(parts: TTextParts): TWeightedKey[] {
  const raw = new Map<string, number>();
  const count = (s: string, factor: number) => {
    for (const term of contentTerms(s)) if (isContentTerm(term)) raw.set(term, (raw.get(term) ?? 0) + factor);
  };
  count(parts.headline, HEADLINE_FACTOR);
  count(parts.lead, LEAD_FACTOR);
  count(parts.body, 1);
  return topWeighted(raw, MAX_FINGERPRINT_TERMS);
}

/** Sub-linear weights (1 + ln f), heaviest first, ties by key so the fingerprint is deterministic. */
function topWeighted(raw: Map<string, number>, max: number): TWeightedKey[] {
  return [...raw]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([key, f]) => ({ key, weight: round(1 + Math.log(f)) }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The folded full name of an entity: its longest printed form, so "Renvall" and "Tobias Renvall" meet on the latter. */
function entityKeyOf(name: string, aliases: string[]): string {
  let longest = name;
  for (const a of aliases) if (a.length > longest.length) longest = a;
  return fold(longest).replace(/^the\s+/, "").replace(/\s+/g, " ").trim().slice(0, MAX_KEY_LENGTH);
}

/** Outlets the article cites or is published by: they tell who reported, not what happened. */
function publisherKeys(analysis: TArticleAnalysis): Set<string> {
  const keys = new Set<string>();
  for (const c of analysis.citations ?? []) if (c.entityKey) keys.add(c.entityKey);
  const outlet = analysis.meta.outlet ? entityKeyOf(analysis.meta.outlet, []) : null;
  if (outlet) for (const e of analysis.entities) if (entityKeyOf(e.name, []) === outlet) keys.add(e.key);
  return keys;
}

function weighEntities(analysis: TArticleAnalysis, leadEnd: number): TWeightedKey[] {
  const skip = publisherKeys(analysis);
  const mentions = new Map<string, { count: number; isProminent: boolean }>();
  for (const m of analysis.mentions) {
    const seen = mentions.get(m.entityKey) ?? { count: 0, isProminent: false };
    seen.count++;
    seen.isProminent ||= m.start < leadEnd;
    mentions.set(m.entityKey, seen);
  }
  const raw = new Map<string, number>();
  for (const e of analysis.entities) {
    if (!NAMED_TYPES.has(e.type) || skip.has(e.key)) continue;
    const key = entityKeyOf(e.name, e.aliases);
    if (key.length < 2) continue;
    const seen = mentions.get(e.key) ?? { count: 1, isProminent: false };
    // stored as a frequency so that topWeighted's 1 + ln f gives 1 + ln(count) (+ the bonus)
    const f = Math.max(1, seen.count) * Math.exp(seen.isProminent ? PROMINENT_ENTITY_BONUS : 0);
    raw.set(key, Math.max(raw.get(key) ?? 0, f));
  }
  return topWeighted(raw, MAX_FINGERPRINT_ENTITIES);
}

/** Where the lead ends in `analysis.text`: mentions before it are prominent. */
function leadEndOf(analysis: TArticleAnalysis): number {
  let bodyBlocks = 0;
  for (const b of analysis.blocks) {
    if (b.kind === "body" && ++bodyBlocks === LEAD_BLOCKS) return b.end;
  }
  return analysis.text.length;
}

/** A bounded fingerprint of one analysed article (at most 64 terms and 32 entities). Pure. */
export function articleFingerprint(input: TFingerprintInput): TArticleFingerprint {
  const { text, analysis } = input;
  const title = input.title?.trim() || analysis.meta.title?.trim() || null;
  const date = input.publishedAt ?? analysis.meta.publishedAt;
  return {
    version: 1,
    publishedAt: date && ISO_DATE_RE.test(date) && isRealDate(date.slice(0, 10)) ? date.slice(0, 10) : null,
    entities: weighEntities(analysis, leadEndOf(analysis)),
    terms: weighTerms(splitTextParts(text, analysis, title)),
  };
}
