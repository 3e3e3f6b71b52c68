import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";

/** "granted him asylum", "grants political asylum to X": group 1 a pronoun recipient. */
const GRANT_RE = /\bgrant(?:ed|s|ing)?\s+(?:(him|her)\s+)?((?:political|diplomatic)\s+)?asylum(?:\s+to\s+)?/g;

/** Asylum granted to a person: the pronoun's referent, or the person named right after "asylum to". */
export function extractAsylumGrants(kit: ClaimKit, s: TSentence, persons: TMention[]): void {
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
      kit.add(s, subj, "legal_status", pos, vEnd, "granted asylum");
    }
  }
}
