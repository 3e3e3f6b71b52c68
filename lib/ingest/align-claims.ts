/**
 * Cross-source claim alignment. Claims are blocked by (global subject entity, attribute), so cost grows
 * with the size of each block rather than with all pairs of claims; inside a block, claims with the same
 * normalised value are collapsed first and only the distinct values are compared. Each pair of values gets
 * a relation (same / variant / conflict / unrelated) from general, attribute-specific rules: office-word
 * normalisation for roles, durations for time spans, numbers for counts, TF-IDF cosine for the rest.
 */
import type { TClaim, TClaimAttribute, TClaimGroup, TCrossResolvedDate, TGlobalEntity, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS } from "./lexicon-countries";
import { resolveDatesAcross } from "./resolve-dates-across";
import { entityCountries, type EntityResolution } from "./resolve-entities";
import { statementsAlign } from "./align-statements";
import { stableId } from "./stable-id";
import { canonicalTerm, contentTerms, cosine, fold, IdfTable, jaccard, plainWords, type SparseVector } from "./text-similarity";
import { UnionFind } from "./union-find";

export type ClaimNode = {
  sourceId: string;
  outlet: string;
  claimIndex: number;
  claim: TClaim;
  subjectId: string;
  /** Comparison key of the value: folded normalised value. */
  key: string;
  valueTerms: string[];
  /** Terms of the claim sentence minus the value and subject-name terms: the predicate context. */
  contextTerms: string[];
  valueVec: SparseVector;
  contextVec: SparseVector;
  /** Reference date of the article (ISO), for "since <month>" style spans. */
  refDate: string | null;
  /** The article's own publication date, when it states one. */
  publishedAt: string | null;
  /**
   * Date claims: the calendar date (ISO, at its precision) the claim resolves to, in its own article or across
   * sources (resolve-dates-across); null when unresolved. Always null on other attributes.
   */
  date: string | null;
};

export type Relation = "same" | "variant" | "conflict" | null;
export type ConflictReason = "different_value" | "former_vs_current" | "different_duration" | "different_count" | "different_date";

export type Edge = { a: number; b: number; relation: Exclude<Relation, null>; reason: ConflictReason | null };

export type AlignedGroup = {
  group: TClaimGroup;
  members: ClaimNode[];
  /**
   * Cross-source edges between members printing different values (indices into `members`). Members with one
   * value are one side by construction, so no edges join them. A conflict between two values has an edge for
   * every cross-source pair of their members (each pair is pruned on its own); a variant needs only one, since
   * all members with one value already belong together.
   */
  edges: Edge[];
};

export type Alignment = {
  groups: AlignedGroup[];
  nodes: ClaimNode[];
  idf: IdfTable;
  /** Date claims left unresolved by their article and resolved through another outlet (see resolve-dates-across). */
  resolvedDates: TCrossResolvedDate[];
};

export type AlignOptions = {
  /** Resolve undated articles' weekday dates through other outlets reporting the same event (default true). */
  crossSourceDates?: boolean;
};

// ---------------------------------------------------------------- geography

const GEO_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const form of COUNTRY_FORMS.keys()) for (const w of plainWords(form)) s.add(w);
  for (const w of "country nation state capital city province region national local international".split(" ")) s.add(w);
  return s;
})();

// ---------------------------------------------------------------- roles

