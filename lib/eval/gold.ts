import { z } from "zod";
import { ZClaimAttribute, ZDiscrepancyKind } from "@/lib/schemas/pipeline";
import { foldName, locateInEvidence, locateQuote } from "./text";

/** Gold annotation formats (tests/fixtures/gold/*.json). */

export const ZGoldEntity = z.object({
  name: z.string(),
  type: z.enum(["person", "organization", "place", "other"]),
  altTypes: z.array(z.enum(["person", "organization", "place", "other"])).optional(),
  forms: z.array(z.string()).min(1),
  references: z.array(z.string()).optional(),
  /** A generic institutional reference; scored separately from named entities. */
  optional: z.boolean().optional(),
});
export type TGoldEntity = z.infer<typeof ZGoldEntity>;

export const ZGoldQuote = z.object({
  text: z.string().min(1),
  speaker: z.string().nullable(),
  alsoAccept: z.array(z.string().nullable()).optional(),
  /** Which occurrence (among those right after a quote mark) when the text is printed more than once. */
  occurrence: z.number().int().nonnegative().optional(),
});
export type TGoldQuote = z.infer<typeof ZGoldQuote>;

export const ZGoldPlace = z.object({ value: z.string().min(1), evidence: z.string().min(1) });

export const ZGoldClaim = z.object({
  subject: z.string(),
  attribute: ZClaimAttribute,
  value: z.string().min(1),
  evidence: z.string().min(1),
  alt: z.array(ZGoldPlace).optional(),
  alsoSubjects: z.array(z.string()).optional(),
  inQuote: z.boolean().optional(),
  caption: z.boolean().optional(),
});
export type TGoldClaim = z.infer<typeof ZGoldClaim>;

export const ZAliases = z.record(z.string(), z.array(z.string()));

export const ZGoldArticle = z.object({
  file: z.string(),
  outlet: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  notes: z.union([z.string(), z.array(z.string())]).optional(),
  aliases: ZAliases.default({}),
  entities: z.array(ZGoldEntity),
  quotes: z.array(ZGoldQuote),
  claims: z.array(ZGoldClaim),
});
export type TGoldArticle = z.infer<typeof ZGoldArticle>;

export const ZGoldDiscrepancy = z.object({
  kind: ZDiscrepancyKind,
  subject: z.string(),
  attribute: z.string(),
  /** Other attribute labels a detection of the same finding may carry. */
  alsoAttributes: z.array(z.string()).optional(),
  sources: z.array(z.string()).min(1),
  alsoSubjects: z.array(z.string()).optional(),
  /** Sources a detection must involve (e.g. the odd one out of a conflict). */
  mustInclude: z.array(z.string()).optional(),
  reportedBy: z.array(z.string()).optional(),
  /** For omissions: sources that do not report it; a detection must list them as missing. */
  missingFrom: z.array(z.string()).optional(),
  values: z.record(z.string(), z.string()).optional(),
  note: z.string(),
});
export type TGoldDiscrepancy = z.infer<typeof ZGoldDiscrepancy>;

export const ZGoldNotConflict = z.object({
  subject: z.string(),
  attribute: z.string(),
  alsoAttributes: z.array(z.string()).optional(),
  sources: z.array(z.string()).min(1),
  alsoSubjects: z.array(z.string()).optional(),
  note: z.string(),
});
export type TGoldNotConflict = z.infer<typeof ZGoldNotConflict>;

export const ZGoldCrossSource = z.object({
  notes: z.union([z.string(), z.array(z.string())]).optional(),
  sources: z.record(z.string(), z.string().nullable()).optional(),
  aliases: ZAliases.default({}),
  samePerson: z.array(z.array(z.string()).min(1)),
  differentEntities: z.array(z.tuple([z.string(), z.string()])),
  discrepancies: z.array(ZGoldDiscrepancy),
  mustNotFlagAsConflict: z.array(ZGoldNotConflict),
  /** Same speaker named differently across outlets: an attribution discrepancy here is a false alarm. */
  mustNotFlagAsAttribution: z.array(ZGoldNotConflict).default([]),
});
export type TGoldCrossSource = z.infer<typeof ZGoldCrossSource>;

/**
 * Canonical name -> every accepted spelling (folded): the canonical itself, the aliases maps of all
 * gold files, and the printed forms of gold entities carrying that canonical name.
 */
export class NameBook {
  private readonly names = new Map<string, Set<string>>();

  constructor(articles: TGoldArticle[], cross?: TGoldCrossSource) {
    const add = (canonical: string, alt: string) => {
      const key = foldName(canonical);
      let set = this.names.get(key);
      if (!set) this.names.set(key, (set = new Set([key])));
      const f = foldName(alt);
      if (f) set.add(f);
    };
    for (const a of articles) {
      for (const [c, alts] of Object.entries(a.aliases)) for (const x of alts) add(c, x);
      for (const e of a.entities) for (const x of [e.name, ...e.forms]) add(e.name, x);
    }
    if (cross) for (const [c, alts] of Object.entries(cross.aliases)) for (const x of alts) add(c, x);
  }

  /** Folded accepted names for a canonical name (at least the folded name itself). */
  accepted(canonical: string): Set<string> {
    const key = foldName(canonical);
    return this.names.get(key) ?? new Set([key]);
  }

  /** Does any of `candidates` name `canonical` (or one of `also`)? */
  matches(candidates: Iterable<string | null | undefined>, canonical: string, also: string[] = []): boolean {
    const ok = new Set<string>();
    for (const c of [canonical, ...also]) for (const n of this.accepted(c)) ok.add(n);
    for (const c of candidates) if (c && ok.has(foldName(c))) return true;
    return false;
  }
}

/**
 * Problems with a gold article against the file it annotates: every quote text, entity form, claim
 * value and evidence must be an exact substring (character for character, no-break spaces included),
 * and each value must lie inside its evidence. Returns messages (empty = fine).
 */
export function checkGoldAgainstText(gold: TGoldArticle, text: string): string[] {
  const problems: string[] = [];
  for (const q of gold.quotes) {
    if (!text.includes(q.text)) problems.push(`quote not found: ${JSON.stringify(q.text)}`);
    else if (!locateQuote(text, q.text, q.occurrence)) problems.push(`quote not locatable: ${JSON.stringify(q.text)}`);
  }
  for (const e of gold.entities) {
    for (const f of e.forms) if (!text.includes(f)) problems.push(`entity form not found: ${e.name} / ${JSON.stringify(f)}`);
  }
  gold.claims.forEach((c, i) => {
    for (const p of [{ value: c.value, evidence: c.evidence }, ...(c.alt ?? [])]) {
      if (!text.includes(p.evidence)) problems.push(`claim ${i} (${c.subject} ${c.attribute}) evidence not found: ${JSON.stringify(p.evidence)}`);
      else if (!p.evidence.includes(p.value)) problems.push(`claim ${i} (${c.subject} ${c.attribute}) value not inside evidence: ${JSON.stringify(p.value)}`);
      else if (!locateInEvidence(text, p.value, p.evidence)) problems.push(`claim ${i} value not locatable: ${JSON.stringify(p.value)}`);
    }
  });
  return problems;
}
