/**
 * Discrepancies within one quote cluster printed by several outlets: the same words credited to different
 * speakers (attribution), or one quote printed with different wording or punctuation (variant).
 */
import type { TDiscrepancy, TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { Attribution, QuoteCluster, QuoteNode } from "../quotes/cluster-quotes";
import { discrepancyId, possessive, quoteItem, type DiscrepancyContext } from "./discrepancy-context";
import { clip, humanList } from "../../text/text-similarity";

export function quoteDiscrepancies(ctx: DiscrepancyContext, clusters: QuoteCluster[]): TDiscrepancy[] {
  const out: TDiscrepancy[] = [];
  for (const c of clusters) {
    if (c.sourceCount < 2) continue;
    const items = c.members.map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length < 2) continue;
    const d = c.attribution ? attributionOf(ctx, c.attribution) : wordingVariantOf(ctx, c, items);
    if (d) out.push(d);
  }
  return out;
}

function speakerName(ctx: DiscrepancyContext, id: string | null): string {
  return id ? (ctx.resolution.byId.get(id)?.name ?? "an unnamed speaker") : "an unnamed speaker";
}

function attributionOf(ctx: DiscrepancyContext, attribution: Attribution): TDiscrepancy {
  const { severity, maySpeakFor } = attribution;
  const outletsOf = (side: QuoteNode[]) => new Set(side.map((m) => m.sourceId)).size;
  const sides = [...attribution.sides].sort((a, b) => outletsOf(b) - outletsOf(a));
  const sideText = (side: QuoteNode[]) =>
    `${humanList([...new Set(side.map((m) => speakerName(ctx, m.speakerId)))])} (${humanList([...new Set(side.map((m) => ctx.outlet(m.sourceId)))])})`;
  const shortest = sides.flat().sort((a, b) => a.words.length - b.words.length)[0];
  const sideItems = sides.flat().map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
  // the speaker most outlets credit is the subject
  const main = sides[0];
  const mainIds = [...new Set(main.map((m) => m.speakerId))];
  return {
    id: discrepancyId("attribution", "quote", sideItems),
    kind: "attribution",
    severity,
    subjectEntityId: mainIds.length === 1 ? mainIds[0] : null,
    subject: mainIds.length === 1 ? speakerName(ctx, mainIds[0]) : `"${clip(shortest.text, 60)}"`,
    attribute: "quote",
    summary:
      `The words "${clip(shortest.text, 80)}" are credited to ${sides.slice(0, 3).map(sideText).join(" and to ")}` +
      (sides.length > 3 ? ` and to ${sides.length - 3} other speakers` : "") +
      (maySpeakFor ? "; the person may be speaking for the institution" : ""),
    items: sideItems,
    missingSourceIds: [],
    groupId: null,
  };
}

function wordingVariantOf(ctx: DiscrepancyContext, c: QuoteCluster, items: TDiscrepancyItem[]): TDiscrepancy | null {
  if (c.kind === "identical") return null;
  const speakers = [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))];
  const subjectEntityId = speakers.length === 1 ? speakers[0] : null;
  const subject = subjectEntityId ? speakerName(ctx, subjectEntityId) : "quote";
  const punctuationOnly = c.kind === "punctuation";
  const wordingOf = (m: QuoteNode) => (punctuationOnly ? m.surface : m.words.join(" "));
  const byWording = new Map<string, QuoteNode[]>();
  for (const m of c.members) byWording.set(wordingOf(m), [...(byWording.get(wordingOf(m)) ?? []), m]);
  if (byWording.size < 2) return null;
  const shown = [...byWording.values()]
    .slice(0, 3)
    .map((side, i, all) => `"${aroundDifference(side[0].text, all[i === 0 ? 1 : 0][0].text)}" (${[...new Set(side.map((m) => ctx.outlet(m.sourceId)))].join(", ")})`)
    .join(" vs ");
  const who = subjectEntityId ? `${possessive(speakerName(ctx, subjectEntityId))} words` : "the same quote";
  return {
    id: discrepancyId("variant", "quote", items),
    kind: "variant",
    severity: punctuationOnly ? "low" : "medium",
    subjectEntityId,
    subject,
    attribute: "quote",
    summary: punctuationOnly
      ? `Outlets print ${who} with different punctuation only (same words): ${shown}`
      : `Outlets quote ${who} with different wording: ${shown}`,
    items,
    missingSourceIds: [],
    groupId: null,
  };
}

/** The quote, or when long, a window of it around where it first differs from `other`. */
function aroundDifference(text: string, other: string, max = 90): string {
  if (text.length <= max) return text;
  const norm = (s: string) => s.toLowerCase().replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'");
  const a = norm(text);
  const b = norm(other);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i < max - 20) return clip(text, max);
  let start = text.lastIndexOf(" ", Math.max(0, i - 40));
  if (start < 0) start = 0;
  return `…${clip(text.slice(start).trim(), max)}`;
}
