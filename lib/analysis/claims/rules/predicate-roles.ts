import type { TSentence } from "@/lib/schemas/pipeline";
import { PREPOSITIONS, sentenceMentions, type ClaimKit } from "../claims-kit";
import { COUNTRY_FORMS } from "../../../lexicons/countries";
import { ROLE_MODIFIERS, ROLE_NOUNS } from "../../../lexicons/roles";

const COPULA_RE = /^\s+(?:had\s+been|has\s+been|was|is|became|becomes|remains|remained|(?:had\s+|has\s+)?served\s+as|serves\s+as)\s+(?:(?:most\s+recently|previously|formerly|currently|also|now|still)\s+)?(?:(?:its|their|his|her)\s+)?/;
const WORD_RE = /^([\p{L}\p{M}][\p{L}\p{M}'’.-]*)(\s+|$)/u;

/** A role head word: a role noun, also hyphenated ("vice-president", "ex-minister"). */
export function isRoleHead(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/^(?:ex|vice)-/, ""));
}

/**
 * The role a copula asserts of a named person: "X had been Ruritania's vice-president between …",
 * "X is a former judge". The phrase runs from an optional article or country possessive through role
 * modifiers to the role head; the person must be the clause subject (no preposition before the name).
 */
export function extractPredicateRoles(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  for (const m of sentenceMentions(kit, s)) {
    if (kit.typeOfKey(m.entityKey) !== "person" || PREPOSITIONS.has(kit.prevWord(m.start))) continue;
    const cop = COPULA_RE.exec(text.slice(m.end, s.end));
    if (!cop) continue;
    let pos = m.end + cop[0].length;
    const art = /^(?:a|an|the)\s+/i.exec(text.slice(pos, s.end));
    if (art) pos += art[0].length;
    const vS = pos;
    let head = -1;
    for (let i = 0; i < 5; i++) {
      const w = WORD_RE.exec(text.slice(pos, s.end));
      if (!w) break;
      const word = w[1];
      const bare = word.replace(/['’]s$/, "");
      const possessive = bare !== word;
      if (isRoleHead(word)) {
        head = pos + word.length;
        break;
      }
      const modifier = ROLE_MODIFIERS.has(word.toLowerCase()) && !/^(?:of|and|for|the)$/i.test(word);
      const country = COUNTRY_FORMS.has(bare) && (possessive ? i === 0 && !art : COUNTRY_FORMS.get(bare)!.kind === "demonym");
      if (!modifier && !country) break;
      pos += w[0].length;
    }
    if (head < 0) continue;
    kit.add(s, m.entityKey, "role", vS, head);
  }
}
