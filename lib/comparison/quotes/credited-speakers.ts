/**
 * Who the outlets credit with one quotation. Outlets that credit different speakers disagree on
 * attribution, unless the speakers are one voice: a person and the government, ministry or country they
 * lead or speak for ("the X administration said"), or a country and its own institutions. A person
 * against an institution is kept, at low severity: the person may be speaking for it.
 */
import type { TGlobalEntity } from "@/lib/schemas/pipeline";
import { entityCountries } from "../entities/entity-countries";
import { fold } from "../../text/text-similarity";
import type { QuoteNode } from "./cluster-quotes";
import { bodyHead } from "./credited-body";

export type Attribution = {
  /** One side per credited speaker (only members with a known speaker). */
  sides: QuoteNode[][];
  severity: "high" | "medium" | "low";
  /** A person vs an institution or country: the person may be speaking for it. */
  maySpeakFor: boolean;
};

/** Different speakers for a shared run shorter than this are not called an attribution discrepancy (set phrases). */
const MIN_ATTRIBUTION_WORDS = 5;
/** Nouns after a leader's name that make the printed speaker an institution ("the X administration said"). */
const INSTITUTION_AFTER_NAME = /^(?:'s\s+)?(?:administration|government|cabinet|presidency|office|campaign|team|spokes(?:person|man|woman)|ministry|aides?|party)\b/;
const INSTITUTION_NOUNS = /\b(?:government|administration|presidency|ministry|cabinet|office|department|consulate|authorities|regime|state)\b/;

/** Does the printed cue show that a person's name stands for their institution ("the X administration said")? */
function cueNamesInstitution(node: QuoteNode, speaker: TGlobalEntity): boolean {
  if (!node.cue) return false;
  for (const n of [speaker.name, ...speaker.aliases]) {
    const f = fold(n);
    if (f.length < 3) continue;
    let at = node.cue.indexOf(f);
    while (at >= 0) {
      if (INSTITUTION_AFTER_NAME.test(node.cue.slice(at + f.length).trim())) return true;
      at = node.cue.indexOf(f, at + 1);
    }
  }
  return false;
}

const isInstitution = (e: TGlobalEntity) => e.type !== "person" && (e.type === "place" || INSTITUTION_NOUNS.test(fold([e.name, ...e.aliases].join(" "))));

/** Two credited speakers that are one voice: not an attribution discrepancy at all. */
function oneVoice(a: TGlobalEntity, b: TGlobalEntity, aNodes: QuoteNode[], bNodes: QuoteNode[]): boolean {
  const check = (p: TGlobalEntity, pNodes: QuoteNode[], o: TGlobalEntity) => {
    if (p.type !== "person" || o.type === "person") return false;
    // the outlet printed "<person> administration/government/...": the institution is the speaker
    if (pNodes.some((n) => cueNamesInstitution(n, p))) return true;
    // the institution's own name carries the person's name
    const names = [o.name, ...o.aliases].map(fold);
    return names.some((n) => n.includes(fold(p.name)) && p.name.includes(" "));
  };
  if (check(a, aNodes, b) || check(b, bNodes, a)) return true;
  // a country and its government, presidency, ministry or agency
  if (a.type !== "person" && b.type !== "person" && isInstitution(a) && isInstitution(b)) {
    const ca = entityCountries(a);
    const cb = entityCountries(b);
    if (ca.size === 1 && cb.size === 1 && [...ca][0] === [...cb][0]) return true;
  }
  return false;
}

/** Who a member credits: a resolved speaker's id, or "body:<the board>" for a body; null when neither. */
export const creditOf = (m: QuoteNode): string | null => m.speakerId ?? (m.body ? `${BODY_PREFIX}${m.body}` : null);
const BODY_PREFIX = "body:";

/**
 * A body and a resolved speaker that are one voice: the body's head names the organisation ("the
 * ministry", "Ministry of Health"), or a role the outlets give the person is the body's ("prosecutors" and
 * a chief prosecutor, "the council" and a councillor, "police" and a police chief).
 */
function bodyIsEntity(body: string, e: TGlobalEntity, roles: ReadonlyMap<string, string[]>): boolean {
  const head = bodyHead(body);
  if (e.type !== "person") return [e.name, ...e.aliases].some((n) => fold(n).split(" ").includes(head));
  const stem = head.replace(/s$/, "");
  return (roles.get(e.id) ?? []).some((role) => role.split(" ").some((w) => commonPrefix(w, stem) >= Math.min(6, stem.length)));
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function attributionOf(members: QuoteNode[], byId: Map<string, TGlobalEntity>, roles: ReadonlyMap<string, string[]> = new Map()): Attribution | null {
  const bySpeaker = new Map<string, QuoteNode[]>();
  for (const m of members) {
    const credit = creditOf(m);
    if (credit) bySpeaker.set(credit, [...(bySpeaker.get(credit) ?? []), m]);
  }
  if (bySpeaker.size < 2) return null;
  const ids = [...bySpeaker.keys()].sort();
  // bodies alone ("the board" against "the company") may be one body named two ways: a resolved speaker must take part
  if (ids.every((id) => id.startsWith(BODY_PREFIX))) return null;
  // merge one-voice speakers into one side
  const parent = new Map(ids.map((i) => [i, i]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = byId.get(ids[i]);
      const b = byId.get(ids[j]);
      const bodyA = bySpeaker.get(ids[i])![0].body;
      const bodyB = bySpeaker.get(ids[j])![0].body;
      const same =
        (a && b && oneVoice(a, b, bySpeaker.get(ids[i])!, bySpeaker.get(ids[j])!)) ||
        (bodyA && !a && b && bodyIsEntity(bodyA, b, roles)) ||
        (bodyB && !b && a && bodyIsEntity(bodyB, a, roles)) ||
        (bodyA && bodyB && !a && !b);
      if (same) parent.set(find(ids[j]), find(ids[i]));
    }
  const sidesMap = new Map<string, QuoteNode[]>();
  for (const id of ids) sidesMap.set(find(id), [...(sidesMap.get(find(id)) ?? []), ...bySpeaker.get(id)!]);
  const sides = [...sidesMap.values()];
  if (sides.length < 2) return null;
  // the disagreement must involve two outlets, over a stretch long enough not to be a set phrase
  if (new Set(sides.flat().map((m) => m.sourceId)).size < 2) return null;
  if (Math.min(...sides.flat().map((m) => m.words.length)) < MIN_ATTRIBUTION_WORDS) return null;
  // a person printed as "<person> administration" speaks as the institution
  const typeOf = (m: QuoteNode) => {
    if (!m.speakerId) return "organization"; // a body
    const e = byId.get(m.speakerId);
    return e && e.type === "person" && cueNamesInstitution(m, e) ? "organization" : e?.type;
  };
  const types = sides.map((s) => s.map(typeOf));
  const allPersons = types.every((t) => t.every((x) => x === "person"));
  const anyPerson = types.some((t) => t.some((x) => x === "person"));
  const maySpeakFor = anyPerson && !allPersons;
  const severity = allPersons ? "high" : maySpeakFor ? "low" : "medium";
  return { sides, severity, maySpeakFor };
}
