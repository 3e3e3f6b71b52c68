/** The countries entity names and role values name, through every form of the country lexicon (names, aliases, demonyms). */
import type { TGlobalEntity } from "@/lib/schemas/pipeline";
import { cleanPrinted, nameTokens } from "./entity-names";
import { COUNTRY_FORMS } from "../../lexicons/countries";
import { fold } from "../../text/text-similarity";

/** Folded country forms (names, aliases, demonyms) -> country. */
export const FOLDED_COUNTRY = (() => {
  const m = new Map<string, string>();
  for (const [form, info] of COUNTRY_FORMS) m.set(fold(form), info.name);
  return m;
})();

/** The countries named by runs of up to three folded tokens. */
export function countriesIn(tokens: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++)
    for (const n of [3, 2, 1]) {
      const c = i + n <= tokens.length ? FOLDED_COUNTRY.get(tokens.slice(i, i + n).join(" ")) : undefined;
      if (c) {
        found.add(c);
        i += n - 1;
        break;
      }
    }
  return found;
}

/** The country a role value names ("Freedonian President" -> Freedonia), when exactly one. */
export function countryInRole(value: string): string | null {
  const found = countriesIn(nameTokens(cleanPrinted(value), "other").map((t) => t.replace(/'s$/, "")));
  return found.size === 1 ? [...found][0] : null;
}

/** Countries a global entity's names name ("Foreign Ministry of X", "X's government", the country itself). */
export function entityCountries(e: TGlobalEntity): Set<string> {
  const out = new Set<string>();
  for (const n of [e.name, ...e.aliases]) for (const c of countriesIn(nameTokens(cleanPrinted(n), "other").map((t) => t.replace(/'s$/, "")))) out.add(c);
  return out;
}