/** Office head nouns → canonical office. Multi-word offices are joined before lookup. */
const OFFICE_HEADS = new Map<string, string>(
  Object.entries({
    head: "head",
    chief: "head",
    leader: "head",
    director: "director",
    minister: "minister",
    secretary: "minister",
    "secretary-general": "secretary-general",
    president: "president",
    "vice-president": "vice-president",
    "prime-minister": "prime-minister",
    premier: "prime-minister",
    chancellor: "chancellor",
    ambassador: "ambassador",
    envoy: "ambassador",
    consul: "consul",
    "consul-general": "consul-general",
    spokesperson: "spokesperson",
    spokesman: "spokesperson",
    spokeswoman: "spokesperson",
    governor: "governor",
    mayor: "mayor",
    senator: "senator",
    judge: "judge",
    prosecutor: "prosecutor",
    "attorney-general": "attorney-general",
    ceo: "ceo",
    chairman: "chair",
    chairwoman: "chair",
    chairperson: "chair",
    chair: "chair",
    founder: "founder",
    "co-founder": "founder",
    commander: "commander",
    king: "king",
    queen: "queen",
    candidate: "candidate",
    coach: "coach",
    captain: "captain",
    editor: "editor",
    correspondent: "correspondent",
  }),
);
/** Nouns that describe without naming an office: compatible with any specific role. */
const GENERIC_ROLE = new Set(
  "diplomat official officer politician member aide adviser advisor staffer employee figure representative lawmaker legislator activist leader spokesperson"
    .split(" ")
    .filter((w) => w !== "leader" && w !== "spokesperson"),
);
const FORMER_WORDS = new Set("former ex then previous erstwhile onetime one-time outgoing late".split(" "));
const RANK_MODIFIERS = new Set("deputy assistant acting interim vice associate under".split(" "));
/** Words that only name the kind of department ("Secretary of Foreign Affairs" = "Foreign Secretary"). */
const ROLE_FILLER = new Set("affair affairs relation relations ties department ministry office bureau the of a an and for in at to on".split(" "));
const PAST_CONTEXT_RE = /\b(?:had been|was|were|served as|used to be|until|then-)\b/i;
const JOIN_PAIRS: Array<[string, string, string]> = [
  ["vice", "president", "vice-president"],
  ["prime", "minister", "prime-minister"],
  ["secretary", "general", "secretary-general"],
  ["attorney", "general", "attorney-general"],
  ["consul", "general", "consul-general"],
  ["co", "founder", "co-founder"],
  ["vice", "chair", "vice-chair"],
];

export type RoleInfo = { former: boolean; head: string | null; rank: string | null; generic: boolean; domain: string[] };

export function parseRole(value: string): RoleInfo {
  const raw = plainWords(value);
  const toks: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const j = JOIN_PAIRS.find(([a, b]) => raw[i] === a && raw[i + 1] === b);
    if (j) {
      toks.push(j[2]);
      i++;
    } else toks.push(raw[i] === "vp" ? "vice-president" : raw[i]);
  }
  let former = false;
  let head: string | null = null;
  let headAt = -1;
  let rank: string | null = null;
  let generic = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (FORMER_WORDS.has(t)) former = true;
    const h = OFFICE_HEADS.get(t) ?? OFFICE_HEADS.get(t.replace(/s$/, ""));
    if (h && head === null) {
      head = h;
      headAt = i;
      if (i > 0 && RANK_MODIFIERS.has(toks[i - 1])) rank = toks[i - 1];
    }
  }
  if (head === null) for (const t of toks) if (GENERIC_ROLE.has(t) || GENERIC_ROLE.has(t.replace(/s$/, ""))) generic = true;
  const domain: string[] = [];
  toks.forEach((t, i) => {
    if (i === headAt || FORMER_WORDS.has(t) || RANK_MODIFIERS.has(t) || ROLE_FILLER.has(t) || GEO_WORDS.has(t)) return;
    if (GENERIC_ROLE.has(t)) return;
    const c = canonicalTerm(t);
    if (ROLE_FILLER.has(c) || c.length < 2) return;
    domain.push(c);
  });
  return { former, head, rank, generic, domain };
}

// ---------------------------------------------------------------- time spans

