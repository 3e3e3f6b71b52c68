/** Head words that say what kind of thing a capitalised name is: an organisation, a place, an office. */
import { ORG_HEADS, ORG_NAME_HEADS } from "../../lexicons/roles";

/** Words that belong to an office name ("Secretary of Foreign Affairs") rather than a person's name. */
export const DEPT_WORDS = new Set(
  `affairs relations foreign interior state defense defence justice finance health education commerce trade labor labour
  agriculture energy security transport environment treasury home external public works general staff armed forces`.split(/\s+/),
);

/** Last words that make a name a place ("<Name> River", "<Name> Lane", "<Name> Stadium"). */
export const PLACE_HEADS = new Set(
  `river lake mountain mountains mount valley island islands bay sea ocean gulf strait canal street avenue road square county
  province region district desert peninsula coast beach bridge airport harbor harbour hills falls creek city town village state
  territory lane quay wharf pier plaza boulevard highway motorway parkway terrace crescent gardens ground stadium arena`.split(/\s+/),
);

/** Heads of states and bodies that are never a person's name before "of" ("People's Republic of …", "Chamber of …"). */
export const STATE_HEADS = new Set("republic kingdom emirate principality commonwealth".split(" "));

/** An organisation's head: a public body or publication (ORG_HEADS), or a line of business, designator or league. */
export const isNameHead = (w: string) => ORG_HEADS.has(w) || ORG_NAME_HEADS.has(w);
