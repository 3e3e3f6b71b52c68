import { z } from "zod";

/**
 * The data contract between the pure pipeline stages (lib/analysis, lib/comparison) and everything
 * that consumes them (lib/db, CLI, pages, fact sheet). Every span is a pair of
 * UTF-16 code-unit offsets into `ArticleAnalysis.text` (end exclusive), so that
 * `text.slice(start, end)` is the exact wording the outlet printed.
 */

export const ZEntityType = z.enum(["person", "organization", "place", "other"]);
export type TEntityType = z.infer<typeof ZEntityType>;

export const ZBlockKind = z.enum(["body", "caption", "heading"]);
export type TBlockKind = z.infer<typeof ZBlockKind>;

/** General claim vocabulary: never story-specific. */
export const ZClaimAttribute = z.enum([
  "role", // title, office or description of a person/organisation
  "time_span", // durations and periods: "between 2013 and 2017", "since December"
  "date", // when something happened
  "count", // "convicted twice", "eight people"
  "location", // where someone/something was or was taken
  "action", // who did what to whom
  "legal_status", // convicted, sentenced, arrested, granted asylum, ...
  "statement", // what an actor said/asserted (paraphrase, not a direct quote)
  "relation", // affiliation: ally, member of, under ...
  "other",
  // the general fact layer (lib/analysis/facts): any sentence of any story
  "quantity", // a number and what it counts or measures: "nine people died", "the 12 km crossing", "€4.2m"
  "time", // when an event happened, to the day or the hour: "shortly before 11 p.m. on Monday"
  "state", // a state or outcome of someone or something, with polarity: "released without charge", "has not closed"
  "age", // a person's age: "Ana Ruiz, 54", "the 54-year-old"
  "rank", // a superlative or ordinal standing: "the biggest ever", "the second-highest fee"
  "designation", // a code a thing is known by: "serotype 4b", "flight 302"
]);
export type TClaimAttribute = z.infer<typeof ZClaimAttribute>;

export const ZSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TSpan = z.infer<typeof ZSpan>;

export const ZArticleMeta = z.object({
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** ISO date YYYY-MM-DD, or null when the article does not state one. */
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
});
export type TArticleMeta = z.infer<typeof ZArticleMeta>;

/** A finding is data, not an exception: removed boilerplate, a skipped line, an unattributed quote. */
export const ZFinding = z.object({
  type: z.string(),
  message: z.string(),
  /** Offsets into the raw input (for removed text) or into `text` (otherwise); see `type`. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type TFinding = z.infer<typeof ZFinding>;

export const ZBlock = ZSpan.extend({ kind: ZBlockKind });
export type TBlock = z.infer<typeof ZBlock>;

export const ZNormalizedArticle = z.object({
  /** The stored text: the article body (and captions, marked by blocks) with boilerplate removed. */
  text: z.string(),
  meta: ZArticleMeta,
  blocks: z.array(ZBlock),
  findings: z.array(ZFinding),
});
export type TNormalizedArticle = z.infer<typeof ZNormalizedArticle>;

export const ZSentence = ZSpan.extend({
  blockIndex: z.number().int(),
  isCaption: z.boolean(),
});
export type TSentence = z.infer<typeof ZSentence>;

/** An entity as seen inside one article; `key` is unique within that article. */
export const ZLocalEntity = z.object({
  key: z.string(),
  name: z.string(),
  type: ZEntityType,
  aliases: z.array(z.string()),
});
export type TLocalEntity = z.infer<typeof ZLocalEntity>;

export const ZMention = ZSpan.extend({
  entityKey: z.string(),
  text: z.string(),
});
export type TMention = z.infer<typeof ZMention>;

export const ZQuote = ZSpan.extend({
  /** The quoted words without their quote marks: text.slice(start, end). */
  text: z.string(),
  speakerKey: z.string().nullable(),
  speakerName: z.string().nullable(),
  /** Where the attribution ("said X", "according to X") stands, when there is one. */
  cueStart: z.number().int().nullable(),
  cueEnd: z.number().int().nullable(),
  isPartial: z.boolean(),
  isCaption: z.boolean(),
});
export type TQuote = z.infer<typeof ZQuote>;

/**
 * How a general fact is framed (lib/analysis/facts), so that facts of different outlets can be aligned
 * without reading the text again. Every field is a normalised word or class, never a story's name.
 */
export const ZFactFrame = z.object({
  /** Predicate classes from the news lexicon ("dead", "cut", "pay", "capsize"): what happened. */
  predicates: z.array(z.string()),
  /** What is counted, as a class ("person", "job", "seat"), or null. */
  head: z.string().nullable(),
  /** Words that narrow the counted noun ("permanent", "soft"). */
  modifiers: z.array(z.string()),
  /** What the measure belongs to ("crossing", "workforce", "pay", "contract"), or null. */
  owner: z.string().nullable(),
  /** A described subject that is no named entity ("girl", "plant", "club"), with its age when printed. */
  subjectPhrase: z.string().nullable(),
  /** Local keys of entities that narrow the fact ("at <Hospital>", "in <Competition>"). */
  scopeKeys: z.array(z.string()),
  /** The past year the clause speaks of ("1994"), or null for the story's own time. */
  era: z.string().nullable(),
  /** "increment", "subset", "current", "rate:year", "change", "previous", "conversion", "distance", "past", "in-quote", "reported"… */
  qualifiers: z.array(z.string()),
});
export type TFactFrame = z.infer<typeof ZFactFrame>;