const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    a: 1, an: 1, one: 1, once: 1, single: 1, two: 2, twice: 2, both: 2, couple: 2, three: 3, thrice: 3, four: 4, five: 5,
    six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
    dozen: 12, thousand: 1000, million: 1_000_000,
  }),
);
const VAGUE_FEW = new Set(["few", "several", "some", "couple", "handful"]);
const UNIT_DAYS = new Map<string, number>([
  ["hour", 1 / 24], ["day", 1], ["night", 1], ["week", 7], ["month", 30.4], ["year", 365], ["decade", 3650],
]);
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR = new Map<string, number>(MONTHS.flatMap((m, i) => [[m, i], [m.slice(0, 3), i]] as Array<[string, number]>));
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEAR_RANGE_RE = /\b(1[89]\d\d|20\d\d)\b[^\d]{1,12}\b(1[89]\d\d|20\d\d)\b/;

export type SpanInfo =
  | { kind: "until_now"; lo: number; hi: number } // duration in days up to the reference date
  | { kind: "period"; from: number; to: number } // closed period in years
  | { kind: "unknown" };

function parseDate(iso: string | null): Date | null {
  if (!iso) return null;
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
}

export function parseTimeSpan(value: string, normalized: string, refIso: string | null): SpanInfo {
  const text = `${value} ${normalized}`;
  const ys = YEAR_RANGE_RE.exec(fold(text));
  if (ys) return { kind: "period", from: +ys[1], to: +ys[2] };
  const ws = plainWords(value);
  const since = ws.indexOf("since");
  if (since >= 0) {
    const ref = parseDate(refIso);
    const rest = ws.slice(since + 1);
    if (!ref) return { kind: "unknown" };
    const mIdx = rest.map((w) => MONTH_ABBR.get(w)).find((x) => x !== undefined);
    const year = rest.find((w) => /^(1[89]|20)\d\d$/.test(w));
    let start: Date | null = null;
    let end: Date | null = null;
    if (mIdx !== undefined) {
      let y = year ? +year : ref.getUTCFullYear();
      if (!year && mIdx > ref.getUTCMonth()) y -= 1;
      start = new Date(Date.UTC(y, mIdx, 1));
      end = new Date(Date.UTC(y, mIdx + 1, 0));
    } else if (year) {
      start = new Date(Date.UTC(+year, 0, 1));
      end = new Date(Date.UTC(+year, 11, 31));
    }
    if (!start || !end) return { kind: "unknown" };
    const day = 86_400_000;
    const lo = Math.max(0, (ref.getTime() - end.getTime()) / day);
    const hi = Math.max(0, (ref.getTime() - start.getTime()) / day);
    return { kind: "until_now", lo, hi };
  }
  // "for seven years", "over the last few days", "for 3 weeks"
  for (let i = 0; i < ws.length; i++) {
    const unit = UNIT_DAYS.get(ws[i].replace(/s$/, ""));
    if (unit === undefined) continue;
    const prev = ws[i - 1];
    const prev2 = ws[i - 2];
    let lo: number;
    let hi: number;
    if (prev && VAGUE_FEW.has(prev)) [lo, hi] = [2, prev === "couple" ? 3 : 9];
    else if (prev && /^\d+(?:\.\d+)?$/.test(prev)) lo = hi = +prev;
    else if (prev && NUMBER_WORDS.has(prev)) lo = hi = NUMBER_WORDS.get(prev)!;
    else if (prev === "many" || prev === "several") [lo, hi] = [3, 30];
    else if (prev === "last" || prev === "past" || !prev) lo = hi = 1;
    else continue;
    if (prev2 && (prev2 === "few" || VAGUE_FEW.has(prev2)) && prev === "of") [lo, hi] = [2, 9];
    return { kind: "until_now", lo: lo * unit, hi: hi * unit };
  }
  return { kind: "unknown" };
}

// ---------------------------------------------------------------- counts

const APPROX_WORDS = new Set("about around approximately nearly almost roughly some least more most over under than up dozens hundreds thousands several many few estimated".split(" "));
const COUNT_FILLER = new Set("time times".split(" "));

export type CountInfo = { n: number | null; approx: boolean; thing: string[] };

