import type { TBlock, TEntityType, TLocalEntity, TMention, TSentence } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS, COUNTRY_FORM_LIST } from "./lexicon-countries";
import { DAYS, GOV_HEADS, MONTHS, NAME_CONNECTORS, ORG_HEADS, ROLE_NOUNS, STOP_CAPS, TITLE_WORDS } from "./lexicon-roles";
import { escapeRe, fold, isUpper, tokenize, type Token } from "./text-patterns";

export type EntityResult = { entities: TLocalEntity[]; mentions: TMention[] };

/** Words that belong to an office name ("Secretary of Foreign Affairs") rather than a person's name. */
const DEPT_WORDS = new Set(
  "affairs relations foreign interior state defense defence justice finance health education commerce trade labor labour agriculture energy security transport environment treasury home external public works general staff armed forces".split(
    " ",
  ),
);
const DATELINE_RE = /^\([\p{Lu}][\p{L}&.' ]{0,30}\)\s*[—–-]/u;
const PLACE_HEADS = new Set(
  "river lake mountain mountains mount valley island islands bay sea ocean gulf strait canal street avenue road square county province region district desert peninsula coast beach bridge airport harbor harbour hills falls creek city town village state territory".split(" "),
);
const PLACE_PREPS = new Set("in at near from to into outside inside across throughout toward towards via".split(" "));
const CREDIT_RE = [
  /(?:Credit|Credits|Photo|Photos|Photograph|Image|Picture|Source|Illustration)\s*:\s*[^\n]*$/,
  /\((?:Photo|Picture|Image|Photograph|Credit)s?\b[^)]*\)/i,
  /\b(?:Photo|Image|Picture)\s+(?:by|credit|courtesy(?: of)?)\b[^\n.]*/i,
];

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

/** A lower-case role noun followed by a capitalised name: " president Jane Doe". */
const ROLE_THEN_NAME = /^[ \u00A0]+([\p{Ll}-]+)[ \u00A0]+[\p{Lu}]/u;

type RawMention = { start: number; end: number; text: string; type: TEntityType; canon: string; strong: boolean };

const isCapTok = (t: string) => isUpper(t[0]);
const isAllCaps = (t: string) => /^[\p{Lu}&.]{2,}$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);
const isCamel = (t: string) => /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(t);

