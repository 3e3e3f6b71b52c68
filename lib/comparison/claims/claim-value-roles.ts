/**
 * Role values of claims ("former deputy foreign minister"): which office, at which rank, held now or before,
 * over which department. General office vocabulary only.
 */
import { COUNTRY_FORMS } from "../../lexicons/countries";
import { canonicalTerm, plainWords } from "../../text/text-similarity";

/** Country names and place words: they say where an office is, not which office it is. */
const GEO_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const form of COUNTRY_FORMS.keys()) for (const w of plainWords(form)) s.add(w);
  for (const w of "country nation state capital city province region national local international".split(" ")) s.add(w);
  return s;
})();

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
    "chief-executive": "ceo",
    "chief-officer": "chief-officer",
    cfo: "chief-officer",
    coo: "chief-officer",
    cto: "chief-officer",
    chairs: "chair",
    heads: "head",
    leads: "head",
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
/** Words in a claim sentence that put a role in the past: "had been", "served as". */
export const PAST_CONTEXT_RE = /\b(?:had been|was|were|served as|used to be|until|then-)\b/i;
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

/** Whether a domain word is the initialism of the other domain's words: "FSA" for "food safety authority". */
export function isInitialismOf(word: string, words: string[]): boolean {
  if (word.length < 2 || word.length > 6 || words.length < 2) return false;
  const initials = words.map((w) => w[0]).join("");
  return initials.includes(word);
}

/** "chief financial officer" and "CFO" are one office: "chief-officer" over "financial"; "chief executive (officer)" is the CEO. */
const C_SUITE: Record<string, string> = { cfo: "financial", coo: "operating", cto: "technology", cmo: "marketing", cio: "information", cso: "strategy" };

/** Plain words of a role with two-word offices joined: "vice president" → "vice-president". */
function roleTokens(value: string): string[] {
  const raw0 = plainWords(value);
  // "chief executive officer", "chief executive" -> "ceo"; "chief financial officer" -> "chief-officer financial"
  const raw: string[] = [];
  for (let i = 0; i < raw0.length; i++) {
    if (raw0[i] === "chief" && raw0[i + 1] === "executive") {
      raw.push("ceo");
      i += raw0[i + 2] === "officer" ? 2 : 1;
    } else if (raw0[i] === "chief" && raw0[i + 2] === "officer" && raw0[i + 1]) {
      raw.push(raw0[i + 1], "chief-officer");
      i += 2;
    } else if (C_SUITE[raw0[i]]) raw.push(C_SUITE[raw0[i]], "chief-officer");
    else raw.push(raw0[i]);
  }
  const toks: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const j = JOIN_PAIRS.find(([a, b]) => raw[i] === a && raw[i + 1] === b);
    if (j) {
      toks.push(j[2]);
      i++;
    } else toks.push(raw[i] === "vp" ? "vice-president" : raw[i]);
  }
  return toks;
}

export function parseRole(value: string): RoleInfo {
  const toks = roleTokens(value);
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
      // "deputy chief prosecutor", "interim chief executive": the rank word may stand before "chief" too
      for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (RANK_MODIFIERS.has(toks[j])) rank = toks[j];
    }
    // "chief prosecutor": "chief" is a rank of the office that follows, not the office itself
    if (h === "head" && t === "chief" && toks[i + 1] && (OFFICE_HEADS.get(toks[i + 1]) ?? OFFICE_HEADS.get(toks[i + 1].replace(/s$/, "")))) {
      head = null;
      headAt = -1;
    }
  }
  if (head === null) for (const t of toks) if (GENERIC_ROLE.has(t) || GENERIC_ROLE.has(t.replace(/s$/, ""))) generic = true;
  return { former, head, rank, generic, domain: roleDomain(toks, headAt) };
}

/** The department words of a role, canonicalised: what is left once office, rank, tense and place are removed. */
function roleDomain(toks: string[], headAt: number): string[] {
  const domain: string[] = [];
  toks.forEach((t, i) => {
    if (i === headAt || FORMER_WORDS.has(t) || RANK_MODIFIERS.has(t) || ROLE_FILLER.has(t) || GEO_WORDS.has(t)) return;
    if (GENERIC_ROLE.has(t)) return;
    const c = canonicalTerm(t);
    if (ROLE_FILLER.has(c) || c.length < 2) return;
    domain.push(c);
  });
  return domain;
}
