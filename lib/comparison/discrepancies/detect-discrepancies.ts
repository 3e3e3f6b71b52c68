/**
 * Discrepancies between outlets, built only from what the sources print:
 *  - conflict: aligned claims that cannot both be true (from align-claims' conflict edges)
 *  - variant: the same fact or quote worded differently
 *  - omission: a fact reported by several outlets and missing from another (checked against the other
 *    outlet's sentences, so a fact the extractor missed but the text states is not called missing)
 *  - attribution: the same quoted words credited to different speakers
 * Each kind is found in its own file; this one composes them, drops duplicates and ranks them.
 */
import type { TDiscrepancy, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { Alignment } from "../claims/align-claims";
import { conflictsAndVariants } from "./claim-conflicts-and-variants";
import { omissions } from "./claim-omissions";
import { clusterQuotes, type QuoteCluster } from "../quotes/cluster-quotes";
import { makeDiscrepancyContext, type Severity } from "./discrepancy-context";
import { quoteDiscrepancies } from "./quote-discrepancies";
import type { EntityResolution } from "../entities/resolve-entities";
import { contentTerms } from "../../text/text-similarity";

export type DetectOptions = {
  /** An omission needs at least this share of all sources to report the fact (and at least 2). */
  omissionMinShare?: number;
};

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK: Record<TDiscrepancy["kind"], number> = { conflict: 0, attribution: 1, omission: 2, variant: 3 };

export function detectDiscrepancies(
  sources: TSourceAnalysis[],
  resolution: EntityResolution,
  alignment: Alignment,
  options: DetectOptions = {},
  quoteClusters: QuoteCluster[] = clusterQuotes(sources, resolution),
): TDiscrepancy[] {
  const ctx = makeDiscrepancyContext(sources, resolution);
  const all: TDiscrepancy[] = [];
  for (const g of alignment.groups) all.push(...conflictsAndVariants(ctx, g).filter(worthFlagging(sources.length)).map(withMethod("claim")));
  all.push(...omissions(ctx, alignment.groups, options.omissionMinShare ?? 0.3).filter(worthFlagging(sources.length)).map(withMethod("claim")));
  all.push(...quoteDiscrepancies(ctx, quoteClusters).map(withMethod("quote")));
  return rankDistinct(all);
}

/**
 * What of the typed claims' findings is worth a reader's time. The same fact worded differently ("Transport
 * Minister" / "minister", "on Thursday" / "on May 15") is no discrepancy: it stays visible as a variant row of
 * the comparison, not as a flag. An omission is flagged when most outlets report an event, an action or a
 * legal outcome and some do not; a missing role, date or wording is not.
 */
const OMISSION_WORTHY = new Set(["action", "legal_status", "location", "time_span", "statement"]);
function worthFlagging(nSources: number): (d: TDiscrepancy) => boolean {
  return (d) => {
    if (d.kind === "variant") return rewords(d);
    if (d.kind !== "omission") return true;
    const reporting = new Set(d.items.map((i) => i.sourceId)).size;
    return OMISSION_WORTHY.has(d.attribute) && reporting * 2 > nSources;
  };
}

/**
 * A variant worth a flag rewords on both sides: each printed value has words the other lacks ("secretary of
 * foreign relations" / "Secretary of Foreign Affairs"). One value inside the other ("minister" / "Transport
 * Minister", "signed X" / "signed winger X") only adds detail, and two dates of one day are one date.
 */
function rewords(d: TDiscrepancy): boolean {
  if (d.attribute === "date" || d.attribute === "role" && d.items.length < 2) return false;
  const sets = [...new Set(d.items.map((i) => i.value))].map((v) => new Set(contentTerms(v)));
  if (sets.length < 2) return false;
  for (let i = 0; i < sets.length; i++) {
    for (let j = 0; j < sets.length; j++) {
      if (i === j) continue;
      const aOnly = [...sets[i]].some((t) => !sets[j].has(t));
      const bOnly = [...sets[j]].some((t) => !sets[i].has(t));
      if (aOnly && bOnly) return true;
    }
  }
  return false;
}

/** Every finding says which rule flagged it: "claim.role.conflict", "quote.attribution". */
function withMethod(family: "claim" | "quote"): (d: TDiscrepancy) => TDiscrepancy {
  return (d) => ({ ...d, method: d.method ?? (family === "quote" ? `quote.${d.kind}` : `claim.${d.attribute}.${d.kind}`), reason: d.reason ?? REASONS[family][d.kind] });
}
const REASONS: Record<"claim" | "quote", Record<TDiscrepancy["kind"], string>> = {
  claim: {
    conflict: "These outlets give values of the same attribute that cannot both be true.",
    variant: "These outlets state the same fact in different words.",
    omission: "Most outlets report this; the ones listed as missing do not say it anywhere in their text.",
    attribution: "These outlets credit the same words to different speakers.",
  },
  quote: {
    conflict: "These outlets print the same quotation with meanings that cannot both be right.",
    variant: "These outlets print the same quotation with words that change its sense.",
    omission: "These outlets print only part of a statement and leave out the part that qualifies it.",
    attribution: "These outlets credit the same words to different speakers.",
  },
};

/** Most severe first, each discrepancy once, then by kind and summary so the order is stable. */
function rankDistinct(all: TDiscrepancy[]): TDiscrepancy[] {
  all.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const seen = new Set<string>();
  const out = all.filter((d) => {
    // one omission per set of reporting spans (a sentence can carry a count and a legal status)
    const key = d.kind === "omission" ? `omission|${d.items.map((i) => `${i.sourceId}:${i.start}:${i.end}`).sort().join("|")}` : d.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : a.id < b.id ? -1 : 1),
  );
  return out;
}
