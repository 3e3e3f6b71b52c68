import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";

/**
 * What an authority grants a person: "granted him bail", "grants political asylum to X", "was granted a
 * pardon", "granted her citizenship". Group 1: a pronoun recipient; 2: what is granted.
 */
const GRANTABLE = "(?:(?:political|diplomatic|temporary|permanent|conditional|full|presidential)\\s+)?(?:asylum|bail|parole|a\\s+pardon|pardon|clemency|amnesty|citizenship|immunity|residency|refugee\\s+status|protection|a\\s+reprieve|a\\s+visa|an?\\s+extension|permission|a\\s+licen[cs]e)";
const GRANT_RE = new RegExp(`\\bgrant(?:ed|s|ing)?\\s+(?:(him|her|them)\\s+)?(${GRANTABLE})(?:\\s+to\\s+)?`, "g");
/** "granted <Name> a pardon": the person between the verb and what is granted. */
const GRANT_VERB_RE = /\bgrant(?:ed|s|ing)?\s+$/;
const GRANTABLE_AFTER_RE = new RegExp(`^\\s+(${GRANTABLE})\\b`);

/** "granted a pardon" -> "granted pardon": what is granted, without its article or qualifier. */
function grantKey(what: string): string {
  return `granted ${what.toLowerCase().replace(/^(?:a|an)\s+/, "").replace(/^(?:political|diplomatic|temporary|permanent|conditional|full|presidential)\s+/, "").replace(/\s+/g, " ")}`;
}

/** A grant to a person: the pronoun's referent, or the person named right after "… to". */
export function extractGrants(kit: ClaimKit, s: TSentence, persons: TMention[]): void {
  const st = kit.text.slice(s.start, s.end);
  GRANT_RE.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GRANT_RE.exec(st))) {
    const pos = s.start + g.index;
    let subj: string | null = null;
    if (g[1]) subj = kit.recentPerson(pos);
    else {
      const next = persons.find((m) => m.start === pos + g![0].length);
      subj = next ? next.entityKey : null;
    }
    if (subj && !kit.inQuote(pos)) {
      const vEnd = pos + g[0].replace(/\s+to\s+$/, "").length;
      kit.add(s, subj, "legal_status", pos, vEnd, grantKey(g[2]));
    }
  }
  for (const m of persons) {
    if (!GRANT_VERB_RE.test(kit.text.slice(Math.max(s.start, m.start - 12), m.start)) || kit.inQuote(m.start)) continue;
    const what = GRANTABLE_AFTER_RE.exec(kit.text.slice(m.end, Math.min(s.end, m.end + 60)));
    if (!what) continue;
    const vS = m.start - (GRANT_VERB_RE.exec(kit.text.slice(Math.max(s.start, m.start - 12), m.start))?.[0].length ?? 0);
    kit.add(s, m.entityKey, "legal_status", vS, m.end + what[0].length, grantKey(what[1]));
  }
}
