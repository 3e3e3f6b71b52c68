/**
 * What a quantity counts or measures, read from the words around it in its clause: the counted noun and its
 * modifiers ("1,200 permanent jobs"), the thing a measure belongs to ("the 12 km crossing", "8% of its
 * workforce", "16 weeks' pay"), the predicate that says what happened to it ("Seven people died",
 * "accepted €4.2m", "raising the death toll to nine"), and qualifiers that make it another measure than a
 * total: an increment ("two more bodies"), a subset ("five of them"), a rate ("€3m a year"), a change
 * ("rose by 8"), a conversion in brackets ("£45m (€52m)").
 */
import { PREDICATE_CLASSES, PREDICATE_WORDS } from "@/lib/lexicons/predicates";
import { HEAD_PREDICATES, NON_HEADS, headClass, ownerClass, singular } from "@/lib/lexicons/nouns";
import { isNumberWord } from "@/lib/lexicons/numbers";
import type { FactToken } from "./fact-tokens";
import type { Quantity } from "./quantities";
import { FUNCTION_WORDS, type PredicateMention, type SentenceView } from "./sentence-view";

export type QuantityFrame = {
  predicates: string[];
  /** Token index of the chosen predicate, or null. */
  predicateAt: number | null;
  /** The counted noun's class ("person", "job"), or null. */
  head: string | null;
  modifiers: string[];
  /** The thing the measure belongs to ("crossing", "workforce", "pay"), or null. */
  owner: string | null;
  /** A preposition relating the measure to a place ("from", "off"): a distance. */
  relation: string | null;
  qualifiers: string[];
  /** Whether the quantity stands where the clause's subject stands ("Seven people died"). */
  subjectPosition: boolean;
};

const AUX = new Set(
  "is are was were be been being has have had having will would could should may might must can do does did get gets got remain remains remained remaining stay stayed still also reportedly now already all both each then later".split(" "),
);
const DETERMINERS = new Set("a an the its their his her our my your this that these those some any each every all".split(" "));
const IRREGULAR_PAST = new Set(
  "fell rose went came sank sunk began begun brought bought sold sent spent paid won lost left held made took taken gave given told said saw seen found got grew grown drew drawn threw thrown flew flown fled struck hit cut shut put set led ran kept meant met stood understood wrote written".split(" "),
);
const RATE_UNITS: Record<string, string> = { year: "year", annually: "year", annual: "year", month: "month", monthly: "month", week: "week", weekly: "week", day: "day", daily: "day", hour: "hour", season: "season" };
const CHANGE_VERBS = new Set("rose risen rise rises rising climbed climb climbs increased increase increases grew grown jumped jump soared fell fallen fall falls dropped drop declined slumped reached reach reaches stands stood stand totals totalled totaled reduced cut cuts raised lowered slashed doubled was were is are".split(" "));
/** Nouns that are a payment: as the owner of a sum they say what happened to it. */
const PAYMENT_NOUNS = new Set(["fee", "price", "cost", "fine", "penalty", "bid", "offer", "salary", "wage", "bribe", "donation", "contribution", "subsidy", "loan", "payment", "payout", "compensation", "damages", "ransom", "budget", "bill"]);
const PARTITIVE_AFTER = new Set(["them", "those", "these", "whom", "which", "us", "the"]);

const isWordTok = (t: FactToken | undefined): t is FactToken => t !== undefined && t.kind === "word";
/** An article or possessive right before a number makes it a premodifier: "the 12 km crossing", "a five-year deal". */
const isDeterminer = (t: FactToken | undefined) => isWordTok(t) && /^(?:the|a|an|its|their|his|her|our|this|that)$/.test(t.lower);

/** A verb form rather than a noun or adjective: a past form or participle not followed by a noun. */
function isVerbLike(toks: FactToken[], i: number): boolean {
  const w = toks[i].lower;
  if (IRREGULAR_PAST.has(w)) return true;
  if (/(?:ed|ing)$/.test(w) && w.length > 3) {
    const nx = toks[i + 1];
    return !(isWordTok(nx) && !FUNCTION_WORDS.has(nx.lower) && !AUX.has(nx.lower));
  }
  return false;
}

