import { AUX, roleWordKey, type ClaimKit } from "../claims-kit";
import { normalizeValue } from "../claims-normalize";
import { COUNTRY_FORMS } from "../../../lexicons/countries";
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from "../../../lexicons/roles";

/**
 * A descriptive reference to an office standing as the subject of a verb: "<Country>'s <office>" or
 * "the <Demonym> <office>" ("the French president said", "Ruritania's foreign minister announced"),
 * with adverbs and auxiliaries allowed before the verb.
 */
const OFFICE_REF_RE = new RegExp(
  `(?:\\b([\\p{Lu}][\\p{L}\\p{M}.-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.-]*){0,2})['’]s|\\b[Tt]he\\s+([\\p{Lu}][\\p{L}\\p{M}-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}-]*)?))` +
    `\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+(?:${AUX}\\s+){0,3}$`,
  "u",
);

/**
 * The person an office reference before `pos` names: the one person this article's own role claims (so far)
 * give exactly that office of that country ("Chilean President X" … "Chile's president said").
 * Null when the words before `pos` are not such a reference, or no single person holds the office: never a guess.
 */
export function officeHolder(kit: ClaimKit, pos: number, sStart: number): string | null {
  const m = OFFICE_REF_RE.exec(kit.text.slice(Math.max(sStart, pos - 120), pos));
  if (!m) return null;
  const country = m[1] ? COUNTRY_FORMS.get(m[1]) : COUNTRY_FORMS.get(m[2]);
  if (!country || (m[2] && country.kind !== "demonym") || (m[1] && country.kind === "demonym")) return null;
  const office = m[3].toLowerCase().split(/\s+/);
  const head = office[office.length - 1];
  if (!ROLE_NOUNS.has(head) && !TITLE_WORDS.has(head)) return null;
  if (!office.every((w) => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || ROLE_MODIFIERS.has(w))) return null;
  const want = roleWordKey(normalizeValue(`${country.name} ${m[3]}`));
  const holders = new Set((kit.rolesByWords.get(want) ?? []).filter((c) => kit.typeOfKey(c.subjectKey) === "person").map((c) => c.subjectKey));
  return holders.size === 1 ? [...holders][0] : null;
}
