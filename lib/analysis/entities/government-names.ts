/**
 * Government names in print: "<Nationality|Country['s]> <gov head>" is an organisation named
 * "<Head> of <Country>", and "the <Name> administration" is the government a person leads.
 */
import type { TSentence } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS, COUNTRY_FORM_LIST } from "../../lexicons/countries";
import { GOV_HEADS } from "../../lexicons/roles";
import { escapeRe } from "../../text/text-patterns";

export type GovernmentMatch = { start: number; end: number; text: string; canon: string };

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** "<Nationality|Country['s]> <gov head>" → an organisation named "<Head> of <Country>". */
const GOV_RE = (() => {
  const forms = COUNTRY_FORM_LIST.map(escapeRe).join("|");
  const heads = new Set<string>();
  for (const h of GOV_HEADS) {
    heads.add(h);
    heads.add(titleCase(h));
    heads.add(h[0].toUpperCase() + h.slice(1));
    heads.add(h.toUpperCase());
  }
  const headAlt = [...heads].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return new RegExp(`(?<![\\p{L}\\p{M}])(${forms})(?:['’]s)?\\s+(${headAlt})(?![\\p{L}\\p{M}])(?!\\s+of\\s+(?:the\\s+)?\\p{Lu})`, "gu");
})();

/** Lower-case heads after a leader's name that make the phrase a government: "the Smith administration". */
const ADMIN_AFTER = /^[ \u00A0]+(?:administration|government|regime|cabinet)(?![\p{L}\p{M}'’])/u;

/** Every government name in a sentence, with its canonical "<Head> of <Country>" name. */
export function governmentMatches(text: string, s: TSentence): GovernmentMatch[] {
  const sText = text.slice(s.start, s.end);
  const out: GovernmentMatch[] = [];
  GOV_RE.lastIndex = 0;
  let gm: RegExpExecArray | null;
  while ((gm = GOV_RE.exec(sText))) {
    const start = s.start + gm.index;
    out.push({ start, end: start + gm[0].length, text: gm[0], canon: `${titleCase(gm[2].toLowerCase())} of ${COUNTRY_FORMS.get(gm[1])!.name}` });
  }
  return out;
}

/** The " administration" (or government, regime, cabinet) right after a name at `end`; null when absent. */
export function administrationAfter(text: string, end: number): RegExpExecArray | null {
  return ADMIN_AFTER.exec(text.slice(end, end + 20));
}
