/** Location values of claims: the kind of place a common noun names, so a named place and its kind can match. */
import { fold } from "../../text/text-similarity";

/**
 * Kinds of place named by a common noun: a named prison and "a detention facility" are one kind of place
 * at different specificity. General vocabulary only.
 */
const PLACE_KINDS: Array<[string, RegExp]> = [
  ["custody", /\b(?:prisons?|jails?|penitentiar(?:y|ies)|gaols?|lock-?ups?|cells?|detention (?:facilit(?:y|ies)|cent(?:re|er)s?|camps?)|correctional (?:facilit(?:y|ies)|institutions?|cent(?:re|er)s?)|custody)\b/],
  ["hospital", /\b(?:hospitals?|clinics?|infirmar(?:y|ies)|medical cent(?:re|er)s?)\b/],
  ["court", /\b(?:courts?|courthouses?|tribunals?|courtrooms?)\b/],
  ["home", /\b(?:homes?|houses?|residences?|apartments?|flats?)\b/],
];

export function placeKind(value: string): string | null {
  const f = fold(value);
  const kinds = PLACE_KINDS.filter(([, re]) => re.test(f)).map(([k]) => k);
  return kinds.length === 1 ? kinds[0] : null;
}

