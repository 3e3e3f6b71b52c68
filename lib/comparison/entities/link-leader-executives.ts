/**
 * "<leader> administration/government" is the government of the country that leader heads (from the role
 * claims of any outlet), when exactly one government entity of that country is known.
 */
import type { TSourceAnalysis } from "@/lib/schemas/pipeline";
import { countriesIn, countryInRole, FOLDED_COUNTRY } from "./entity-countries";
import { localKey, type LocalEntity } from "./entity-locals";
import type { UnionFind } from "../../text/union-find";

/** Nouns naming the executive a leader heads: "<leader> administration" speaks as that country's government. */
const EXECUTIVE_NOUNS = new Set("administration government cabinet regime".split(" "));
/** Offices whose holder leads a country's executive (a role without "former", "vice", "deputy"). */
const LEADER_OFFICE_RE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of (?:state|government))\b/i;
const NOT_LEADER_RE = /\b(?:former|ex|vice|deputy|acting|interim|candidate|elect|late)\b|\bex-|-elect\b|\bvice-/i;

export function linkLeaderExecutives(sources: TSourceAnalysis[], locals: LocalEntity[], uf: UnionFind): void {
  const execs = locals.filter((l) => l.type !== "person" && l.forms.some((f) => f.length >= 2 && EXECUTIVE_NOUNS.has(f[f.length - 1])));
  if (execs.length === 0) return;
  const leads = leaderCountries(sources, locals, uf);
  const govByCountry = governmentsByCountry(locals, uf);
  const personForms = personFormRoots(locals, uf);
  for (const e of execs) {
    for (const f of e.forms) {
      if (f.length < 2 || !EXECUTIVE_NOUNS.has(f[f.length - 1])) continue;
      const persons = personForms.get(f.slice(0, -1).join(" "));
      if (!persons || persons.size !== 1) continue;
      const countries = leads.get([...persons][0]);
      if (!countries || countries.size !== 1) continue;
      const govs = govByCountry.get([...countries][0]);
      if (govs && govs.size === 1 && !govs.has(uf.find(e.idx))) uf.union(e.idx, [...govs][0]);
      break;
    }
  }
}

/** Countries each person cluster (by root) leads, from role claims. */
function leaderCountries(sources: TSourceAnalysis[], locals: LocalEntity[], uf: UnionFind): Map<number, Set<string>> {
  const localIdx = new Map(locals.map((l) => [localKey(l.sourceId, l.key), l.idx]));
  const leads = new Map<number, Set<string>>();
  for (const src of sources)
    for (const c of src.analysis.claims) {
      if (c.attribute !== "role" || c.subjectKey === null || !LEADER_OFFICE_RE.test(c.value) || NOT_LEADER_RE.test(c.value)) continue;
      const idx = localIdx.get(localKey(src.sourceId, c.subjectKey));
      if (idx === undefined || locals[idx].type !== "person") continue;
      const country = countryInRole(c.value);
      if (!country) continue;
      const r = uf.find(idx);
      leads.set(r, new Set([...(leads.get(r) ?? []), country]));
    }
  return leads;
}

/** Roots of the government entities of each country. */
function governmentsByCountry(locals: LocalEntity[], uf: UnionFind): Map<string, Set<number>> {
  const govByCountry = new Map<string, Set<number>>();
  for (const l of locals) {
    const c = governmentCountry(l);
    if (c) govByCountry.set(c, new Set([...(govByCountry.get(c) ?? []), uf.find(l.idx)]));
  }
  return govByCountry;
}

/** Roots of the person clusters printing each folded form. */
function personFormRoots(locals: LocalEntity[], uf: UnionFind): Map<string, Set<number>> {
  const personForms = new Map<string, Set<number>>();
  for (const l of locals) {
    if (l.type !== "person") continue;
    for (const f of l.forms) {
      const k = f.join(" ");
      personForms.set(k, new Set([...(personForms.get(k) ?? []), uf.find(l.idx)]));
    }
  }
  return personForms;
}

/** The country of a government entity ("Government of X", "X's government", "<demonym> government"). */
function governmentCountry(l: LocalEntity): string | null {
  if (l.type === "person") return null;
  for (const f of l.forms) {
    if (!f.includes("government")) continue;
    const rest = f.filter((t) => t !== "government" && t !== "of" && t !== "the" && t !== "national" && t !== "federal");
    if (rest.length === 0 || rest.length > 3) continue;
    const c = countriesIn(rest);
    if (c.size === 1 && FOLDED_COUNTRY.has(rest.join(" "))) return [...c][0];
  }
  return null;
}
