import { z } from "zod";
import { ZClaimAttribute, ZDiscrepancyKind, ZEntityType, ZFactDetail, ZSeverity, ZAgreement } from "./pipeline";
import { ZReviewState } from "./review";
import { isHttpUrl } from "./article-meta";

/**
 * The fact sheet's JSON: a public contract other tools read. Fields may be added, never
 * renamed or dropped. Every `start`/`end` indexes the `text` of the source named by `sourceId`.
 */
const ZOffsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const ZFactSheetSource = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** http(s) only: any other URL is exported as null. */
  url: z.string().refine(isHttpUrl, "Only http and https URLs").nullable(),
  file: z.string().nullable(),
  text: z.string(),
  /** The story the article belongs to (stories[].id); every comparison in the sheet stays within one story. */
  storyId: z.string(),
});

export const ZFactSheetStory = z.object({ id: z.string(), title: z.string(), sourceIds: z.array(z.string()) });

export const ZFactSheetEntity = z.object({ id: z.string(), name: z.string(), type: ZEntityType, aliases: z.array(z.string()) });

export const ZFactSheetQuote = z.object({
  id: z.string(),
  sourceId: z.string(),
  speaker: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  text: z.string(),
  ...ZOffsets,
  isPartial: z.boolean(),
  /** The cluster of the same quotation printed by other outlets, if any. */
  clusterId: z.string().nullable(),
});

export const ZFactSheetClaim = z.object({
  id: z.string(),
  sourceId: z.string(),
  /** Null for a general fact about no named entity ("nine people died"); `subject` then says what it is about. */
  subjectEntityId: z.string().nullable(),
  subject: z.string(),
  attribute: ZClaimAttribute,
  value: z.string(),
  text: z.string(),
  ...ZOffsets,
  valueStart: z.number().int(),
  valueEnd: z.number().int(),
  isCaption: z.boolean(),
  groupId: z.string().nullable(),
  /** Date claims: the resolved ISO date (or week/month/year) when something anchors it, else null. */
  resolvedDate: z.string().nullable(),
  /** The rule that produced it ("role.appositive", "fact.quantity"); "" for claims stored before rules had ids. */
  method: z.string().default(""),
  /** General facts: the normalised value and what it measures (see ZFactDetail), else null. */
  fact: ZFactDetail.nullable().default(null),
});

export const ZFactSheetClaimGroup = z.object({
  id: z.string(),
  subjectEntityId: z.string().nullable(),
  subject: z.string(),
  attribute: ZClaimAttribute,
  label: z.string(),
  agreement: ZAgreement,
  claimIds: z.array(z.string()),
  reviewStatus: ZReviewState,
  reviewNote: z.string(),
  reviewedAt: z.string().nullable(),
});

export const ZFactSheetDiscrepancyItem = z.object({
  sourceId: z.string(),
  claimId: z.string().nullable(),
  quoteId: z.string().nullable(),
  value: z.string(),
  excerpt: z.string(),
  ...ZOffsets,
});

export const ZFactSheetDiscrepancy = z.object({
  id: z.string(),
  kind: ZDiscrepancyKind,
  severity: ZSeverity,
  subjectEntityId: z.string().nullable(),
  subject: z.string(),
  attribute: z.string(),
  summary: z.string(),
  reviewStatus: ZReviewState,
  reviewNote: z.string(),
  reviewedAt: z.string().nullable(),
  items: z.array(ZFactSheetDiscrepancyItem),
  missingSourceIds: z.array(z.string()),
  /** "pipeline" when the app found it, "manual" when a reviewer flagged it. */
  origin: z.enum(["pipeline", "manual"]),
  /** The rule that flagged it ("fact.quantity.conflict", "quote.attribution", "manual"). */
  method: z.string().default(""),
  /** Why it was flagged, in one line built from the outlets' own values. */
  reason: z.string().default(""),
});

export const ZFactSheetQuoteCluster = z.object({
  id: z.string(),
  kind: z.enum(["identical", "punctuation", "wording"]),
  text: z.string(),
  quoteIds: z.array(z.string()),
  attributionDiffers: z.boolean(),
});

/** Provenance: `sourceId` cites `cited` ("according to …", "told …"); `citedSourceId` when that outlet is stored too. */
export const ZFactSheetCitation = z.object({
  id: z.string(),
  sourceId: z.string(),
  cited: z.string(),
  cue: z.string(),
  ...ZOffsets,
  citedSourceId: z.string().nullable(),
});

export const ZFactSheet = z
  .object({
    schemaVersion: z.literal(1),
    generatedAt: z.string(),
    /** The story this sheet covers, or null when it carries every story (then see stories[]). */
    story: z.object({ id: z.string(), title: z.string() }).nullable(),
    /** Every story the sheet carries, with its articles. */
    stories: z.array(ZFactSheetStory),
    sources: z.array(ZFactSheetSource),
    entities: z.array(ZFactSheetEntity),
    quotes: z.array(ZFactSheetQuote),
    claims: z.array(ZFactSheetClaim),
    claimGroups: z.array(ZFactSheetClaimGroup),
    discrepancies: z.array(ZFactSheetDiscrepancy),
    quoteClusters: z.array(ZFactSheetQuoteCluster),
    citations: z.array(ZFactSheetCitation),
  })
  .superRefine((sheet, ctx) => {
    for (const problem of findOffsetProblems(sheet)) ctx.addIssue({ code: "custom", message: problem });
  });
export type TFactSheet = z.infer<typeof ZFactSheet>;

type TSpanned = { sourceId: string; start: number; end: number };

/** Every quote, claim and item must be exactly the slice of its source that its offsets name. */
export function findOffsetProblems(sheet: {
  sources: Array<{ id: string; text: string }>;
  quotes: Array<TSpanned & { id: string; text: string }>;
  claims: Array<TSpanned & { id: string; text: string }>;
  discrepancies: Array<{ id: string; items: Array<TSpanned & { excerpt: string }> }>;
  citations?: Array<TSpanned & { id: string; cited: string }>;
}): string[] {
  const texts = new Map(sheet.sources.map((s) => [s.id, s.text]));
  const problems: string[] = [];
  const check = (what: string, span: TSpanned, expected: string) => {
    const text = texts.get(span.sourceId);
    if (text === undefined) problems.push(`${what}: unknown source ${span.sourceId}`);
    else if (span.start > span.end || text.slice(span.start, span.end) !== expected) problems.push(`${what}: offsets ${span.start}..${span.end} do not match its text`);
  };
  for (const q of sheet.quotes) check(`quote ${q.id}`, q, q.text);
  for (const c of sheet.claims) check(`claim ${c.id}`, c, c.text);
  for (const d of sheet.discrepancies) d.items.forEach((item, i) => check(`discrepancy ${d.id} item ${i}`, item, item.excerpt));
  for (const c of sheet.citations ?? []) check(`citation ${c.id}`, c, c.cited);
  return problems;
}

export const ZFactSheetFormat = z.enum(["json", "md", "csv", "claimreview", "pdf"]);
export type TFactSheetFormat = z.infer<typeof ZFactSheetFormat>;

/** Narrowing every format accepts: only confirmed items, one entity, one outlet (id or name). */
export const ZFactSheetOptions = z.object({
  onlyConfirmed: z.boolean().default(false),
  /** One story, by id or exact title; without it the sheet carries every story. */
  story: z.string().trim().min(1).max(200).optional(),
  entityId: z.string().trim().min(1).max(64).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
});
export type TFactSheetOptions = z.infer<typeof ZFactSheetOptions>;
