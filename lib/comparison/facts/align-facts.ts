/**
 * Which facts of different outlets speak of the same thing. Each fact gets blocking signatures from its
 * frame (what it measures: the predicate class with the counted noun, or the thing it belongs to; its
 * dimension or currency; its era, rate and scope), so only facts sharing a signature ever meet: the cost is
 * linear in facts and in block sizes. Inside a block, facts about someone (who paid, who was sentenced) are
 * split by subject; a fact whose subject its article leaves unnamed joins the block's only subject, and
 * none when there are several. Each fact ends in one group: the one reaching the most outlets.
 */
import { pushTo } from "../../text/multimap";
import { PREDICATE_CLASSES } from "@/lib/lexicons/predicates";
import type { TFactFrame } from "@/lib/schemas/pipeline";
import { comparable, type FactNode } from "./fact-nodes";

export type FactGroup = { signature: string; subjectLabel: string | null; members: FactNode[]; sources: number };

/** Modifiers that do not change what is counted ("48 confirmed cases" = "48 cases"). */
const NEUTRAL_MODIFIERS = new Set(["confirmed", "reported", "total", "official", "estimated", "known", "recorded", "registered", "overall", "combined", "initial", "further", "new", "more", "other", "local", "some"]);

function modifierKey(frame: TFactFrame): string {
  return frame.modifiers.filter((m) => !NEUTRAL_MODIFIERS.has(m)).sort().join("+");
}

/** The signatures a fact is blocked under: one per way of naming what it measures. */
export function signatures(n: FactNode): string[] {
  const f = n.fact;
  const fr = f.frame;
  const kind = n.claim.attribute;
  const dim = f.dimension === "money" ? `money:${f.unit}` : (f.dimension ?? "");
  const rate = fr.qualifiers.find((q) => q.startsWith("rate:")) ?? "";
  const flags = ["current", "distance", ...(kind === "quantity" ? ["in-quote"] : [])].filter((q) => fr.qualifiers.includes(q)).join(",");
  const common = `${kind}|${dim}|era:${fr.era ?? ""}|${rate}|${flags}|scope:${n.scopeIds.join(",")}`;
  const out: string[] = [];
  const mods = modifierKey(fr);
  if (kind === "quantity" || kind === "rank") {
    if (fr.owner) out.push(`${common}|own:${fr.owner}|h:${fr.head ?? ""}`);
    else if (fr.predicates.length) for (const p of fr.predicates) out.push(`${common}|p:${p}|h:${fr.head ?? ""}|m:${mods}`);
    else if (fr.head) out.push(`${common}|h:${fr.head}|m:${mods}`);
  } else if (kind === "time") {
    for (const p of fr.predicates) out.push(`${common}|p:${p}|o:${fr.owner ?? ""}`);
  } else if (kind === "state") {
    out.push(`${common}|g:${f.group}|o:${fr.owner ?? ""}`);
  } else {
    out.push(`${common}|${fr.owner ?? fr.head ?? ""}`);
  }
  return out;
}

/** Whether the subject decides what is measured: who paid or was sentenced, not who died (they are counted). */
function subjectMatters(n: FactNode): boolean {
  if (n.claim.attribute === "age" || n.claim.attribute === "state" || n.claim.attribute === "time") return true;
  const preds = n.fact.frame.predicates;
  if (!preds.length) return false;
  return !preds.some((p) => PREDICATE_CLASSES[p]?.humanPatient);
}

/** A named subject decides; a described one ("the girl aged 9", "the plant") decides for states, ages and times only. */
function subjectLabel(n: FactNode): string | null {
  if (n.subjectId) return `e:${n.subjectId}`;
  if (n.fact.frame.subjectPhrase && n.claim.attribute !== "quantity") return `p:${n.fact.frame.subjectPhrase}`;
  return null;
}

/** Facts of one block split by subject; facts with no subject join the block's only subject. */
function splitBySubject(members: FactNode[]): Array<{ label: string | null; members: FactNode[] }> {
  if (!members.some(subjectMatters)) return [{ label: null, members }];
  const byLabel = new Map<string, FactNode[]>();
  const unknown: FactNode[] = [];
  for (const m of members) {
    const label = subjectLabel(m);
    if (label === null) unknown.push(m);
    else pushTo(byLabel, label, m);
  }
  // a described subject and a named one may be the same ("the club" and the club's name): only when alone
  const named = [...byLabel.keys()].filter((l) => l.startsWith("e:"));
  const described = [...byLabel.keys()].filter((l) => l.startsWith("p:"));
  if (named.length === 1 && described.length === 1) {
    const into = byLabel.get(named[0])!;
    into.push(...byLabel.get(described[0])!);
    byLabel.delete(described[0]);
  }
  const parts: Array<{ label: string | null; members: FactNode[] }> = [...byLabel.entries()].map(([label, ms]) => ({ label, members: ms }));
  if (parts.length === 1) parts[0].members.push(...unknown);
  else if (parts.length === 0) parts.push({ label: null, members: unknown });
  return parts;
}

export function alignFacts(nodes: FactNode[]): FactGroup[] {
  const blocks = new Map<string, FactNode[]>();
  for (const n of nodes) {
    if (!comparable(n)) continue;
    for (const sig of signatures(n)) pushTo(blocks, sig, n);
  }
  const candidates: FactGroup[] = [];
  for (const [signature, members] of blocks) {
    if (new Set(members.map((m) => m.sourceId)).size < 2) continue;
    for (const part of splitBySubject(members)) {
      const sources = new Set(part.members.map((m) => m.sourceId)).size;
      if (sources >= 2) candidates.push({ signature, subjectLabel: part.label, members: part.members, sources });
    }
  }
  // each fact in one group: the one reaching the most outlets, then the more specific (longer) signature
  candidates.sort((a, b) => b.sources - a.sources || b.signature.length - a.signature.length || (a.signature < b.signature ? -1 : 1));
  const taken = new Set<FactNode>();
  const groups: FactGroup[] = [];
  for (const c of candidates) {
    const members = c.members.filter((m) => !taken.has(m));
    const sources = new Set(members.map((m) => m.sourceId)).size;
    if (sources < 2) continue;
    for (const m of members) taken.add(m);
    groups.push({ ...c, members, sources });
  }
  return groups;
}