export const ZFactDetail = z.object({
  frame: ZFactFrame,
  polarity: z.enum(["positive", "negative"]),
  /** quantity, age, rank: the value as an interval in base units (null = open); tallies keep both sides in low/high. */
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  /** The value as printed and half its last digit, in the printed unit: rounding tolerance across units. */
  printed: z.number().nullable().optional(),
  precision: z.number().nullable().optional(),
  /** The approximator or bound as printed ("about", "more than"), "vague", or null. */
  approx: z.string().nullable().optional(),
  /** Dimension and base unit: "count", "length"/"m", "money"/"EUR", "percent"/"%", "duration"/"day", "tally". */
  dimension: z.string().nullable().optional(),
  unit: z.string().nullable().optional(),
  printedUnit: z.string().nullable().optional(),
  /** time: the interval the expression covers, as minutes since 1970-01-01 UTC, [from, to). */
  from: z.number().nullable().optional(),
  to: z.number().nullable().optional(),
  /** state: its exclusive group ("custody", "care", "operation", "verdict", "tenure") and value ("held", "free"). */
  group: z.string().nullable().optional(),
  state: z.string().nullable().optional(),
  /** designation: the code as printed, folded. */
  code: z.string().nullable().optional(),
});
export type TFactDetail = z.infer<typeof ZFactDetail>;

export const ZClaim = ZSpan.extend({
  /** The local entity the claim is about; null for a general fact about no named entity ("nine people died"). */
  subjectKey: z.string().nullable(),
  attribute: ZClaimAttribute,
  /** The value as printed (a slice of the text, possibly trimmed). */
  value: z.string(),
  /** The value normalised for comparison (lower case, canonical dates/numbers/roles). */
  normalizedValue: z.string(),
  /** text.slice(start, end): the sentence (or clause) that asserts the claim. */
  text: z.string(),
  valueStart: z.number().int(),
  valueEnd: z.number().int(),
  isCaption: z.boolean(),
  /**
   * Date claims only: the calendar date the printed expression resolves to, as ISO 8601 at the
   * expression's precision (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY), anchored on the article's dateline
   * (meta.publishedAt) or on an earlier resolved date of the same article ("a day earlier").
   * null when nothing in the article anchors it (never today's date); absent on other attributes.
   */
  resolvedDate: z.string().nullable().optional(),
  /** Date claims only: what the resolution was anchored on. */
  dateAnchor: z.enum(["absolute", "dateline", "previous_date"]).nullable().optional(),
  /** The rule that produced the claim ("role.appositive", "fact.quantity"): why it exists. Absent in older data. */
  method: z.string().optional(),
  /** General facts only: the structured value and frame the comparison aligns on. */
  fact: ZFactDetail.optional(),
});
export type TClaim = z.infer<typeof ZClaim>;

/** The article cites another outlet or agency as a source: "according to the Example Press", "told Radio X". */
export const ZCitation = ZSpan.extend({
  /** The cited outlet/agency as printed: text.slice(start, end). */
  cited: z.string(),
  /** The citing words as printed ("according to", "told", "spoke with"): text.slice(cueStart, cueEnd). */
  cue: z.string(),
  cueStart: z.number().int(),
  cueEnd: z.number().int(),
  /** The local entity the cited name is a mention of, when there is one. */
  entityKey: z.string().nullable(),
});
export type TCitation = z.infer<typeof ZCitation>;

export const ZArticleAnalysis = ZNormalizedArticle.extend({
  sentences: z.array(ZSentence),
  entities: z.array(ZLocalEntity),
  mentions: z.array(ZMention),
  quotes: z.array(ZQuote),
  claims: z.array(ZClaim),
  /** Outlets and agencies the article cites (provenance); optional so stored analyses still parse. */
  citations: z.array(ZCitation).optional(),
});
export type TArticleAnalysis = z.infer<typeof ZArticleAnalysis>;

/** One article as the comparison stage receives it. */
export type TSourceAnalysis = { sourceId: string; outlet: string | null; analysis: TArticleAnalysis };

export const ZGlobalEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: ZEntityType,
  aliases: z.array(z.string()),
  /** Which local entities (per source) this one merges. */
  members: z.array(z.object({ sourceId: z.string(), key: z.string() })),
});
export type TGlobalEntity = z.infer<typeof ZGlobalEntity>;

export const ZClaimRef = z.object({ sourceId: z.string(), claimIndex: z.number().int() });
export type TClaimRef = z.infer<typeof ZClaimRef>;

