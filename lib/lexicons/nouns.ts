/**
 * Counted nouns and their classes: what a number counts, normalised so that outlets' wordings line up
 * ("people" and "persons", "jobs" and "positions", "deal" and "contract"), and nouns that name a measure
 * through a predicate ("bodies" are the dead, "victims" too). General English; never a story's words.
 */

const IRREGULAR_PLURALS: Record<string, string> = {
  people: "person", persons: "person", men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", lives: "life", wives: "wife", knives: "knife", leaves: "leaf", halves: "half",
  staff: "staff", crew: "crew", police: "police", sheep: "sheep", fish: "fish", aircraft: "aircraft", series: "series",
  species: "species", news: "news", data: "data", media: "media", criteria: "criterion", analyses: "analysis", crises: "crisis",
};

/** Singular of a (lower-case) noun: "bodies" -> "body", "cases" -> "case", "people" -> "person". */
export function singular(noun: string): string {
  const w = noun.toLowerCase().replace(/['’]s$|['’]$/, "");
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !/(?:ss|us|is|ics)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Counted nouns that mean the same count: each maps to the first. */
const HEAD_CLASSES: string[][] = [
  ["person", "individual", "adult"],
  ["job", "position", "post", "role"],
  ["contract", "deal", "agreement"],
  ["worker", "employee", "staffer"],
  ["workforce", "staff", "headcount", "employee", "worker"],
  ["child", "kid", "minor"],
  ["patient", "case"],
  ["vehicle", "car"],
  ["home", "house", "dwelling"],
  ["goal"],
];
const HEAD_CLASS = new Map<string, string>();
for (const cls of HEAD_CLASSES) for (const w of cls) if (!HEAD_CLASS.has(w)) HEAD_CLASS.set(w, cls[0]);
/** Nouns that only make sense as the owner of a share or a measure ("8% of its workforce"): staff is the workforce there. */
const OWNER_CLASS = new Map<string, string>([["staff", "workforce"], ["employee", "workforce"], ["worker", "workforce"], ["headcount", "workforce"], ["workforce", "workforce"], ["deal", "contract"], ["agreement", "contract"], ["contract", "contract"]]);

/** The class of a counted noun (singular), for alignment: "positions" -> "job". */
export function headClass(noun: string): string {
  const s = singular(noun);
  return HEAD_CLASS.get(s) ?? s;
}

/** The class of the noun a measure belongs to ("of its staff", "a four-year deal"). */
export function ownerClass(noun: string): string {
  const s = singular(noun);
  return OWNER_CLASS.get(s) ?? HEAD_CLASS.get(s) ?? s;
}

/** Counted nouns that carry their predicate: "nine bodies" are nine dead, "300 protesters" are protesting. */
export const HEAD_PREDICATES: Record<string, { predicate: string; head: string }> = {
  body: { predicate: "dead", head: "person" },
  victim: { predicate: "dead", head: "person" },
  fatality: { predicate: "dead", head: "person" },
  death: { predicate: "dead", head: "person" },
  casualty: { predicate: "injured", head: "person" },
  protester: { predicate: "protest", head: "person" },
  protestor: { predicate: "protest", head: "person" },
  demonstrator: { predicate: "protest", head: "person" },
  survivor: { predicate: "rescued", head: "person" },
  evacuee: { predicate: "evacuated", head: "person" },
  layoff: { predicate: "cut", head: "job" },
  redundancy: { predicate: "cut", head: "job" },
  case: { predicate: "sick", head: "person" },
  infection: { predicate: "sick", head: "person" },
  passenger: { predicate: "aboard", head: "passenger" },
};

/** Nouns that are no counted thing but a unit of frequency or a unit of time already read as a duration. */
export const NON_HEADS = new Set(["time", "times", "percent", "cent", "point", "points", "per", "each", "a", "an", "the", "overnight", "today", "yesterday", "tonight", "daily", "annually", "weekly", "monthly", "ago", "earlier", "later"]);

/** Nouns for people, for states only people can be in (custody, hospital care): "a 9-year-old girl", "the driver". */
export const PERSON_NOUNS = new Set(
  `person man woman boy girl child baby infant toddler teenager teen youth adult mother father son daughter wife husband brother sister
  grandmother grandfather parent victim survivor suspect defendant accused driver pilot passenger captain skipper crew crewman sailor
  soldier officer policeman policewoman worker employee student pupil teacher nurse doctor patient journalist reporter photographer
  resident tourist visitor migrant refugee prisoner inmate detainee hostage climber hiker swimmer cyclist pedestrian motorist rider
  fan player athlete protester demonstrator activist official minister mayor lawyer judge witness owner manager director executive
  leader candidate voter farmer fisherman miner firefighter rescuer volunteer guard`.split(/\s+/),
);
