import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";
import { ROLE_NOUNS, TITLE_WORDS } from "../../../lexicons/roles";

/** ", <role phrase>" right after a name, up to the comma, sentence end or a period phrase that closes it. */
const APPOSITIVE_RE = /^,\s+((?:the|a|an|former|[\p{Lu}][\p{L}\p{M}]*['’]s|[\p{Ll}-]+)\s[^,;“”"()]{2,140}?)(?=,|\.\s*$|;|\s+(?:between|since|from\s+\d{4})\b|\s+under\s|$)/u;
/** Openings of a relative clause, a coordination or a reporting verb: what follows the comma is no appositive. */
const NOT_APPOSITIVE = /^(?:who|which|whom|whose|where|when|and|but|he|she|it|they|said|says|told|added|in|on|at|of|from|by|with|to|for|after|before|during|via|under|over)\b/i;

/** "X, head of …, told": the appositive after a person's name is their role when one of its first words is a role noun. */
export function extractAppositiveRole(kit: ClaimKit, s: TSentence, person: TMention): void {
  // an age between the name and the appositive: "X, 47, the chief operating officer"
  const age = /^,\s+\d{1,3}(?=,)/.exec(kit.text.slice(person.end, s.end));
  const from = person.end + (age ? age[0].length : 0);
  const after = kit.text.slice(from, s.end);
  const ap = APPOSITIVE_RE.exec(after);
  if (!ap || NOT_APPOSITIVE.test(ap[1])) return;
  const firstWords = ap[1].split(/\s+/).slice(0, 6).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  if (!firstWords.some((w) => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w.replace(/-.*/, "")) && ROLE_NOUNS.has(w.replace(/.*-/, "")))) return;
  const vS = from + ap[0].length - ap[1].length;
  kit.add(s, person.entityKey, "role", vS, vS + ap[1].length);
}