export function parseCount(value: string, normalized: string): CountInfo {
  const ws = plainWords(normalized || value);
  let n: number | null = null;
  let approx = false;
  const thing: string[] = [];
  for (const w of ws) {
    if (/^\d+(?:[.,]\d+)?$/.test(w)) {
      if (n === null) n = +w.replace(/,/g, "");
      continue;
    }
    if (NUMBER_WORDS.has(w) && w !== "a" && w !== "an") {
      if (n === null) n = NUMBER_WORDS.get(w)!;
      continue;
    }
    if (APPROX_WORDS.has(w)) {
      approx = true;
      continue;
    }
    if (COUNT_FILLER.has(w) || w.length < 2) continue;
    thing.push(canonicalTerm(w));
  }
  return { n, approx, thing };
}

// ---------------------------------------------------------------- places

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

// ---------------------------------------------------------------- relations

const SAME_ACTION_COSINE = 0.45;
const CONTEXT_COSINE = 0.35;
const MAX_PAIRWISE = 250;

function keyOf(c: TClaim): string {
  return fold(c.normalizedValue || c.value)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The relation of two distinct values of one (subject, attribute) block. */
export function relate(a: ClaimNode, b: ClaimNode, attribute: TClaimAttribute): { relation: Relation; reason: ConflictReason | null } {
  if (a.key === b.key) return { relation: "same", reason: null };
  const ctx = cosine(a.contextVec, b.contextVec);
  const val = cosine(a.valueVec, b.valueVec);
  const crossSource = a.sourceId !== b.sourceId;
  if (attribute === "statement" && statementsAlign(a.claim, b.claim)) return { relation: "variant", reason: null };
  switch (attribute) {
    case "role": {
      const ra = parseRole(a.claim.value);
      const rb = parseRole(b.claim.value);
      if (ra.head && rb.head) {
        if (ra.head !== rb.head || ra.rank !== rb.rank) return { relation: null, reason: null };
        const da = new Set(ra.domain);
        const db = new Set(rb.domain);
        const inter = [...da].filter((t) => db.has(t)).length;
        const subset = inter === Math.min(da.size, db.size);
        // a former office and a current one may both be true: only same-tense titles can conflict
        if (crossSource && ra.former === rb.former && da.size > 0 && db.size > 0 && inter === 0 && !a.claim.isCaption && !b.claim.isCaption)
          return { relation: "conflict", reason: "different_value" };
        if (!subset && jaccard(da, db) < 0.34) return { relation: "variant", reason: null };
        if (crossSource && ra.former !== rb.former) {
          const current = ra.former ? b : a;
          if (!PAST_CONTEXT_RE.test(current.claim.text) && !current.claim.isCaption) return { relation: "conflict", reason: "former_vs_current" };
        }
        return { relation: "variant", reason: null };
      }
      if ((ra.head && rb.generic) || (rb.head && ra.generic) || (ra.generic && rb.generic)) return { relation: "variant", reason: null };
      return { relation: val >= 0.5 ? "variant" : null, reason: null };
    }
    case "time_span": {
      const sa = parseTimeSpan(a.claim.value, a.claim.normalizedValue, a.refDate);
      const sb = parseTimeSpan(b.claim.value, b.claim.normalizedValue, b.refDate);
      const similarPredicate = ctx >= CONTEXT_COSINE || sharesRareTerm(a.contextTerms, b.contextTerms);
      if (sa.kind === "period" && sb.kind === "period") {
        if (sa.from === sb.from && sa.to === sb.to) return { relation: "variant", reason: null };
        if (ctx >= 0.5 && crossSource) return { relation: "conflict", reason: "different_duration" };
        return { relation: null, reason: null };
      }
      if (sa.kind === "until_now" && sb.kind === "until_now" && similarPredicate) {
        const ratio = Math.max(sa.lo, sb.lo) / Math.max(1, Math.min(sa.hi, sb.hi));
        if (crossSource && ratio >= 3) return { relation: "conflict", reason: "different_duration" };
        return { relation: "variant", reason: null };
      }
      return { relation: similarPredicate && sa.kind === sb.kind ? "variant" : null, reason: null };
    }
    case "count": {
      const ca = parseCount(a.claim.value, a.claim.normalizedValue);
      const cb = parseCount(b.claim.value, b.claim.normalizedValue);
      const sameThing = ca.thing.length > 0 && jaccard(ca.thing, cb.thing) >= 0.5;
      if (!sameThing) return { relation: null, reason: null };
      // articles published on different days may report an updated figure: not a contradiction
      const sameDay = !a.publishedAt || !b.publishedAt || a.publishedAt === b.publishedAt;
      if (ca.n !== null && cb.n !== null && ca.n !== cb.n && !ca.approx && !cb.approx && crossSource && sameDay && ctx >= 0.2)
        return { relation: "conflict", reason: "different_count" };
      return { relation: "variant", reason: null };
    }
    case "date": {
      // resolved dates compare as calendar dates: the same day printed differently ("Friday" / "late Friday")
      // is one value; two different days of one event (similar sentences, two outlets) cannot both be true
      if (a.date && b.date) {
        if (a.date === b.date || datesOverlap(a.date, b.date)) return { relation: ctx >= CONTEXT_COSINE || a.date === b.date ? "variant" : null, reason: null };
        if (DAY_ISO_RE.test(a.date) && DAY_ISO_RE.test(b.date) && ctx >= 0.5 && crossSource) return { relation: "conflict", reason: "different_date" };
        // different days in dissimilar sentences: different events, not one fact worded differently
        return { relation: null, reason: null };
      }
      return { relation: ctx >= CONTEXT_COSINE || val >= 0.5 ? "variant" : null, reason: null };
    }
    case "location": {
      const ka = placeKind(a.claim.value);
      const kb = placeKind(b.claim.value);
      // the same kind of place named more or less specifically: compatible, one fact
      if (ka && kb) return { relation: ka === kb ? "variant" : null, reason: null };
      if ((ka || kb) && val < SAME_ACTION_COSINE) return { relation: null, reason: null };
      return { relation: val >= SAME_ACTION_COSINE ? "variant" : null, reason: null };
    }
    default: {
      if (val >= SAME_ACTION_COSINE) return { relation: "variant", reason: null };
      if (ctx >= 0.6 && val >= 0.2) return { relation: "variant", reason: null };
      return { relation: null, reason: null };
    }
  }
}

const DAY_ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

/** One ISO date contains the other at a coarser precision: "2024-04" and "2024-04-05", "2024" and "2024-04". */
function datesOverlap(a: string, b: string): boolean {
  if (/W/.test(a) || /W/.test(b)) return false; // weeks do not nest in months: no containment claimed
  return a.startsWith(b) || b.startsWith(a);
}

function sharesRareTerm(a: string[], b: string[]): boolean {
  const B = new Set(b);
  return a.some((t) => B.has(t) && t.length > 3);
}

// ---------------------------------------------------------------- alignment

export function buildClaimNodes(sources: TSourceAnalysis[], resolution: EntityResolution): { nodes: ClaimNode[]; idf: IdfTable } {
  const subjectOf = new Map<string, string>();
  for (const cs of resolution.claimSubjects) subjectOf.set(`${cs.sourceId}\u0000${cs.claimIndex}`, cs.entityId);
  const anyDate = sources.map((s) => s.analysis.meta.publishedAt).find((d) => d && parseDate(d)) ?? null;
  const idf = new IdfTable();
  const raw: Array<Omit<ClaimNode, "valueVec" | "contextVec">> = [];
  for (const src of sources) {
    const outlet = src.outlet ?? src.analysis.meta.outlet ?? src.sourceId;
    const refDate = src.analysis.meta.publishedAt && parseDate(src.analysis.meta.publishedAt) ? src.analysis.meta.publishedAt : anyDate;
    src.analysis.claims.forEach((claim, claimIndex) => {
      const subjectId = subjectOf.get(`${src.sourceId}\u0000${claimIndex}`) ?? "";
      const subject = resolution.byId.get(subjectId);
      const nameTerms = new Set(subject ? [subject.name, ...subject.aliases].flatMap((n) => contentTerms(n)) : []);
      const valueTerms = contentTerms(claim.normalizedValue ? `${claim.value} ${claim.normalizedValue}` : claim.value);
      const valueSet = new Set(valueTerms);
      const contextTerms = contentTerms(claim.text).filter((t) => !valueSet.has(t) && !nameTerms.has(t));
      idf.add([...valueTerms, ...contextTerms]);
      const publishedAt = src.analysis.meta.publishedAt ?? null;
      const date = claim.attribute === "date" ? (claim.resolvedDate ?? null) : null;
      raw.push({ sourceId: src.sourceId, outlet, claimIndex, claim, subjectId, key: keyOf(claim), valueTerms, contextTerms, refDate, publishedAt, date });
    });
  }
  const nodes: ClaimNode[] = raw.map((n) => ({ ...n, valueVec: idf.vector(n.valueTerms), contextVec: idf.vector(n.contextTerms) }));
  return { nodes, idf };
}

/** Candidate pairs of distinct values in a block: all pairs when small, else pairs sharing a value term. */
function candidatePairs(reps: ClaimNode[], attribute: TClaimAttribute): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (reps.length <= MAX_PAIRWISE) {
    for (let i = 0; i < reps.length; i++) for (let j = i + 1; j < reps.length; j++) pairs.push([i, j]);
    return pairs;
  }
  const index = new Map<string, number[]>();
  reps.forEach((r, i) => {
    const keys = attribute === "role" ? [parseRole(r.claim.value).head ?? "", ...r.valueTerms] : r.valueTerms;
    for (const t of new Set(keys)) if (t) index.set(t, [...(index.get(t) ?? []), i]);
  });
  const seen = new Set<number>();
  for (const list of index.values()) {
    if (list.length > MAX_PAIRWISE) continue; // too common to be informative
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const k = list[x] * reps.length + list[y];
        if (seen.has(k)) continue;
        seen.add(k);
        pairs.push([list[x], list[y]]);
      }
  }
  return pairs;
}

