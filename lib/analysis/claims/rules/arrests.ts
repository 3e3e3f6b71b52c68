import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";
import { tailStart } from "../../../text/text-patterns";

/** "the arrest of", "detained", "detention of": group 1 the noun or verb. */
const ARREST_OF_RE = /\b(arrest(?:ed|ing)?|detention|detain(?:ed|ing)?)\s+(?:of\s+)?/g;
/** What may stand between the arrest word and its person: articles, "former", capitalised and role words. */
const ROLE_WORDS_ONLY = /^(?:(?:[Aa]|[Aa]n|[Tt]he|former|ex-\S+|[\p{Lu}][\p{L}\p{M}'’-]*|vice|president|minister)\s+)*$/u;
const NEGATED = /\b(?:not|never|failed\s+to|could\s+not)\s+(?:\w+\s+){0,2}$/i;

/** An arrest or detention of a person named after it, unless negated ("police never arrested …"). */
export function extractArrests(kit: ClaimKit, s: TSentence, persons: TMention[]): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  ARREST_OF_RE.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = ARREST_OF_RE.exec(st))) {
    const pos = s.start + a.index;
    if (kit.inQuote(pos)) continue;
    const after = s.start + a.index + a[0].length;
    // object: a person mention reached through role words only
    const target = persons.find((m) => m.start >= after && m.start - after <= 60 && ROLE_WORDS_ONLY.test(text.slice(after, m.start)));
    if (!target) continue;
    if (NEGATED.test(text.slice(tailStart(text, s.start, pos, 120), pos))) continue;
    const word = a[1].toLowerCase();
    const norm = word.startsWith("deten") || word.startsWith("detain") ? "detained" : "arrested";
    kit.add(s, target.entityKey, "legal_status", pos, pos + a[1].length, norm);
  }
}