export const ZAgreement = z.enum(["agree", "variant", "conflict", "single"]);

export const ZClaimGroup = z.object({
  id: z.string(),
  /** The global entity the group is about; null for facts about no named entity (then `subject` says what). */
  subjectEntityId: z.string().nullable(),
  /** A label for a subject that is no entity ("people", "the crossing"). Absent in older data. */
  subject: z.string().optional(),
  attribute: ZClaimAttribute,
  /** A short label for the row, e.g. the normalised value or the predicate. */
  label: z.string(),
  claims: z.array(ZClaimRef),
  agreement: ZAgreement,
});
export type TClaimGroup = z.infer<typeof ZClaimGroup>;

export const ZDiscrepancyKind = z.enum(["conflict", "variant", "omission", "attribution"]);
export type TDiscrepancyKind = z.infer<typeof ZDiscrepancyKind>;
export const ZSeverity = z.enum(["high", "medium", "low"]);

export const ZDiscrepancyItem = ZSpan.extend({
  sourceId: z.string(),
  claimIndex: z.number().int().nullable(),
  quoteIndex: z.number().int().nullable(),
  value: z.string(),
  /** text.slice(start, end) of that source. */
  excerpt: z.string(),
});
export type TDiscrepancyItem = z.infer<typeof ZDiscrepancyItem>;

export const ZDiscrepancy = z.object({
  id: z.string(),
  kind: ZDiscrepancyKind,
  severity: ZSeverity,
  subjectEntityId: z.string().nullable(),
  subject: z.string(),
  attribute: z.string(),
  /** One line a reader understands, built only from what the sources say. */
  summary: z.string(),
  items: z.array(ZDiscrepancyItem),
  /** For omissions: the sources that do not report it. */
  missingSourceIds: z.array(z.string()),
  groupId: z.string().nullable(),
  /** The rule that flagged it ("fact.quantity.conflict", "quote.attribution"): shown as "why flagged". Absent in older data. */
  method: z.string().optional(),
  /** One line saying why it was flagged, in the reader's words. Absent in older data. */
  reason: z.string().optional(),
});
export type TDiscrepancy = z.infer<typeof ZDiscrepancy>;

/**
 * The same quotation printed by several outlets (cross-source only). kind: "identical" when every outlet
 * prints the same words and punctuation (or one prints an exact excerpt of another), "punctuation" when only
 * punctuation or capitalisation differ, "wording" when words differ. For a word-level diff view.
 */
export const ZQuoteClusterKind = z.enum(["identical", "punctuation", "wording"]);
export type TQuoteClusterKind = z.infer<typeof ZQuoteClusterKind>;

export const ZQuoteCluster = z.object({
  id: z.string(),
  kind: ZQuoteClusterKind,
  /** The longest printed wording, as a label. */
  text: z.string(),
  quotes: z.array(
    z.object({
      sourceId: z.string(),
      quoteIndex: z.number().int(),
      /** Global entity id of the speaker this outlet credits, when known. */
      speakerEntityId: z.string().nullable(),
    }),
  ),
  /** Distinct global speaker ids credited across the outlets. */
  speakerEntityIds: z.array(z.string()),
  /** True when outlets credit these words to different speakers (see the attribution discrepancy). */
  attributionDiffers: z.boolean().default(false),
});
export type TQuoteCluster = z.infer<typeof ZQuoteCluster>;

/**
 * A date claim its own article leaves unresolved (no dateline), resolved through another outlet that reports
 * the same event (see lib/comparison/claims/resolve-dates-across.ts). anchor: "dateline" when the weekday (or day without
 * a year) was resolved against anchorSourceId's dateline, "resolved_date" when anchorSourceId prints that day.
 */
export const ZCrossResolvedDate = z.object({
  sourceId: z.string(),
  claimIndex: z.number().int(),
  /** ISO date YYYY-MM-DD. */
  resolvedDate: z.string(),
  anchorSourceId: z.string(),
  anchor: z.enum(["dateline", "resolved_date"]),
});
export type TCrossResolvedDate = z.infer<typeof ZCrossResolvedDate>;

export const ZComparison = z.object({
  entities: z.array(ZGlobalEntity),
  /** Global entity id of each claim's subject and each quote's speaker, per source. */
  claimSubjects: z.array(z.object({ sourceId: z.string(), claimIndex: z.number().int(), entityId: z.string() })),
  quoteSpeakers: z.array(z.object({ sourceId: z.string(), quoteIndex: z.number().int(), entityId: z.string() })),
  groups: z.array(ZClaimGroup),
  discrepancies: z.array(ZDiscrepancy),
  /** The same quotation across outlets (clusters spanning two or more sources). Absent in older data. */
  quoteClusters: z.array(ZQuoteCluster).optional(),
  /** Date claims resolved across sources (claims their own article leaves unresolved). Absent in older data. */
  resolvedDates: z.array(ZCrossResolvedDate).optional(),
});
export type TComparison = z.infer<typeof ZComparison>;