/** Bodies through which a country acts: its police, armed forces, government. One actor for "who did what". */
const STATE_ACTOR_RE = /\b(?:police|army|military|armed forces|navy|troops|soldiers|security forces|government|authorities|administration|presidency)\b/;

/**
 * The country a subject acts for, when the subject is a country itself or one of its state bodies:
 * "X conducted a raid" and "X's police stormed ..." describe one action of one actor.
 */
export function stateActorCountry(e: TGlobalEntity): string | null {
  if (e.type === "person") return null;
  const countries = entityCountries(e);
  if (countries.size !== 1) return null;
  const country = [...countries][0];
  if (e.type === "place") return fold(e.name) === fold(country) ? country : null;
  return STATE_ACTOR_RE.test(fold([e.name, ...e.aliases].join(" "))) ? country : null;
}

/** A group's subject: the entity most of its claims are about; on a tie, the more specific (non-place) one. */
function groupSubject(members: ClaimNode[], resolution: EntityResolution): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.subjectId, (count.get(m.subjectId) ?? 0) + 1);
  const isPlace = (id: string) => (resolution.byId.get(id)?.type === "place" ? 1 : 0);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || isPlace(a[0]) - isPlace(b[0]) || (a[0] < b[0] ? -1 : 1))[0][0];
}

