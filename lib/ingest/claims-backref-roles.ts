import type { TQuote, TSentence } from "@/lib/schemas/pipeline";
import { type ClaimKit } from "./claims-kit";
import { ROLE_NOUNS } from "./lexicon-roles";

/**
 * A role stated by the description an attribution uses for a speaker already named: in "“…,” the
 * Mexican diplomat added", the writer calls the quoted person a Mexican diplomat. Only where the
 * quote's speaker resolved to a person, and only for a definite description headed by an office word.
 */
const DESCRIPTION_RE = /\bthe\s+((?:(?!said|says|added|adds|told|tells|wrote|writes)[\p{L}-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:said|says|added|adds|told|tells|wrote|writes|stated|explained|noted|insisted|continued)\b/u;

export function extractBackReferenceRoles(kit: ClaimKit, s: TSentence, quotes: readonly TQuote[]): void {
  const { text } = kit;
  for (const q of quotes) {
    if (q.cueStart === null || q.cueEnd === null || q.cueStart < s.start || q.cueStart >= s.end) continue;
    if (!q.speakerKey || kit.typeOfKey(q.speakerKey) !== "person") continue;
    const cue = text.slice(q.cueStart, q.cueEnd + 20);
    const d = DESCRIPTION_RE.exec(cue);
    if (!d || !ROLE_NOUNS.has(d[2])) continue;
    const vS = q.cueStart + d.index + d[0].indexOf(d[1]);
    kit.add(s, q.speakerKey, "role", vS, vS + d[1].length);
  }
}
