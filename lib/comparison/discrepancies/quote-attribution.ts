/**
 * The same quoted words credited to different speakers by different outlets. Each item is the sentence
 * that carries the quote and its printed attribution, so the reader sees who each outlet credits; outlets
 * that print the words with an attribution the pipeline could not resolve are shown too. The halves of one
 * split quotation ("…," X said. "…") credited the same way are one finding, not two.
 */
import type { TDiscrepancy } from "@/lib/schemas/pipeline";
import type { Attribution, QuoteCluster, QuoteNode } from "../quotes/cluster-quotes";
import { creditOf } from "../quotes/credited-speakers";
import { discrepancyId, type DiscrepancyContext } from "./discrepancy-context";
import { sentenceItems } from "./quote-items";
import { clip, humanList } from "../../text/text-similarity";

export function speakerName(ctx: DiscrepancyContext, id: string | null): string {
  return id ? (ctx.resolution.byId.get(id)?.name ?? "an unnamed speaker") : "an unnamed speaker";
}

/** Who a member is credited to, as printed: the resolved speaker's name, or the body ("the board"). */
const creditName = (ctx: DiscrepancyContext, m: QuoteNode): string => (m.speakerId ? speakerName(ctx, m.speakerId) : (m.body ?? speakerName(ctx, null)));

/** Which outlet credits which speaker: clusters with the same answer are one misattribution. */
function creditKey(a: Attribution): string {
  return a.sides
    .map((side) => [...new Set(side.map((m) => `${m.sourceId}>${creditOf(m)}`))].sort().join(","))
    .sort()
    .join("|");
}

export function attributionDiscrepancies(ctx: DiscrepancyContext, clusters: QuoteCluster[]): TDiscrepancy[] {
  const byCredit = new Map<string, QuoteCluster[]>();
  for (const c of clusters) {
    if (c.sourceCount < 2 || !c.attribution) continue;
    const k = creditKey(c.attribution);
    byCredit.set(k, [...(byCredit.get(k) ?? []), c]);
  }
  return [...byCredit.values()].map((cs) => attributionOf(ctx, cs));
}

function attributionOf(ctx: DiscrepancyContext, clusters: QuoteCluster[]): TDiscrepancy {
  const attribution = clusters[0].attribution!;
  const { severity, maySpeakFor } = attribution;
  const outletsOf = (side: QuoteNode[]) => new Set(side.map((m) => m.sourceId)).size;
  const sides = [...attribution.sides].sort((a, b) => outletsOf(b) - outletsOf(a));
  const sideText = (side: QuoteNode[]) =>
    `${humanList([...new Set(side.map((m) => creditName(ctx, m)))])} (${humanList([...new Set(side.map((m) => ctx.outlet(m.sourceId)))])})`;
  const members = clusters.flatMap((c) => c.members);
  const credited = new Set(sides.flat().map((m) => m.sourceId));
  // an outlet that prints the words without a speaker we could resolve: shown, not counted as a side
  const unresolved = [...new Set(members.filter((m) => !creditOf(m) && !credited.has(m.sourceId)).map((m) => ctx.outlet(m.sourceId)))];
  const shortestOf = (c: QuoteCluster) => [...c.members].sort((a, b) => a.words.length - b.words.length)[0];
  const quoted = clusters.map((c) => `"${clip(shortestOf(c).text, clusters.length > 1 ? 60 : 80)}"`);
  const main = sides[0];
  const mainIds = [...new Set(main.map((m) => m.speakerId))];
  const items = sentenceItems(ctx, [...clusters.flatMap((c) => c.attribution!.sides.flat()), ...members.filter((m) => !creditOf(m))]);
  return {
    id: discrepancyId("attribution", "quote", items),
    kind: "attribution",
    severity,
    subjectEntityId: mainIds.length === 1 ? mainIds[0] : null,
    subject: mainIds.length === 1 ? creditName(ctx, main[0]) : quoted[0],
    attribute: "quote",
    summary:
      `The words ${humanList(quoted, 2)} are credited to ${sides.slice(0, 3).map(sideText).join(" and to ")}` +
      (sides.length > 3 ? ` and to ${sides.length - 3} other speakers` : "") +
      (unresolved.length ? `; ${humanList(unresolved)} also ${unresolved.length > 1 ? "print" : "prints"} them` : "") +
      (maySpeakFor ? "; the person may be speaking for the institution" : ""),
    items,
    missingSourceIds: [],
    groupId: null,
  };
}