export function alignClaims(sources: TSourceAnalysis[], resolution: EntityResolution, options: AlignOptions = {}): Alignment {
  const { nodes, idf } = buildClaimNodes(sources, resolution);
  const blocks = new Map<string, number[]>();
  const actorOf = new Map<string, string>();
  const blockSubject = (subjectId: string, attribute: TClaimAttribute): string => {
    if (attribute !== "action") return subjectId;
    let k = actorOf.get(subjectId);
    if (k === undefined) {
      const e = resolution.byId.get(subjectId);
      const c = e ? stateActorCountry(e) : null;
      k = c ? `country:${c}` : subjectId;
      actorOf.set(subjectId, k);
    }
    return k;
  };
  nodes.forEach((n, i) => {
    const k = `${blockSubject(n.subjectId, n.claim.attribute)}\u0000${n.claim.attribute}`;
    const arr = blocks.get(k);
    if (arr) arr.push(i);
    else blocks.set(k, [i]);
  });

  const groups: AlignedGroup[] = [];
  const usedIds = new Set<string>();
  // date blocks last: undated articles' dates are resolved through the event groups of the other blocks first
  const ordered = [...blocks.values()].sort((x, y) => Number(nodes[x[0]].claim.attribute === "date") - Number(nodes[y[0]].claim.attribute === "date"));
  let resolvedDates: TCrossResolvedDate[] = [];
  let datesResolved = false;
  for (const idxs of ordered) {
    const attribute = nodes[idxs[0]].claim.attribute;
    if (attribute === "date" && !datesResolved) {
      datesResolved = true;
      if (options.crossSourceDates !== false) {
        resolvedDates = resolveDatesAcross(sources, groups.map((g) => g.group));
        applyResolvedDates(nodes, resolvedDates);
      }
    }
    // collapse identical values
    const byKey = new Map<string, number[]>();
    for (const i of idxs) pushTo(byKey, nodes[i].key, i);
    const keys = [...byKey.keys()];
    const reps = keys.map((k) => nodes[byKey.get(k)![0]]);
    const uf = new UnionFind(keys.length);
    const repEdges: Array<{ a: number; b: number; relation: Exclude<Relation, null>; reason: ConflictReason | null }> = [];
    for (const [i, j] of candidatePairs(reps, attribute)) {
      // compare across sources when possible: a conflict needs two different outlets
      const ni = byKey.get(keys[i])!.map((x) => nodes[x]);
      const nj = byKey.get(keys[j])!.map((x) => nodes[x]);
      const a = ni[0];
      const b = nj.find((n) => !ni.some((m) => m.sourceId === n.sourceId)) ?? nj[0];
      const aa = b.sourceId === a.sourceId ? (ni.find((m) => m.sourceId !== b.sourceId) ?? a) : a;
      const { relation, reason } = relate(aa, b, attribute);
      if (!relation) continue;
      uf.union(i, j);
      repEdges.push({ a: i, b: j, relation, reason });
    }
    const comp = new Map<number, number[]>();
    keys.forEach((_, i) => pushTo(comp, uf.find(i), i));
    for (const repIdxs of comp.values()) {
      const members = repIdxs.flatMap((r) => byKey.get(keys[r])!.map((x) => nodes[x]));
      members.sort((x, y) => (x.sourceId < y.sourceId ? -1 : x.sourceId > y.sourceId ? 1 : x.claimIndex - y.claimIndex));
      const pos = new Map(members.map((m, i) => [m, i]));
      const repSet = new Set(repIdxs);
      const edges: Edge[] = [];
      for (const e of repEdges) {
        if (!repSet.has(e.a) || !repSet.has(e.b)) continue;
        crossSourceLoop: for (const x of byKey.get(keys[e.a])!)
          for (const y of byKey.get(keys[e.b])!) {
            if (nodes[x].sourceId === nodes[y].sourceId) continue;
            edges.push({ a: pos.get(nodes[x])!, b: pos.get(nodes[y])!, relation: e.relation, reason: e.reason });
            if (e.relation !== "conflict") break crossSourceLoop;
          }
      }
      // a source that itself prints a compatible value for the conflicting side is not in conflict with it
      pruneSelfContradictions(members, edges);
      const group = makeGroup(groupSubject(members, resolution), attribute, members, edges, usedIds);
      groups.push({ group, members, edges });
    }
  }
  groups.sort((a, b) => (a.group.id < b.group.id ? -1 : 1));
  return { groups, nodes, idf, resolvedDates };
}

