import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";
import { isRoleHead } from "./predicate-roles";

/**
 * Roles news prose gives without a copula or an appositive:
 *  - an appointment: "named Ana Ruiz, 47, (as) interim chief executive", "Ana Ruiz has been named the new CEO",
 *    "was appointed head of the inquiry";
 *  - a verb of office: "Ana Ruiz, who chairs the finance committee", "who heads the agency";
 *  - a possessive title before a comma and the name: "the party's treasurer, Ana Ruiz".
 * The value is the role as printed (with "interim", "new", "acting" when printed): the comparison reads rank from it.
 */
const APPOINT_VERBS = "named|appointed|chosen|picked|installed|promoted|elected|confirmed|tapped|hired|made";
/** After the person: ", 47, the chief operating officer," skipped; then "as", an article and the role words. */
const AFTER_APPOINTED_RE = new RegExp(`^(?:,\\s+\\d{1,3})?(?:,[^,;]{2,80},)?\\s+(?:as\\s+)?((?:(?:the|its|their|his|her|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)(?=[,.;]|\\s+(?:while|on|after|until|and|to|in|with|for|from|effective)\\b|$)`, "u");
const PASSIVE_APPOINTED_RE = new RegExp(`^\\s+(?:has|have|had)?\\s*(?:been\\s+|was\\s+|is\\s+|were\\s+)(?:${APPOINT_VERBS})\\s+(?:as\\s+)?((?:(?:the|its|their|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)(?=[,.;]|\\s+(?:while|on|after|until|and|to|in|with|for|from|effective)\\b|$)`, "u");
const OFFICE_VERB_RE = /^,?\s+who\s+((?:chairs|heads|leads|runs|directs|manages|coaches|captains)\s+(?:the\s+|a\s+|its\s+|their\s+)?[^,;.]{2,80}?)(?=[,;.]|\s+(?:and|but|since|until)\b|$)/;
const POSSESSIVE_TITLE_RE = /((?:[\p{Lu}][\p{L}\p{M}-]*|the\s+[\p{L}-]+|its|their)['’]s?\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)),\s+$/u;

/** The role words of a phrase end at the last role head: "the new CEO", "interim chief executive while it searches" is cut before "while". */
function trimToHead(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    if (isRoleHead(words[i]) || /^(?:ceo|cfo|coo|cto|chief|executive|officer|chair|head|director)$/i.test(words[i])) return words.slice(0, i + 1).join(" ");
  }
  return null;
}

export function extractAppointmentRoles(kit: ClaimKit, s: TSentence, person: TMention): void {
  const { text } = kit;
  const before = text.slice(Math.max(s.start, person.start - 30), person.start);
  const after = text.slice(person.end, s.end);
  // "named <Person> … as interim chief executive"
  if (new RegExp(`\\b(?:${APPOINT_VERBS})\\s+$`).test(before)) add(kit, s, person, after, AFTER_APPOINTED_RE);
  // "<Person> has been named the new CEO"
  add(kit, s, person, after, PASSIVE_APPOINTED_RE);
  // "<Person>, who chairs the council's finance committee"
  const ov = OFFICE_VERB_RE.exec(after);
  if (ov) {
    const vS = person.end + ov[0].length - ov[1].length;
    kit.add(s, person.entityKey, "role", vS, vS + ov[1].length);
  }
  // "the party's treasurer, <Person>"
  const pt = POSSESSIVE_TITLE_RE.exec(text.slice(Math.max(s.start, person.start - 80), person.start));
  if (pt && isRoleHead(pt[2])) {
    const vS = person.start - pt[0].length;
    kit.add(s, person.entityKey, "role", vS, vS + pt[1].length);
  }
}

function add(kit: ClaimKit, s: TSentence, person: TMention, after: string, re: RegExp): void {
  const m = re.exec(after);
  if (!m) return;
  const role = trimToHead(m[1]);
  if (!role) return;
  const vS = person.end + m[0].length - m[1].length;
  kit.add(s, person.entityKey, "role", vS, vS + role.length);
}
