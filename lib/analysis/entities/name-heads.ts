/** Head words that say what kind of thing a capitalised name is: an organisation, a place, an office. */
import { ORG_HEADS, ORG_NAME_HEADS } from "../../lexicons/roles";

/** Words that belong to an office name ("Secretary of Foreign Affairs") rather than a person's name. */
export const DEPT_WORDS = new Set(
  `affairs relations foreign interior state defense defence justice finance health education commerce trade labor labour
  agriculture energy security transport environment treasury home external public works general staff armed forces`.split(/\s+/),
);

/**
 * Words that name the service an office belongs to when printed before its title ("Fire Chief",
 * "Police Commissioner", "Health Minister", "County Sheriff"): part of the title, not a name of their own.
 */
export const OFFICE_MODIFIERS = new Set(
  `fire police military army navy air coast border customs immigration tax party campaign team club city county
  district regional state federal national provincial municipal parish school hospital prison police-force`.split(/\s+/),
);

/** Last words that make a name a place ("<Name> River", "<Name> Lane", "<Name> Stadium"). */
export const PLACE_HEADS = new Set(
  `river lake mountain mountains mount valley island islands bay sea ocean gulf strait canal street avenue road square county
  province region district desert peninsula coast beach bridge airport harbor harbour hills falls creek city town village state
  territory lane quay wharf pier plaza boulevard highway motorway parkway terrace crescent gardens ground stadium arena`.split(/\s+/),
);

/**
 * Heads that end a place's name after a person's possessive ("Cooper's Row", "Bishop's Park"). Some are
 * surnames too ("Park", "Hill", "Green"), which is why they count only after a possessive.
 */
export const POSSESSIVE_PLACE_HEADS = new Set([...PLACE_HEADS, ..."row park hill green cross cathedral chapel abbey".split(" ")]);

/** Heads of states and bodies that are never a person's name before "of" ("People's Republic of …", "Chamber of …"). */
export const STATE_HEADS = new Set("republic kingdom emirate principality commonwealth".split(" "));

/** An organisation's head: a public body or publication (ORG_HEADS), or a line of business, designator or league. */
export const isNameHead = (w: string) => ORG_HEADS.has(w) || ORG_NAME_HEADS.has(w);