/** A date claim resolved across sources compares by its date, as one its own article resolved does. */
function applyResolvedDates(nodes: ClaimNode[], resolved: TCrossResolvedDate[]): void {
  if (resolved.length === 0) return;
  const byRef = new Map(resolved.map((r) => [`${r.sourceId}\u0000${r.claimIndex}`, r.resolvedDate]));
  for (const n of nodes) {
    if (n.claim.attribute !== "date" || n.date) continue;
    const d = byRef.get(`${n.sourceId}\u0000${n.claimIndex}`);
    if (!d) continue;
    n.date = d;
    n.key = keyOf({ ...n.claim, normalizedValue: d });
  }
}

/**
 * If outlet A says "X" and "Y" and outlet B says "Y'" (in conflict with X), B does not contradict A:
 * A itself uses both forms. Drop conflict edges whose current-side outlet also has a same/variant
 * edge to the other side's value (e.g. a caption says "Vice President", the body "former Vice President").
 */
function pruneSelfContradictions(members: ClaimNode[], edges: Edge[]): void {
  const sameSourceKeys = new Map<string, Set<string>>();
  const sourcesOfKey = new Map<string, Set<string>>();
  for (const m of members) {
    addTo(sameSourceKeys, m.sourceId, m.key);
    addTo(sourcesOfKey, m.key, m.sourceId);
  }
  // every outlet printing one value of a compatible pair is compatible with the other value
  const compatible = new Set<string>();
  for (const e of edges) {
    if (e.relation === "conflict") continue;
    const [keyA, keyB] = [members[e.a].key, members[e.b].key];
    for (const source of sourcesOfKey.get(keyA)!) compatible.add(`${source}\u0000${keyB}`);
    for (const source of sourcesOfKey.get(keyB)!) compatible.add(`${source}\u0000${keyA}`);
  }
  for (const e of edges) {
    if (e.relation !== "conflict") continue;
    const A = members[e.a];
    const B = members[e.b];
    const aAlsoSaysB = sameSourceKeys.get(A.sourceId)!.has(B.key) || compatible.has(`${A.sourceId}\u0000${B.key}`);
    const bAlsoSaysA = sameSourceKeys.get(B.sourceId)!.has(A.key) || compatible.has(`${B.sourceId}\u0000${A.key}`);
    if (aAlsoSaysB || bAlsoSaysA) e.relation = "variant";
  }
}