/** A noun-phrase word: not a function word, auxiliary, adverb or verb form. */
function isNominal(toks: FactToken[], i: number): boolean {
  const t = toks[i];
  if (!isWordTok(t)) return false;
  if (FUNCTION_WORDS.has(t.lower) || AUX.has(t.lower)) return false;
  if (/ly$/.test(t.lower) && t.lower.length > 4 && !/(?:ally|ily)$/.test(t.lower)) return false;
  return !isVerbLike(toks, i);
}

/**
 * The noun phrase starting at k: up to four nominal words, its head last. `determiners` skips a leading
 * article or possessive ("of its workforce"); `premodified` takes the first word as a noun whatever its
 * ending ("the 12 km crossing"); `plural` ends the phrase at its first plural noun ("two people familiar with").
 */
function nounPhrase(toks: FactToken[], k: number, limit: number, opts: { determiners?: boolean; premodified?: boolean; plural?: boolean } = {}): { words: string[]; next: number } {
  // a capitalised word mid-sentence is a name, never the counted noun or the owner
  const named = (i: number) => i > 0 && /^\p{Lu}/u.test(toks[i].text);
  const limitNamed = (() => {
    let j = k;
    while (j < limit && !(toks[j].kind === "word" && named(j) && !DETERMINERS.has(toks[j].lower))) j++;
    return j;
  })();
  limit = limitNamed;
  if (opts.determiners !== false) while (k < limit && isWordTok(toks[k]) && DETERMINERS.has(toks[k].lower)) k++;
  // a possessive owner: "the company's workforce" -> "workforce"
  const words: string[] = [];
  while (k < limit && words.length < 4 && (isNominal(toks, k) || (opts.premodified && words.length === 0 && isWordTok(toks[k]) && !FUNCTION_WORDS.has(toks[k].lower) && !AUX.has(toks[k].lower)))) {
    // a verb of the news lexicon ends the phrase: "the tunnel opens in May", "cheeses sold under …"
    if (words.length > 0 && PREDICATE_WORDS.has(toks[k].lower) && /(?:s|ed)$/.test(toks[k].lower) && (!isPluralNoun(toks[k].lower) || !isNominal(toks, k + 1))) break;
    words.push(toks[k].lower);
    k++;
    if (opts.plural && words.length && isPluralNoun(words[words.length - 1])) break;
    if (toks[k]?.text === "'" || toks[k]?.text === "’" || toks[k]?.lower === "'s") {
      words.length = 0;
      k++;
    }
  }
  return { words, next: k };
}

