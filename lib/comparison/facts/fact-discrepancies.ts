/**
 * A group of aligned facts becomes a claim group (one row of the comparison, one cell per outlet) and, when
 * outlets' values cannot all be true, a conflict. Outlets whose values are compatible form one side; two or
 * more sides that no value bridges are the conflict, and every outlet's exact sentence is an item. The
 * summary and the "why flagged" line are built from the printed values only.
 */
import { pushTo } from "../../text/multimap";
import { PREDICATE_CLASSES } from "@/lib/lexicons/predicates";
import type { TClaimGroup, TDiscrepancy, TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { EntityResolution } from "../entities/resolve-entities";
import { stableId } from "../../text/stable-id";
import { clip, humanList } from "../../text/text-similarity";
import { UnionFind } from "../../text/union-find";
import type { FactGroup } from "./align-facts";
import type { FactNode } from "./fact-nodes";
import { compareQuantities, compareTimes, type ValueRelation } from "./fact-values";
import { compareStates } from "./state-values";

/** What a group's row and flag call the measure: "people dead", "crossing (length)", "fee paid (GBP)". */
export function measureLabel(n: FactNode): string {
  const fr = n.fact.frame;
  const pred = fr.predicates.map((p) => PREDICATE_CLASSES[p]?.label ?? p)[0] ?? "";
  const head = fr.head ? plural(fr.head) : "";
  const mods = fr.modifiers.length ? `${fr.modifiers.join(" ")} ` : "";
  const unit = n.fact.dimension === "money" ? ` (${n.fact.unit})` : n.fact.dimension && n.fact.dimension !== "count" && n.fact.dimension !== "tally" ? ` (${n.fact.dimension})` : "";
  const era = fr.era ? `, ${fr.era}` : "";
  switch (n.claim.attribute) {
    case "time":
      return `${pred || "event"}${fr.owner ? ` (${PREDICATE_CLASSES[fr.owner]?.label ?? fr.owner})` : ""}`;
    case "state":
      return `${n.fact.group ?? "state"}${fr.owner ? ` of ${fr.owner}` : ""}`;
    case "age":
      return "age";
    case "rank":
      return `rank${fr.owner ? ` of ${fr.owner}` : ""}`;
    case "designation":
      return fr.owner ?? "designation";
  }
  if (fr.owner) return `${fr.head ? `${head} of ` : ""}${fr.owner}${unit}${era}`;
  if (fr.head === "tally") return `${pred || "vote"} tally${era}`;
  return `${mods}${head}${head && pred ? " " : ""}${pred}${unit}${era}`.trim() || "figure";
}

/** What a conflict is about, as the start of its summary: "When MV X capsized", "Custody of Y", "Whether the plant is open". */
function headline(n: FactNode, subject: string | null, measure: string): string {
  const f = n.fact;
  const owner = f.frame.owner;
  const who = subject ?? "it";
  switch (n.claim.attribute) {
    case "time":
      return `When ${who} ${measure}`;
    case "state":
      if (f.group === "verdict") return `Verdict on ${owner ?? "the charge"}${subject ? ` for ${subject}` : ""}`;
      if (f.group === "operation") return `Whether the ${owner ?? "place"} is open`;
      if (f.group === "inclusion") return `Whether ${owner ?? "it"} is included`;
      if (f.group === "intent") return `Whether ${who} will ${owner ? PREDICATE_CLASSES[owner]?.id ?? owner : "act"}`;
      return `${f.group ? f.group[0].toUpperCase() + f.group.slice(1) : "State"}${subject ? ` of ${subject}` : ""}`;
    default:
      return subject ? `${measure[0].toUpperCase()}${measure.slice(1)} (${subject})` : measure;
  }
}

function plural(noun: string): string {
  if (noun === "person") return "people";
  if (noun === "child") return "children";
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function relate(a: FactNode, b: FactNode): ValueRelation {
  switch (a.claim.attribute) {
    case "time":
      return compareTimes(a.fact, b.fact);
    case "state":
      return compareStates(a.fact, b.fact);
    case "designation":
      return (a.fact.code ?? "") === (b.fact.code ?? "") ? "equal" : "conflict";
    default:
      return compareQuantities(a.fact, b.fact);
  }
}

/**
 * A value that commits to little ("at least 48", "dozens", "more than 30", "earlier this year") agrees with
 * many; it may sit beside either side of a conflict but never bridges two precise values that disagree.
 */
function isLoose(m: FactNode): boolean {
  const f = m.fact;
  // a time is loose beyond a month ("earlier this year"); a day, a week or a month still decides
  if (m.claim.attribute === "time") return f.from == null || f.to == null || f.to - f.from > 31 * 24 * 60;
  if (m.claim.attribute === "state" || m.claim.attribute === "designation") return false;
  if (f.approx === "vague" || f.low == null || f.high == null) return true;
  return f.high - f.low > 0.25 * Math.max(Math.abs(f.low), Math.abs(f.high));
}

/** Words that say a state still holds: "remains in custody", "is still in hospital". */
const CURRENT_RE = /\b(?:remains?|remained|still|is|are|has not|have not|no longer)\b/;

/**
 * States an outlet reports and then moves on from: of one outlet's states of one subject, the one said to
 * hold now ("remains in custody") decides, else the last printed ("arrested … and released" is released).
 * One pass: the deciding state per outlet and group.
 */
function supersededStates(all: FactNode[]): Set<FactNode> {
  const byOwn = new Map<string, FactNode[]>();
  for (const m of all) {
    if (m.claim.attribute !== "state") continue;
    const k = `${m.sourceId}|${m.fact.group}|${m.fact.frame.owner ?? ""}`;
    pushTo(byOwn, k, m);
  }
  const out = new Set<FactNode>();
  const isCurrent = (o: FactNode) => CURRENT_RE.test(o.claim.text.slice(Math.max(0, o.claim.valueStart - o.claim.start - 20), o.claim.valueEnd - o.claim.start));
  for (const own of byOwn.values()) {
    if (own.length < 2) continue;
    const current = own.filter(isCurrent);
    const decider = current.length ? current[current.length - 1] : own.reduce((a, b) => (b.claim.valueStart > a.claim.valueStart ? b : a));
    const decides = `${decider.fact.state}|${decider.fact.polarity}`;
    for (const m of own) if (m !== decider && `${m.fact.state}|${m.fact.polarity}` !== decides) out.add(m);
  }
  return out;
}

/** What two facts' relation depends on: equal keys relate as equal, so only distinct values are compared. */
function valueKey(m: FactNode): string {
  const f = m.fact;
  switch (m.claim.attribute) {
    case "time":
      return `${f.from}|${f.to}`;
    case "state":
      return `${f.group}|${f.state}|${f.polarity}`;
    case "designation":
      return f.code ?? "";
    default:
      return `${f.dimension}|${f.low}|${f.high}|${f.approx ?? ""}|${f.printedUnit ?? ""}|${f.precision ?? ""}`;
  }
}

/** Distinct values beyond which a group is too scattered to say which side anyone is on. */
const MAX_DISTINCT_VALUES = 200;

/**
 * Outlets as sides: two outlets are on one side when one of their precise values agrees with one of the
 * other's. Loose values join no side; an outlet that prints only loose values is on no side of a conflict.
 * Distinct values are compared pairwise (few), outlets are joined through their values: near-linear in facts.
 */
function sides(all: FactNode[]): FactNode[][] {
  const dropped = supersededStates(all);
  const members = all.filter((m) => !isLoose(m) && !dropped.has(m));
  const keys = new Map<string, FactNode>();
  for (const m of members) if (!keys.has(valueKey(m))) keys.set(valueKey(m), m);
  if (keys.size > MAX_DISTINCT_VALUES) return [members];
  if (keys.size < 2) return withLooseSides(all, members, [members], [...keys.values()]);
  const keyList = [...keys.keys()];
  const keyIndex = new Map(keyList.map((k, i) => [k, i]));
  const sourceIds = [...new Set(members.map((m) => m.sourceId))];
  const sourceIndex = new Map(sourceIds.map((id, i) => [id, keyList.length + i]));
  const uf = new UnionFind(keyList.length + sourceIds.length);
  for (let i = 0; i < keyList.length; i++) {
    for (let j = i + 1; j < keyList.length; j++) if (relate(keys.get(keyList[i])!, keys.get(keyList[j])!) !== "conflict") uf.union(i, j);
  }
  for (const m of members) uf.union(sourceIndex.get(m.sourceId)!, keyIndex.get(valueKey(m))!);
  const out = new Map<number, FactNode[]>();
  for (const m of members) {
    const root = uf.find(sourceIndex.get(m.sourceId)!);
    pushTo(out, root, m);
  }
  const result = [...out.values()];
  if (result.length === 1) return withLooseSides(all, members, result, [...keys.values()]);
  // a loose value goes beside every side it agrees with, shown but never deciding
  if (result.length > 1) {
    for (const m of all) {
      if (!isLoose(m)) continue;
      for (const side of result) {
        const sideKeys = new Map(side.map((x) => [valueKey(x), x]));
        if ([...sideKeys.values()].some((x) => relate(m, x) !== "conflict")) side.push(m);
      }
    }
  }
  return result;
}

/**
 * An outlet that prints only a bound or a vague figure is a side of its own when no precise value fits it
 * ("more than 30" against "25"); it never joins two precise sides.
 */
function withLooseSides(all: FactNode[], members: FactNode[], result: FactNode[][], reps: FactNode[]): FactNode[][] {
  if (!reps.length) return result;
  const preciseSources = new Set(members.map((m) => m.sourceId));
  const looseOnly = new Map<string, FactNode[]>();
  for (const m of all) if (isLoose(m) && !preciseSources.has(m.sourceId)) pushTo(looseOnly, m.sourceId, m);
  const out = [...result];
  for (const facts of looseOnly.values()) {
    if (facts.every((m) => reps.every((x) => relate(m, x) === "conflict"))) out.push(facts);
  }
  return out;
}

/** All facts of a group agree when their distinct values are pairwise equal. */
function allEqual(members: FactNode[]): boolean {
  const reps = [...new Map(members.map((m) => [valueKey(m), m])).values()];
  if (reps.length > MAX_DISTINCT_VALUES) return false;
  return reps.every((a, i) => reps.slice(i + 1).every((b) => relate(a, b) === "equal"));
}

const HIGH = new Set(["dead", "injured", "missing", "hospitalised", "sick", "sentenced", "convict", "acquit", "arrested", "charged", "cut", "pay", "receive", "contribute", "vote"]);

export type FactComparison = { groups: TClaimGroup[]; discrepancies: TDiscrepancy[] };

export function factGroupsAndConflicts(groups: FactGroup[], resolution: EntityResolution): FactComparison {
  const out: FactComparison = { groups: [], discrepancies: [] };
  for (const g of groups) {
    const first = g.members[0];
    const subjectEntityId = g.subjectLabel?.startsWith("e:") ? g.subjectLabel.slice(2) : null;
    const entityName = subjectEntityId ? resolution.byId.get(subjectEntityId)?.name ?? null : null;
    const measure = measureLabel(first);
    const subject = entityName ?? (g.subjectLabel?.startsWith("p:") ? g.subjectLabel.slice(2) : measure);
    const id = stableId("grp", "fact", g.signature, g.subjectLabel ?? "");
    const split = sides(g.members);
    const agreement = split.length > 1 ? "conflict" : allEqual(g.members) ? "agree" : "variant";
    out.groups.push({
      id,
      subjectEntityId,
      subject,
      attribute: first.claim.attribute,
      label: measure,
      claims: g.members.map((m) => ({ sourceId: m.sourceId, claimIndex: m.claimIndex })).sort((a, b) => (a.sourceId + a.claimIndex < b.sourceId + b.claimIndex ? -1 : 1)),
      agreement,
    });
    const described = g.subjectLabel?.startsWith("p:") ? g.subjectLabel.slice(2) : null;
    if (split.length > 1) out.discrepancies.push(conflict(g, split, id, subjectEntityId, entityName ?? (described ? `the ${described}` : null), measure));
  }
  return out;
}

function conflict(g: FactGroup, split: FactNode[][], groupId: string, subjectEntityId: string | null, entityName: string | null, measure: string): TDiscrepancy {
  const first = g.members[0];
  // the largest side first, each side's outlets in order; at most two sentences per outlet
  const ordered = [...split].sort((a, b) => new Set(b.map((m) => m.sourceId)).size - new Set(a.map((m) => m.sourceId)).size);
  // one item per outlet's sentence (a sentence printing two values of the fact shows both), two sentences per outlet at most
  const items: TDiscrepancyItem[] = [];
  const bySpan = new Map<string, TDiscrepancyItem>();
  for (const side of ordered) {
    const perSource = new Map<string, number>();
    for (const m of side) {
      const span = `${m.sourceId}|${m.claim.start}|${m.claim.end}`;
      const same = bySpan.get(span);
      if (same) {
        if (!same.value.split("; ").includes(m.claim.value)) same.value = `${same.value}; ${m.claim.value}`;
        continue;
      }
      const n = perSource.get(m.sourceId) ?? 0;
      if (n >= 2) continue;
      perSource.set(m.sourceId, n + 1);
      const item = { sourceId: m.sourceId, claimIndex: m.claimIndex, quoteIndex: null, value: m.claim.value, excerpt: m.claim.text, start: m.claim.start, end: m.claim.end };
      bySpan.set(span, item);
      items.push(item);
    }
  }
  const describe = (side: FactNode[]) => {
    // one printed form per value whatever its case ("Nine" opening a sentence, "nine" inside one)
    const byFolded = new Map<string, string>();
    for (const m of side) if (!byFolded.has(m.claim.value.toLowerCase())) byFolded.set(m.claim.value.toLowerCase(), m.claim.value);
    const values = [...byFolded.values()];
    const outlets = humanList(side.map((m) => m.outlet), 3);
    return `${outlets} ${new Set(side.map((m) => m.outlet)).size > 1 ? "print" : "prints"} ${humanList(values.map((v) => `“${clip(v, 40)}”`), 2)}`;
  };
  const what = headline(first, entityName, measure);
  const summary = clip(`${what[0].toUpperCase()}${what.slice(1)}: ${ordered.map(describe).join("; ")}`, 240);
  const kind = first.claim.attribute;
  const reason =
    kind === "time"
      ? "The times these outlets give for the same event do not overlap."
      : kind === "state"
        ? "These outlets give states that exclude each other for the same subject."
        : "No value one side prints can be reconciled with the other side's, even allowing for rounding, approximations and unit conversions.";
  const severity = first.fact.frame.predicates.some((p) => HIGH.has(p)) || kind === "state" ? "high" : "medium";
  return {
    id: stableId("dis", "fact-conflict", groupId),
    kind: "conflict",
    severity,
    subjectEntityId,
    subject: entityName?.replace(/^the /, "") ?? measure,
    attribute: kind,
    summary,
    items,
    missingSourceIds: [],
    groupId,
    method: `fact.${kind}.conflict`,
    reason,
  };
}