function makeGroup(subjectId: string, attribute: TClaimAttribute, members: ClaimNode[], edges: Edge[], usedIds: Set<string>): TClaimGroup {
  const sourceCount = new Set(members.map((m) => m.sourceId)).size;
  const keyCount = new Map<string, Set<string>>();
  for (const m of members) addTo(keyCount, m.key, m.sourceId);
  const anchor = [...keyCount.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0][0];
  const anchorNode = members.find((m) => m.key === anchor)!;
  let agreement: TClaimGroup["agreement"];
  if (sourceCount < 2) agreement = "single";
  else if (edges.some((e) => e.relation === "conflict")) agreement = "conflict";
  else if (keyCount.size === 1) agreement = "agree";
  else agreement = "variant";
  let id = stableId("grp", subjectId, attribute, anchor);
  if (usedIds.has(id)) id = stableId("grp", subjectId, attribute, anchor, members.map((m) => `${m.sourceId}:${m.claim.start}:${m.claim.valueStart}`).join("|"));
  usedIds.add(id);
  return {
    id,
    subjectEntityId: subjectId,
    attribute,
    label: (attribute === "date" && anchorNode.date) || anchorNode.claim.normalizedValue || anchorNode.claim.value,
    claims: members.map((m) => ({ sourceId: m.sourceId, claimIndex: m.claimIndex })),
    agreement,
  };
}

/** Adds `value` to the set under `key`, creating it (in place: copying the set per member made big groups quadratic). */
function addTo(sets: Map<string, Set<string>>, key: string, value: string): void {
  const set = sets.get(key);
  if (set) set.add(value);
  else sets.set(key, new Set([value]));
}

function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