/** A plural noun as printed: "jobs", "cheeses", "people", "crew". */
function isPluralNoun(w: string): boolean {
  if (/^(?:people|children|men|women|crew|staff|police|personnel|cattle|livestock)$/.test(w)) return true;
  return /[^s'’]s$/.test(w) && w.length > 3 && !/(?:ous|ss|us|is|ics|ness)$/.test(w);
}

function rateAt(toks: FactToken[], k: number): { rate: string; next: number } | null {
  const a = toks[k];
  const b = toks[k + 1];
  if (isWordTok(a) && RATE_UNITS[a.lower] && (a.lower.endsWith("ly") || a.lower === "annual")) return { rate: RATE_UNITS[a.lower], next: k + 1 };
  if (isWordTok(a) && /^(?:a|an|per|each|every)$/.test(a.lower) && isWordTok(b) && RATE_UNITS[b.lower]) return { rate: RATE_UNITS[b.lower], next: k + 2 };
  return null;
}

export function frameQuantity(view: SentenceView, q: Quantity): QuantityFrame {
  const { toks } = view;
  const seg = view.segments[view.segmentOf[q.first]];
  const limit = Math.min(toks.length, seg.next + 12);
  const qualifiers: string[] = [];
  let head: string | null = null;
  let headWord: string | null = null;
  let modifiers: string[] = [];
  let owner: string | null = null;
  let relation: string | null = null;
  let k = q.next;

  // qualifiers right after the number: "two more bodies", "five of them", "€3m a year"
  if (isWordTok(toks[k]) && /^(?:more|further|additional|extra)$/.test(toks[k].lower) && !(toks[k].lower === "more" && toks[k + 1]?.lower === "than")) {
    qualifiers.push("increment");
    k++;
  }
  const before = toks[q.first - 1];
  if (isWordTok(before) && /^(?:further|additional|extra|another)$/.test(before.lower)) qualifiers.push("increment");
  if (isWordTok(toks[q.first - 2]) && /^(?:a|an)$/.test(toks[q.first - 2].lower) && isWordTok(before) && before.lower === "further") qualifiers.push("increment");
  if (isWordTok(toks[k]) && toks[k].lower === "of" && isWordTok(toks[k + 1]) && PARTITIVE_AFTER.has(toks[k + 1].lower) && q.dimension === "count") {
    qualifiers.push("subset");
    k += toks[k + 1].lower === "the" ? 2 : 2;
  }
  // "Two children were among those killed": a part of a total
  const segOf = view.segments[view.segmentOf[q.first]];
  for (let i = q.next; i < Math.min(segOf.next + 3, toks.length); i++) {
    if (toks[i].lower === "among" && /^(?:those|them|the)$/.test(toks[i + 1]?.lower ?? "")) qualifiers.push("subset");
  }
  // an amount in brackets right after another: a conversion ("£45m (€52m)")
  if (toks[q.first - 1]?.text === "(" && toks[q.next]?.text === ")") qualifiers.push("conversion");

  if (q.dimension === "count") {
    if (q.compoundNoun) {
      // "the 22,000-seat stadium": seats, of the stadium
      head = headClass(q.compoundNoun);
      headWord = q.compoundNoun;
      const np = nounPhrase(toks, k, limit);
      if (np.words.length) owner = ownerClass(np.words[np.words.length - 1]);
      k = np.next;
    } else {
      const np = nounPhrase(toks, k, limit, { determiners: false, plural: (q.high ?? 2) > 1, premodified: isDeterminer(toks[q.first - 1]) });
      if (np.words.length && !NON_HEADS.has(np.words[np.words.length - 1])) {
        headWord = np.words[np.words.length - 1];
        head = headClass(headWord);
        modifiers = np.words.slice(0, -1).map(singular);
        k = np.next;
      } else if (np.words.length) k = np.next;
      // "14 times": a frequency, its own measure
      if (isWordTok(toks[q.next]) && /^times?$/.test(toks[q.next].lower)) {
        head = "time";
        k = q.next + 1;
      }
      // "48 cases of listeriosis": the "of" phrase only describes what is counted
      if (isWordTok(toks[k]) && toks[k].lower === "of" && head) k = nounPhrase(toks, k + 1, limit).next;
    }
  } else {
    // "16 weeks of pay", "8% of its workforce", "12 weeks' pay", "the 12 km crossing", "€4.2m in bribes"
    const nx = toks[k];
    if (nx?.text === "'" || nx?.text === "’" || nx?.lower === "'s") {
      const np = nounPhrase(toks, k + 1, limit);
      if (np.words.length) owner = ownerClass(np.words[np.words.length - 1]);
      k = np.next;
    } else if (isWordTok(nx) && (nx.lower === "of" || (nx.lower === "in" && q.dimension === "money"))) {
      const np = nounPhrase(toks, k + 1, limit);
      if (np.words.length) owner = ownerClass(np.words[np.words.length - 1]);
      k = np.next;
    } else if (isWordTok(nx) && /^(?:from|off|away|outside|south|north|east|west|offshore)$/.test(nx.lower) && q.dimension === "length") {
      relation = "distance";
      // "12 km from the factory": from where, when nothing else says what the distance is of
      const from = nounPhrase(toks, k + 1, limit);
      if (from.words.length) owner = ownerClass(from.words[from.words.length - 1]);
    } else if (isWordTok(nx) && /^(?:long|wide|deep|high|tall|thick)$/.test(nx.lower)) {
      // "the tunnel is 12 km long": the measure is the subject's
      const cop = toks.slice(0, q.first).map((t) => t.lower).lastIndexOf("is") >= 0 ? toks.slice(0, q.first).map((t) => t.lower).lastIndexOf("is") : toks.slice(0, q.first).map((t) => t.lower).lastIndexOf("was");
      if (cop > 0) owner = ownerOfSubject(view, view.segments[view.segmentOf[cop]].first, cop);
      k++;
    } else if (q.printedUnit === "in" && isNominal(toks, k)) {
      // "seven in ten voters": the voters are what the share is of
      const np = nounPhrase(toks, k, limit, { determiners: false, plural: true });
      if (np.words.length) owner = ownerClass(np.words[np.words.length - 1]);
      k = np.next;
    } else if (q.compound || isDeterminer(toks[q.first - 1]) || (q.dimension !== "percent" && isNominal(toks, k))) {
      const np = nounPhrase(toks, k, limit, { determiners: false, premodified: isDeterminer(toks[q.first - 1]) || q.compound });
      if (np.words.length && !RATE_UNITS[np.words[0]]) {
        owner = ownerClass(np.words[np.words.length - 1]);
        modifiers = np.words.slice(0, -1).map(singular);
        k = np.next;
      }
    }
  }
  const rate = rateAt(toks, k) ?? rateAt(toks, q.next);
  if (rate) qualifiers.push(`rate:${rate.rate}`);

  // left context: a measure noun before "to"/"at"/"of" ("the death toll to nine", "a fee of £52m"), a change ("by")
  const left = leftContext(view, q);
  if (left.qualifier) qualifiers.push(left.qualifier);
  if (!owner && left.owner) owner = left.owner;
  if (isWordTok(before) && before.lower === "from" && CHANGE_VERBS.has(toks[q.first - 2]?.lower ?? "")) qualifiers.push("previous");
  if (isWordTok(before) && (before.lower === "no" || before.lower === "number")) qualifiers.push("designation");

  const subjectPosition = isSubjectPosition(view, q);
  const distanceOwner = relation === "distance" ? owner : null;
  const chosen = left.predicates.length ? { classes: left.predicates, at: left.at } : choosePredicate(view, q, k, subjectPosition);
  let predicates = chosen.classes;
  // "a fee of £52m", "a €2m fine": a sum whose owner is a payment names what happened to it
  if (q.dimension === "money" && owner && PAYMENT_NOUNS.has(owner)) {
    predicates = PREDICATE_WORDS.get(owner) ?? predicates;
    owner = null;
  }
  // "nine bodies", "300 protesters", "48 cases": the counted noun carries the predicate
  const hp = headWord ? HEAD_PREDICATES[singular(headWord)] : undefined;
  if (hp && (!predicates.length || predicates.includes(hp.predicate) || head === "case")) {
    predicates = [hp.predicate];
    head = hp.head;
  }
  // a distance whose event is named is the event's ("capsized 2 km from the port"); else it is from where it is measured
  if (distanceOwner && predicates.length) owner = null;
  // "still" makes a current measure of an event that lasts ("11 were still being treated"), not of a state
  if (predicates.length && hasStill(view, q, chosen.at) && !predicates.some((p) => PREDICATE_CLASSES[p]?.lasting)) qualifiers.push("current");
  // a count with no noun of something that happens to people counts people ("31 were hospitalised")
  if (!head && q.dimension === "count" && predicates.some((p) => PREDICATE_CLASSES[p]?.humanPatient)) head = "person";
  return { predicates, predicateAt: chosen.at, head, modifiers, owner, relation, qualifiers, subjectPosition };
}

/** Only determiners, approximators or an opening "Of the …," stand between the clause start and the number. */
function isSubjectPosition(view: SentenceView, q: Quantity): boolean {
  const { toks } = view;
  const seg = view.segments[view.segmentOf[q.first]];
  for (let i = seg.first; i < q.first; i++) {
    const t = toks[i];
    if (t.kind === "punct") continue;
    if (t.kind === "word" && (DETERMINERS.has(t.lower) || /^(?:and|but|while|including|some|about|around|nearly|almost|roughly|approximately|more|less|fewer|than|at|least|most|up|to|over|under|only|just|another|further|when|who|which|that|as|many|as)$/.test(t.lower))) continue;
    return false;
  }
  return true;
}

function hasStill(view: SentenceView, q: Quantity, at: number | null): boolean {
  const from = Math.min(q.first, at ?? q.first);
  const to = Math.max(q.next, at ?? q.next);
  for (let i = from; i < to; i++) if (view.toks[i].lower === "still") return true;
  return false;
}

/** Predicate classes of a mention, dropping those that cannot take this kind of value. */
function usable(p: PredicateMention, q: Quantity): boolean {
  if (q.dimension === "money") return p.classes.some((c) => MONEY_CLASSES.has(c));
  if (q.dimension === "duration") return p.classes.some((c) => DURATION_CLASSES.has(c));
  if (q.dimension === "percent") return p.classes.some((c) => PERCENT_CLASSES.has(c));
  return true;
}
const MONEY_CLASSES = new Set(["pay", "cost", "worth", "contribute", "receive", "earn", "fined", "sought", "rise", "fall", "cut", "create", "agree", "sign", "recall", "approve", "reject", "announce", "vote", "win", "lose", "charged", "convict"]);
const DURATION_CLASSES = new Set(["sentenced", "sought", "sign", "agree", "lead", "earn", "pay", "receive", "appoint", "elect", "close", "open", "arrested", "hospitalised", "missing", "contribute"]);
const PERCENT_CLASSES = new Set(["fall", "rise", "cut", "create", "oppose", "support", "vote", "win", "lose", "employ", "worth", "affected", "sick", "dead", "pay", "earn", "receive", "contribute", "cost"]);

/** The nearest usable predicate: right of the counted noun first when the number is the subject, else left first. */
function choosePredicate(view: SentenceView, q: Quantity, afterNp: number, subjectPosition: boolean): { classes: string[]; at: number | null } {
  const { toks, predicates } = view;
  const segIdx = view.segmentOf[q.first];
  const seg = view.segments[segIdx];
  // a relative or participle clause right after the counted noun belongs to it: "the nine people who died"
  let rightLimit = seg.next;
  const nextSeg = view.segments[segIdx + 1];
  if (nextSeg && afterNp >= seg.next - 1 && /^(?:who|that|which)$/.test(toks[nextSeg.first]?.lower ?? "")) rightLimit = nextSeg.next;
  let bestLeft: PredicateMention | null = null;
  let bestRight: PredicateMention | null = null;
  let inside: PredicateMention | null = null;
  for (const p of predicates) {
    if (!usable(p, q)) continue;
    if (p.first <= q.first && p.next >= q.next && p.next - p.first > 1) inside = p;
    else if (p.next <= q.first && p.first >= seg.first && q.first - p.next <= 6) bestLeft = p;
    else if (p.first >= afterNp && p.first < rightLimit && !bestRight && p.first - afterNp <= 5) bestRight = p;
    else if (p.first >= q.next && p.first < afterNp && !bestRight && (q.dimension !== "count")) bestRight = p;
  }
  if (inside) return { classes: inside.classes, at: inside.first };
  // left of its object, a predicate is a verb ("killed nine", "employs 400"), not a noun subject ("the wildfire forced 3,000")
  if (bestLeft && !verbal(toks, bestLeft)) bestLeft = null;
  const order = subjectPosition ? [bestRight, bestLeft] : [bestLeft, bestRight];
  for (const p of order) if (p && !gapBlocks(toks, p, q)) return { classes: p.classes, at: p.first };
  return { classes: [], at: null };
}

/** A predicate mention used as a verb: a set phrase, an inflected form, or a base form after a modal or "to". */
function verbal(toks: FactToken[], p: PredicateMention): boolean {
  if (p.next - p.first > 1) return true;
  const w = toks[p.first].lower;
  if (/(?:ed|ing|s)$/.test(w) || IRREGULAR_PAST.has(w)) return true;
  const prev = toks[p.first - 1];
  return isWordTok(prev) && /^(?:will|would|to|can|could|may|might|must|shall|should|did|does|do)$/.test(prev.lower);
}

/** A verb left of the number governs it only across objects, prepositions and adjectives, not across another verb's clause. */
function gapBlocks(toks: FactToken[], p: PredicateMention, q: Quantity): boolean {
  if (p.first > q.first) return false;
  for (let i = p.next; i < q.first; i++) if (toks[i].kind === "word" && /^(?:said|says|told|and|but|who|which|that|when)$/.test(toks[i].lower)) return true;
  return false;
}

/** The head of the clause's subject noun phrase before a verb at j ("Turnout in the election was 61%" -> turnout). */
function ownerOfSubject(view: SentenceView, from: number, j: number): string | null {
  const { toks } = view;
  let k = from;
  while (k < j && (!isWordTok(toks[k]) || DETERMINERS.has(toks[k].lower))) k++;
  const words: string[] = [];
  while (k < j && isNominal(toks, k) && words.length < 4) words.push(toks[k++].lower);
  return words.length ? ownerClass(words[words.length - 1]) : null;
}

/**
 * Left of the number: "the death toll to nine" and "a fee of £52m" (a measure noun owns the value), "the
 * number of people sickened … has risen to 53" (the clause subject names the measure), "rose by" (a change).
 */
function leftContext(view: SentenceView, q: Quantity): { predicates: string[]; at: number | null; owner: string | null; qualifier: string | null } {
  const { toks } = view;
  const none = { predicates: [] as string[], at: null, owner: null, qualifier: null };
  let k = q.first - 1;
  // skip "a", "an initial", "a club-record", "a total of"
  while (k >= 0 && isWordTok(toks[k]) && (DETERMINERS.has(toks[k].lower) || /^(?:initial|record|club-record|reported|total|combined|estimated|further|additional|new|fresh|whopping|modest|just|only)$/.test(toks[k].lower))) k--;
  const prep = toks[k];
  if (!isWordTok(prep)) return none;
  if (prep.lower === "by" && CHANGE_VERBS.has(toks[k - 1]?.lower ?? "")) return { ...none, qualifier: "change" };
  if (prep.lower === "by" && /^(?:up|down)$/.test(toks[k - 1]?.lower ?? "")) return { ...none, qualifier: "change" };
  // "Turnout in the election was 61%": a copula gives the value of its subject's measure
  if (/^(?:was|were|is|are)$/.test(prep.lower)) {
    const subject = view.predicates.filter((p) => p.first >= view.segments[view.segmentOf[k]].first && p.next <= k);
    if (subject.length) return { predicates: subject[0].classes, at: subject[0].first, owner: null, qualifier: null };
    const owner = ownerOfSubject(view, view.segments[view.segmentOf[k]].first, k);
    return owner ? { ...none, owner } : none;
  }
  if (prep.lower !== "to" && prep.lower !== "at" && prep.lower !== "of") return none;
  // the noun right before the preposition: "death toll to", "fee of", "charge of"
  let j = k - 1;
  if (isWordTok(toks[j]) && !FUNCTION_WORDS.has(toks[j].lower)) {
    const classes = PREDICATE_WORDS.get(toks[j].lower);
    const pm = view.predicates.find((p) => p.first <= j && p.next > j);
    if (pm && prep.lower !== "of" || (classes && prep.lower === "of" && !isVerbLike(toks, j))) {
      if (prep.lower === "of" || !CHANGE_VERBS.has(toks[j].lower)) return { predicates: pm?.classes ?? classes ?? [], at: j, owner: prep.lower === "of" ? ownerClass(toks[j].lower) : null, qualifier: null };
    }
    if (prep.lower === "of" && !isVerbLike(toks, j) && isNominal(toks, j)) return { ...none, owner: ownerClass(toks[j].lower) };
  }
  // "rose from 8 to 12": the new value; the verb stands before "from 8"
  if (prep.lower === "to" && (toks[k - 1]?.kind === "num" || (isWordTok(toks[k - 1]) && isNumberWord(toks[k - 1].lower))) && isWordTok(toks[k - 2]) && toks[k - 2].lower === "from") j = k - 3;
  // "has risen to 53", "stands at 9", "reached 12": the value of the clause subject's measure
  while (j >= 0 && isWordTok(toks[j]) && /^(?:now|has|have|had|is|was|already|further|sharply|overnight)$/.test(toks[j].lower)) j--;
  if (!isWordTok(toks[j]) || !CHANGE_VERBS.has(toks[j].lower)) return none;
  const seg = view.segments[view.segmentOf[j]];
  // the subject's own measure comes first: "the death toll from the bridge collapse rose to 14" is a toll
  const subject = view.predicates.filter((p) => p.first >= seg.first && p.next <= j && !CHANGE_VERBS.has(p.word));
  if (!subject.length) {
    const owner = ownerOfSubject(view, seg.first, j);
    return owner ? { ...none, owner } : none;
  }
  const p = subject[0];
  return { predicates: p.classes, at: p.first, owner: null, qualifier: null };
}
