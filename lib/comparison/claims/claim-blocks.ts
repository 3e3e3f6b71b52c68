/**
 * Which claims are compared with which: blocks of one (subject, attribute), actions by the country acting,
 * and inside a big block only the pairs of values that share a term.
 */
import type { TClaimAttribute, TGlobalEntity } from "@/lib/schemas/pipeline";
import type { ClaimNode } from "./claim-nodes";
import { parseRole } from "./claim-value-roles";
import { entityCountries } from "../entities/entity-countries";
import type { EntityResolution } from "../entities/resolve-entities";
import { fold } from "../../text/text-similarity";

const MAX_PAIRWISE = 250;

/**
 * Node indices blocked by (subject, attribute); actions by the country a state body acts for. Date blocks
 * come last: undated articles' dates are resolved through the event groups of the other blocks first.
 */
export function claimBlocks(nodes: ClaimNode[], resolution: EntityResolution): number[][] {
  const blocks = new Map<string, number[]>();
  const actorOf = new Map<string, string>();
  const blockSubject = (subjectId: string, attribute: TClaimAttribute): string => {
    if (attribute !== "action") return subjectId;
    let k = actorOf.get(subjectId);
    if (k === undefined) {
      const e = resolution.byId.get(subjectId);
      const c = e ? stateActorCountry(e) : null;
      k = c ? `country:${c}` : subjectId;
      actorOf.set(subjectId, k);
    }
    return k;
  };
  nodes.forEach((n, i) => {
    const k = `${blockSubject(n.subjectId, n.claim.attribute)}\u0000${n.claim.attribute}`;
    const arr = blocks.get(k);
    if (arr) arr.push(i);
    else blocks.set(k, [i]);
  });
  return [...blocks.values()].sort((x, y) => Number(nodes[x[0]].claim.attribute === "date") - Number(nodes[y[0]].claim.attribute === "date"));
}

/** Candidate pairs of distinct values in a block: all pairs when small, else pairs sharing a value term. */
export function candidatePairs(reps: ClaimNode[], attribute: TClaimAttribute): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (reps.length <= MAX_PAIRWISE) {
    for (let i = 0; i < reps.length; i++) for (let j = i + 1; j < reps.length; j++) pairs.push([i, j]);
    return pairs;
  }
  const index = new Map<string, number[]>();
  reps.forEach((r, i) => {
    const keys = attribute === "role" ? [parseRole(r.claim.value).head ?? "", ...r.valueTerms] : r.valueTerms;
    for (const t of new Set(keys)) if (t) index.set(t, [...(index.get(t) ?? []), i]);
  });
  const seen = new Set<number>();
  for (const list of index.values()) {
    if (list.length > MAX_PAIRWISE) continue; // too common to be informative
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const k = list[x] * reps.length + list[y];
        if (seen.has(k)) continue;
        seen.add(k);
        pairs.push([list[x], list[y]]);
      }
  }
  return pairs;
}

/** Bodies through which a country acts: its police, armed forces, government. One actor for "who did what". */
const STATE_ACTOR_RE = /\b(?:police|army|military|armed forces|navy|troops|soldiers|security forces|government|authorities|administration|presidency)\b/;

/**
 * The country a subject acts for, when the subject is a country itself or one of its state bodies:
 * "X conducted a raid" and "X's police stormed ..." describe one action of one actor.
 */
function stateActorCountry(e: TGlobalEntity): string | null {
  if (e.type === "person") return null;
  const countries = entityCountries(e);
  if (countries.size !== 1) return null;
  const country = [...countries][0];
  if (e.type === "place") return fold(e.name) === fold(country) ? country : null;
  return STATE_ACTOR_RE.test(fold([e.name, ...e.aliases].join(" "))) ? country : null;
}