function stripPossessive(tok: Token): { tok: Token; poss: boolean } {
  if (/['’]s$/i.test(tok.text) && tok.text.length > 2) {
    return { tok: { start: tok.start, end: tok.end - 2, text: tok.text.slice(0, -2) }, poss: true };
  }
  return { tok, poss: false };
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

/** An all-caps head word plus the initials of the rest: "ABC World Service" → "ABCWS"; null without such a head. */
function headInitials(name: string): string | null {
  const [head, ...rest] = name.split(/\s+/);
  if (!rest.length || !isAllCaps(head)) return null;
  const tail = initials(rest.join(" "));
  return tail ? head.replace(/\./g, "") + tail : null;
}

function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Excluded ranges: photo credits inside captions. */
function creditRanges(text: string, blocks: TBlock[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const b of blocks) {
    const dl = DATELINE_RE.exec(text.slice(b.start, Math.min(b.end, b.start + 80)));
    if (dl) out.push([b.start + dl.index, b.start + dl.index + dl[0].length]);
    if (b.kind !== "caption") continue;
    const s = text.slice(b.start, b.end);
    for (const re of CREDIT_RE) {
      const m = re.exec(s);
      if (m) out.push([b.start + m.index, b.start + m.index + m[0].length]);
    }
  }
  return out;
}

/** Extract people, organisations and places with exact mention offsets. */
export function extractEntities(text: string, blocks: TBlock[], sentences: TSentence[]): EntityResult {
  const excluded = creditRanges(text, blocks);
  const inExcluded = (s: number, e: number) => excluded.some(([a, b]) => s < b && e > a);
  const raw: RawMention[] = [];
  const weakInitial = new Set<number>();
  /** Raw mentions typed person only by default (an unknown 2-4 word capitalised name). */
  const guessIdx = new Set<number>();

  // Pass 0: tokens per sentence, and which words appear capitalised mid-sentence.
  type STok = Token & { initial: boolean };
  const sentToks: STok[][] = [];
  const midCaps = new Set<string>();
  for (const s of sentences) {
    const toks = tokenize(text, s.start, s.end) as STok[];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const before = text.slice(i === 0 ? s.start : toks[i - 1].end, t.start);
      // after an OPENING quote mark a word starts a sentence; after a closing one (`," Smith said`) it does not
      t.initial = i === 0 || /(?:^|[\s(\[])[“"‘]\s*$/.test(before) || /[:(—–]\s*$/.test(before) || /[.!?]["”’]?\s+$/.test(before);
      if (!t.initial && isCapTok(t.text) && blocks[s.blockIndex].kind !== "heading") {
        midCaps.add(stripPossessive(t).tok.text);
      }
    }
    sentToks.push(toks);
  }

  const headingSentences: number[] = [];
  const covered: Array<[number, number]> = [];

  sentences.forEach((s, si) => {
    if (blocks[s.blockIndex].kind === "heading") {
      headingSentences.push(si);
      return;
    }
    // government-type organisations
    const sText = text.slice(s.start, s.end);
    GOV_RE.lastIndex = 0;
    let gm: RegExpExecArray | null;
    const govSpans: Array<[number, number]> = [];
    while ((gm = GOV_RE.exec(sText))) {
      const start = s.start + gm.index;
      const end = start + gm[0].length;
      if (inExcluded(start, end)) continue;
      const country = COUNTRY_FORMS.get(gm[1])!.name;
      const head = titleCase(gm[2].toLowerCase());
      raw.push({ start, end, text: gm[0], type: "organization", canon: `${head} of ${country}`, strong: true });
      govSpans.push([start, end]);
    }
    const toks = sentToks[si];
    let i = 0;
    while (i < toks.length) {
      const t0 = toks[i];
      if (!isCapTok(t0.text) || govSpans.some(([a, b]) => t0.start < b && t0.end > a) || inExcluded(t0.start, t0.end)) {
        i++;
        continue;
      }
      // collect a run of capitalised tokens (with inner connectors), separated by plain spaces only
      const run: STok[] = [t0];
      let possAt = -1;
      let j = i + 1;
      if (/['’]s$/i.test(t0.text)) possAt = 0;
      while (possAt < 0 && j < toks.length) {
        const gap = text.slice(toks[j - 1].end, toks[j].start);
        if (!/^[ \u00A0]$/.test(gap)) break;
        const tj = toks[j];
        if (govSpans.some(([a, b]) => tj.start < b && tj.end > a) || inExcluded(tj.start, tj.end)) break;
        if (isCapTok(tj.text)) {
          run.push(tj);
          if (/['’]s$/i.test(tj.text)) possAt = run.length - 1;
          j++;
          continue;
        }
        if (NAME_CONNECTORS.has(tj.text.toLowerCase()) && j + 1 < toks.length) {
          // connector must be followed (possibly via "the") by a capitalised token
          let k = j + 1;
          if (toks[k].text === "the" && k + 1 < toks.length) k++;
          const kLower = toks[k].text.toLowerCase();
          const ok = !DAYS.has(kLower) && !MONTHS.has(kLower) && isCapTok(toks[k].text) && /^[ \u00A0]$/.test(text.slice(toks[k - 1].end, toks[k].start)) && /^[ \u00A0]$/.test(gap);
          if (ok) {
            for (let x = j; x <= k; x++) run.push(toks[x]);
            if (/['’]s$/i.test(toks[k].text)) possAt = run.length - 1;
            j = k + 1;
            continue;
          }
        }
        break;
      }
      i = j;
      handleRun(run, s, si);
    }
  });

  function pushMention(toks: Token[], type: TEntityType, canon: string | null, strong: boolean) {
    if (!toks.length) return;
    const last = stripPossessive(toks[toks.length - 1]).tok;
    const start = toks[0].start;
    let end = last.end;
    if (end <= start) return;
    if (type !== "place" && last.end === toks[toks.length - 1].end) {
      // "the <Name> administration / government": the government a person leads, not the person
      const adm = ADMIN_AFTER.exec(text.slice(end, end + 20));
      if (adm) {
        const name = text.slice(start, end);
        end += adm[0].length;
        const surface = text.slice(start, end);
        raw.push({ start, end, text: surface, type: "organization", canon: `${name} administration`, strong: true });
        covered.push([start, end]);
        return;
      }
    }
    const surface = text.slice(start, end);
    raw.push({ start, end, text: surface, type, canon: canon ?? surface, strong });
    covered.push([start, end]);
  }

  function handleRun(runIn: STok[], s: TSentence, si: number) {
    let run = runIn.slice();
    // leading function words / sentence-initial common words
    while (run.length) {
      const t = stripPossessive(run[0]).tok.text;
      const lw = t.toLowerCase();
      if (STOP_CAPS.has(lw) || NAME_CONNECTORS.has(lw) && run.length === 1) {
        run = run.slice(1);
        continue;
      }
      if (run[0].initial && !COUNTRY_FORMS.has(t) && !midCaps.has(t) && !isCamel(t) && !isAllCaps(t) && run.length === 1) {
        run = run.slice(1);
        continue;
      }
      if (run[0].initial && !COUNTRY_FORMS.has(t) && !midCaps.has(t) && !isCamel(t) && !isAllCaps(t)) {
        // keep only if it starts a multi-word name that is not a title
        const nextCap = run.length > 1 && isCapTok(run[1].text);
        if (!nextCap || TITLE_WORDS.has(lw) || ORG_HEADS.has(lw) ) {
          if (!(nextCap && (TITLE_WORDS.has(lw) || ORG_HEADS.has(lw)))) {
            run = run.slice(1);
            continue;
          }
        }
      }
      break;
    }
    // trailing connectors
    while (run.length && !isCapTok(run[run.length - 1].text)) run.pop();
    if (!run.length) return;
    void si;

    const words = run.map((t) => stripPossessive(t).tok.text);
    const lower = words.map((w) => w.toLowerCase());

    // leading country forms (possibly multi-word: "United States", "Saudi Arabia")
    let k = 0;
    const leadCountries: Array<[number, number, string]> = [];
    for (;;) {
      let matched = 0;
      for (let len = Math.min(4, run.length - k); len >= 1; len--) {
        const form = words.slice(k, k + len).join(" ");
        const c = COUNTRY_FORMS.get(form);
        if (c && (len === run.length - k || !/['’]s$/.test(run[k + len - 1].text) || true)) {
          leadCountries.push([k, k + len, c.name]);
          matched = len;
          break;
        }
      }
      if (!matched) break;
      k += matched;
      if (k >= run.length) break;
      if (/['’]s$/i.test(run[k - 1].text)) break;
    }
    const rest = run.slice(k);
    const restLower = lower.slice(k);

    // a demonym after other capitalised words ("Latin American") is an adjective phrase, not the country
    const demonymInside = leadCountries.length === 0 && words.some((w, idx) => idx > 0 && COUNTRY_FORMS.get(w)?.kind === "demonym");
    if (demonymInside) {
      pushMention(run, "other", null, false);
      return;
    }
    for (const [a, b, name] of leadCountries) pushMention(run.slice(a, b), "place", name, true);
    if (!rest.length) return;

    // title words: person = trailing name after the last title / department word
    let lastTitle = -1;
    let lastOrgHead = -1;
    restLower.forEach((w, idx) => {
      if (TITLE_WORDS.has(w) || (DEPT_WORDS.has(w) && lastTitle >= 0)) lastTitle = idx;
      if (ORG_HEADS.has(w)) lastOrgHead = idx;
    });
    if (lastTitle >= 0) {
      const name = rest.slice(lastTitle + 1);
      const nameWords = name.map((t) => t.text.toLowerCase());
      const firstTitle = restLower.findIndex((w) => TITLE_WORDS.has(w));
      const prefix = rest.slice(0, firstTitle);
      if (name.length && !nameWords.some((w) => ORG_HEADS.has(w)) && isCapTok(name[0].text)) {
        if (prefix.length && prefix.some((t) => isCapTok(t.text))) {
          const hasHead = prefix.some((t) => ORG_HEADS.has(t.text.toLowerCase()));
          pushMention(prefix, hasHead || isAllCaps(prefix[0].text) ? "organization" : "other", null, false);
        }
        pushMention(name, "person", null, true);
        return;
      }
      if (lastOrgHead < 0) return; // a bare title ("Vice President")
    }
    if (lastOrgHead >= 0) {
      pushMention(rest, "organization", null, true);
      return;
    }
    const restWords = rest.map((t) => stripPossessive(t).tok.text);
    if (restWords.some((w) => MONTHS.has(w.toLowerCase()) || DAYS.has(w.toLowerCase()))) {
      // "Friday", "December 5": dates are not entities; keep any other part
      const kept = rest.filter((t) => !MONTHS.has(stripPossessive(t).tok.text.toLowerCase()) && !DAYS.has(stripPossessive(t).tok.text.toLowerCase()));
      if (kept.length === rest.length || kept.length === 0) return;
      return;
    }
    if (restWords.length === 1 && restWords[0].length < 2) return; // "X", "I"
    if (rest.some((t) => isAllCaps(stripPossessive(t).tok.text))) {
      pushMention(rest, "organization", null, restWords.length > 1);
      return;
    }
    const prevTok = text.slice(Math.max(s.start, rest[0].start - 12), rest[0].start).match(/([\p{L}]+)\s+$/u);
    const prevWord = prevTok ? prevTok[1].toLowerCase() : "";
    if (NAME_CONNECTORS.has(restLower[0])) {
      pushMention(rest, PLACE_PREPS.has(prevWord) ? "place" : "other", null, false);
      return;
    }
    if (PLACE_HEADS.has(restLower[restLower.length - 1]) || /^(?:mount|lake|port|fort|saint|st)$/.test(restLower[0]) && restWords.length > 1) {
      pushMention(rest, "place", null, true);
      return;
    }
    const roleAfter = ROLE_THEN_NAME.exec(text.slice(rest[rest.length - 1].end, rest[rest.length - 1].end + 40));
    if (roleAfter && ROLE_NOUNS.has(roleAfter[1].toLowerCase()) && !/['’]s$/.test(rest[rest.length - 1].text)) {
      // "<Name> president <Person>", "<Name> manager <Person>": the name is the body the person serves
      pushMention(rest, PLACE_PREPS.has(prevWord) && prevWord !== "from" && prevWord !== "to" ? "place" : "organization", null, restWords.length > 1);
      return;
    }
    if (restWords.length >= 2 && restWords.length <= 4) {
      guessIdx.add(raw.length);
      pushMention(rest, PLACE_PREPS.has(prevWord) && prevWord !== "from" && prevWord !== "to" ? "place" : "person", null, true);
      return;
    }
    if (restWords.length === 1) {
      if (rest[0].initial && !isCamel(restWords[0]) && !isAllCaps(restWords[0])) weakInitial.add(raw.length);
      pushMention(rest, PLACE_PREPS.has(prevWord) ? "place" : "other", null, false);
      return;
    }
    pushMention(rest, "other", null, false);
  }

  // ---- resolve raw mentions into entities ----
  type Ent = { key: string; name: string; type: TEntityType; forms: Set<string>; tokens: string[]; strong: boolean };
  const ents: Ent[] = [];
  const byCanon = new Map<string, Ent>();
  const mentionEnt: Array<Ent | null> = raw.map(() => null);

  const canonKey = (m: RawMention) => (m.type === "organization" ? "org|" : "x|") + fold(m.canon);
  const order = raw.map((_, i) => i).sort((a, b) => {
    const ta = raw[a].canon.split(/\s+/).length;
    const tb = raw[b].canon.split(/\s+/).length;
    return tb - ta || Number(raw[b].strong) - Number(raw[a].strong) || raw[a].start - raw[b].start;
  });
  const dropped = new Set<number>();
  const guessedPerson = new Set<Ent>();
  for (const idx of order) {
    const m = raw[idx];
    const folded = fold(m.canon);
    const toks = folded.split(/[\s]+/);
    let e = byCanon.get(canonKey(m)) ?? byCanon.get(`x|${folded}`) ?? byCanon.get(`org|${folded}`);
    if (!e && (m.type !== "place" || !m.strong)) {
      // short form of a longer person name (surname, or the last two names of a four-part name)
      const cands = ents.filter(
        (x) => x.type === "person" && x.tokens.length > toks.length && x.tokens.join(" ").endsWith(" " + toks.join(" ")),
      );
      const uniq = new Set(cands.map((c) => c.key || c.name));
      if (uniq.size === 1) e = cands[0];
      if (!e && toks.length === 1 && m.type !== "place") {
        // "the Guild" after "the Westland Drivers Guild": the head word of exactly one organisation named earlier
        const orgs = ents.filter((x) => x.type === "organization" && x.tokens.length > 1 && x.tokens[x.tokens.length - 1] === toks[0]);
        if (orgs.length === 1 && ORG_HEADS.has(toks[0])) e = orgs[0];
      }
      if (!e && toks.length === 1 && isAllCaps(m.canon)) {
        const bare = m.canon.replace(/\./g, "");
        const ini = ents.filter((x) => x.tokens.length >= 2 && (initials(x.name) === bare || headInitials(x.name) === bare));
        if (ini.length === 1) e = ini[0];
      }
    }
    if (!e && weakInitial.has(idx)) {
      dropped.add(idx);
      continue;
    }
    if (!e) {
      e = { key: "", name: m.canon, type: m.type, forms: new Set(), tokens: toks, strong: m.strong };
      ents.push(e);
      byCanon.set(canonKey(m), e);
    } else if (e.type === "other" && m.type !== "other") {
      e.type = m.type;
    } else if (e.type === "place" && !e.strong && m.type === "person") {
      e.type = "person";
    } else if (e.type === "person" && m.type === "organization" && guessedPerson.has(e)) {
      // a multi-word name first guessed a person is an organisation once it heads "<Name> president <Person>"
      e.type = "organization";
    }
    if (m.type === "person" && guessIdx.has(idx) && e.forms.size === 0) guessedPerson.add(e);
    e.forms.add(m.text);
    mentionEnt[idx] = e;
  }

  // parenthetical initialisms: "Full Name (ABC)"
  raw.forEach((m, idx) => {
    const e = mentionEnt[idx];
    if (!e) return;
    if (!isAllCaps(m.text) || e.tokens.length > 1) return;
    const before = text.slice(Math.max(0, m.start - 2), m.start);
    if (before !== " (" && before !== "(") return;
    const prev = raw.filter((r) => r.end <= m.start - 1 && r.end >= m.start - 3);
    if (prev.length) {
      const target = mentionEnt[raw.indexOf(prev[0])];
      if (target && target !== e) {
        mentionEnt.forEach((x, i) => {
          if (x === e) mentionEnt[i] = target;
        });
        for (const f of e.forms) target.forms.add(f);
        e.forms.clear();
      }
    }
  });

  // headings: only forms already known from the body, plus country forms and gov organisations
  if (headingSentences.length) {
    const formToEnt = new Map<string, Ent>();
    for (const e of ents) {
      if (!e.forms.size) continue;
      for (const f of e.forms) formToEnt.set(f, e);
      formToEnt.set(e.name, e);
      if (e.type === "person") {
        const last = e.name.split(/\s+/).pop()!;
        if (!formToEnt.has(last)) formToEnt.set(last, e);
      }
    }
    const alts = [...formToEnt.keys()].filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
    const re = alts.length ? new RegExp(`(?<![\\p{L}\\p{M}])(${alts.map(escapeRe).join("|")})(?![\\p{L}\\p{M}])`, "gu") : null;
    for (const si of headingSentences) {
      const s = sentences[si];
      const sText = text.slice(s.start, s.end);
      const taken: Array<[number, number]> = [];
      GOV_RE.lastIndex = 0;
      let gm: RegExpExecArray | null;
      while ((gm = GOV_RE.exec(sText))) {
        const start = s.start + gm.index;
        const canon = `${titleCase(gm[2].toLowerCase())} of ${COUNTRY_FORMS.get(gm[1])!.name}`;
        let e = byCanon.get(`organization|${fold(canon)}`);
        if (!e) {
          e = { key: "", name: canon, type: "organization", forms: new Set(), tokens: fold(canon).split(" "), strong: true };
          ents.push(e);
          byCanon.set(`organization|${fold(canon)}`, e);
        }
        e.forms.add(gm[0]);
        raw.push({ start, end: start + gm[0].length, text: gm[0], type: "organization", canon, strong: true });
        mentionEnt.push(e);
        taken.push([start, start + gm[0].length]);
      }
      if (!re) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sText))) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const e = formToEnt.get(m[0])!;
        raw.push({ start, end, text: m[0], type: e.type, canon: e.name, strong: true });
        mentionEnt.push(e);
      }
    }
  }

  // names: persons take their longest form; keys are stable slugs
  const used = new Set<string>();
  const live = ents.filter((e) => e.forms.size > 0);
  for (const e of live) {
    if (e.type === "person") {
      const longest = [...e.forms].map((f) => f.replace(/['’]s$/, "")).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
      if (longest && longest.split(/\s+/).length >= e.name.split(/\s+/).length) e.name = longest;
    }
    let key = `${e.type}:${slug(e.name) || "x"}`;
    let n = 2;
    while (used.has(key)) key = `${e.type}:${slug(e.name)}-${n++}`;
    used.add(key);
    e.key = key;
  }

  const mentions: TMention[] = raw
    .map((m, i) => ({ start: m.start, end: m.end, entityKey: mentionEnt[i]?.key ?? "", text: text.slice(m.start, m.end) }))
    .filter((m) => m.entityKey)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // drop overlapping duplicates
  const dedup: TMention[] = [];
  for (const m of mentions) {
    const prev = dedup[dedup.length - 1];
    if (prev && m.start < prev.end) continue;
    dedup.push(m);
  }
  const usedKeys = new Set(dedup.map((m) => m.entityKey));
  const entities: TLocalEntity[] = live
    .filter((e) => usedKeys.has(e.key))
    .map((e) => ({
      key: e.key,
      name: e.name,
      type: e.type,
      aliases: [...new Set([...e.forms].map((f) => f.replace(/['’]s$/, "")))].filter((f) => f !== e.name),
    }));
  return { entities, mentions: dedup };
}
