import type { TBlock, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { JUDGMENT_VERBS, ORG_BACKREF_NOUNS, PERSON_BACKREF_NOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from "./lexicon-roles";
import { findQuotePairs, type QuotePair } from "./quote-pairs";
import { fold, insideSpans, isSpace, itemsWithin, lowerBound, startingWithin } from "./text-patterns";

/** `far`: the cue is a verb of saying whose reported clause holds the (short) quote, so distance is allowed. */
type Speaker = { key: string | null; cueStart: number; cueEnd: number; far?: boolean };

const PREPOSITIONS = new Set(
  "in on at of from by with to over under into about against for during through via between among formerly".split(" "),
);
const PRONOUNS_PERSON = new Set(["he", "she"]);
const PRONOUNS_ORG = new Set(["it", "they"]);
const WORD = /[\p{L}\p{M}'’-]+/gu;
const MAX_SHORT_WORDS = 3;
const NOUN_LEAD = /\b(?:the|a|an|that|these|those|many|some|all|of|its|their|his|her|our|whose|several|other|such|new)\s+$/i;

export type QuoteContext = {
  text: string;
  blocks: TBlock[];
  sentences: TSentence[];
  entities: TLocalEntity[];
  mentions: TMention[];
};

function wordsIn(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Extract direct quotes with speakers resolved to local entities. */
export function extractQuotes(ctx: QuoteContext): TQuote[] {
  const { text, blocks, sentences, entities, mentions } = ctx;
  const entByKey = new Map(entities.map((e) => [e.key, e]));
  const pairs = findQuotePairs(text, blocks);
  const pairSpans = pairs.map((p) => ({ start: p.open + 1, end: p.close })).sort((a, b) => a.start - b.start);
  const inQuote = (pos: number) => insideSpans(pairSpans, pos);
  const outsideMentions = mentions.filter((m) => !inQuote(m.start));
  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= pos) lo = mid + 1;
      else if (sentences[mid].start > pos) hi = mid - 1;
      else return sentences[mid];
    }
    return null;
  };
  const typeOf = (m: TMention) => entByKey.get(m.entityKey)?.type;

  const recent = (before: number, kind: "person" | "org", noun?: string): string | null => {
    for (let i = lowerBound(outsideMentions, before) - 1; i >= 0; i--) {
      const m = outsideMentions[i];
      if (m.end > before) continue;
      const t = typeOf(m);
      if (kind === "person" && t === "person") return m.entityKey;
      if (kind === "org" && t === "organization") {
        if (!noun || fold(entByKey.get(m.entityKey)!.name).includes(noun)) return m.entityKey;
      }
    }
    if (kind === "org" && noun) return recent(before, "org");
    return null;
  };

  /** Resolve a subject phrase (text between boundaries) to a speaker key. */
  const resolveSubject = (start: number, end: number, cueStart: number): string | null => {
    const inside = itemsWithin(outsideMentions, start, end);
    const seg = text.slice(start, end);
    const lead = seg.replace(/^[\s,]+/, "");
    const firstWord = (lead.match(/^[\p{L}]+/u)?.[0] ?? "").toLowerCase();
    if (PRONOUNS_PERSON.has(firstWord) && !inside.length) return recent(cueStart, "person");
    const bref = /^(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\s*$/iu.exec(lead.replace(/\s*,.*$/s, ""));
    if (bref && PERSON_BACKREF_NOUNS.has(bref[2].toLowerCase()) && !inside.some((m) => typeOf(m) === "person")) {
      return recent(cueStart, "person");
    }
    if (inside.length) {
      // subject NP = before the first comma (appositive follows)
      const comma = seg.search(/,\s/);
      const npEnd = comma > 0 && !/^[\s,]*$/.test(seg.slice(0, comma)) ? start + comma : end;
      const np = inside.filter((m) => m.end <= npEnd && !PREPOSITIONS.has(prevWord(m.start)));
      let pool = np.length ? np : inside.filter((m) => !PREPOSITIONS.has(prevWord(m.start)));
      if (!pool.length) pool = inside;
      const person = [...pool].reverse().find((m) => typeOf(m) === "person");
      return (person ?? pool[pool.length - 1]).entityKey;
    }
    const m = /^(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\s*$/iu.exec(lead.replace(/\s*,.*$/s, ""));
    if (m) {
      const noun = m[2].toLowerCase();
      if (PERSON_BACKREF_NOUNS.has(noun)) return recent(cueStart, "person");
      if (ORG_BACKREF_NOUNS.has(noun)) return recent(cueStart, "org", noun === "statement" ? undefined : noun);
    }
    if (PRONOUNS_ORG.has(firstWord)) return null;
    return null;
  };

  const prevWord = (pos: number): string => {
    const m = /([\p{L}]+)[\s(]*$/u.exec(text.slice(Math.max(0, pos - 20), pos));
    return m ? m[1].toLowerCase() : "";
  };

  /** Attribution after the closing mark: `," X said`, `," said X`, `, according to X`. */
  const afterCue = (p: QuotePair, limit: number): Speaker | null => {
    let s = p.close + 1;
    const tail = text.slice(s, limit);
    const lead = /^[\s,.;:—–-]*/.exec(tail)![0];
    // the attribution must be introduced by a comma/dash (inside or outside the closing mark)
    const innerEnd = text.slice(Math.max(p.open + 1, p.close - 2), p.close);
    if (!/[,—–]/.test(lead) && !/[,!?]\s*$/.test(innerEnd)) return null;
    if (/[.!?]/.test(lead)) return null;
    s += lead.length;
    const rest = text.slice(s, Math.min(limit, s + 220));
    const stop = rest.search(/[“”"]|[.!?;](?:\s|$)/);
    const region = stop >= 0 ? rest.slice(0, stop) : rest;
    const acc = /^according to\s+/i.exec(region);
    if (acc) {
      const npS = s + acc[0].length;
      const npE = s + region.length;
      const inside = itemsWithin(outsideMentions, npS, npE);
      const person = inside.find((m) => typeOf(m) === "person");
      return { key: (person ?? inside[0])?.entityKey ?? null, cueStart: s, cueEnd: inside.length ? inside[inside.length - 1].end : npE };
    }
    WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    let count = 0;
    while ((w = WORD.exec(region)) && count < 30) {
      count++;
      if (!SPEECH_VERBS.has(w[0].toLowerCase())) continue;
      const vS = s + w.index;
      const vE = vS + w[0].length;
      if (w.index === 0) {
        // "said X ..." — X up to a lower-case non-role word
        const after = text.slice(vE, s + region.length);
        const np = /^\s+((?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|the|and|for|de|del|la|[\p{Ll}]+person|spokes\w+|minister|secretary|official|head|chief|director)\s*)+)/u.exec(after);
        if (!np) return { key: null, cueStart: vS, cueEnd: vE };
        const npS = vE + np[0].length - np[1].length;
        const npE = vE + np[0].length;
        const inside = startingWithin(outsideMentions, npS, npE);
        if (!inside.length) return { key: resolveSubject(npS, npE, vS), cueStart: vS, cueEnd: npE };
        const person = [...inside].reverse().find((m) => typeOf(m) === "person");
        const pick = person ?? inside[inside.length - 1];
        return { key: pick.entityKey, cueStart: vS, cueEnd: Math.max(pick.end, vE) };
      }
      const key = resolveSubject(s, vS, vS);
      if (key === null && !/^(?:he|she|they|it|the|a|an)\b/i.test(region.trim()) && !itemsWithin(outsideMentions, s, vS).length) {
        return null;
      }
      return { key, cueStart: s, cueEnd: vE };
    }
    return null;
  };

  /** Attribution before the opening mark within the sentence: `X said (that) “…`, `X called it “…”`. */
  const beforeCue = (p: QuotePair, sStart: number, short: boolean, sentSp: Speaker | undefined): Speaker | null => {
    const region = text.slice(sStart, p.open);
    // ignore text inside earlier quotes of the sentence
    const masked = region.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
    let best: RegExpExecArray | null = null;
    WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = WORD.exec(masked))) {
      const lw = w[0].toLowerCase();
      if (!(SPEECH_VERBS.has(lw) || lw === "according" || JUDGMENT_VERBS.has(lw))) continue;
      // "that states retain", "the claims", "its reports": a plural noun, not a verb of saying
      if (/s$/.test(lw) && NOUN_LEAD.test(masked.slice(Math.max(0, w.index - 12), w.index))) continue;
      best = w;
    }
    if (!best) return null;
    const verb = best[0].toLowerCase();
    const vS = sStart + best.index;
    const vE = vS + best[0].length;
    const gap = text.slice(vE, p.open);
    const judgment = JUDGMENT_VERBS.has(verb) && !SPEECH_VERBS.has(verb);
    let far = false;
    if (judgment) {
      // "X considered “…”" in the active voice; "are considered “inviolable”" is a quoted term, not speech
      if (/\b(?:is|are|was|were|be|been|being|widely|generally|commonly)\s+$/i.test(text.slice(sStart, vS))) return null;
      if (wordsIn(gap).length > 3 || /[,;:.!?]/.test(gap)) return null;
    } else if (short) {
      if (WEAK_SPEECH_VERBS.has(verb)) return null;
      const tight = gap.length <= 40 && wordsIn(gap).length <= 5 && !/\b(?:that|is|are|was|were|be|been)\b/.test(gap);
      if (!tight) {
        // a partial quote inside reported speech: "told the paper that the country is “breaking” ties"
        if (verb === "according" || gap.length > 120 || wordsIn(gap).length > 16 || /[.;:!?()]/.test(gap)) return null;
        far = true;
      }
    }
    if (verb === "according") {
      const npE = p.open;
      const inside = itemsWithin(outsideMentions, vE, npE);
      return { key: inside[0]?.entityKey ?? null, cueStart: vS, cueEnd: inside[0]?.end ?? vE };
    }
    if (/ing$/.test(verb)) {
      // participle: the clause subject is the sentence's first non-prepositional mention
      const cands = itemsWithin(outsideMentions, sStart, vS).filter((m) => !PREPOSITIONS.has(prevWord(m.start)));
      const person = cands.find((m) => typeOf(m) === "person");
      const pick = cands[0] && typeOf(cands[0]) !== "place" ? cands[0] : person ?? cands[0];
      return { key: pick?.entityKey ?? null, cueStart: pick ? pick.start : vS, cueEnd: vE, far };
    }
    // finite verb: subject is the last non-prepositional mention (or pronoun) before it in the clause
    const clauseStart = Math.max(sStart, lastIndexOfAny(text, [". ", "; "], sStart, vS));
    const pre = text.slice(clauseStart, vS);
    const pron = /\b(he|she)\s+(?:also\s+|then\s+|later\s+)?$/i.exec(pre);
    if (pron) {
      const own = sentSp?.key && entByKey.get(sentSp.key)?.type === "person" ? sentSp.key : null;
      return { key: own ?? recent(clauseStart + pron.index, "person"), cueStart: clauseStart + pron.index, cueEnd: vE, far };
    }
    const cands = itemsWithin(outsideMentions, clauseStart, vS).filter((m) => !PREPOSITIONS.has(prevWord(m.start)));
    if (cands.length) {
      const last = cands[cands.length - 1];
      // a verb of judgment needs its subject right before it ("that Ruritania considered “…”")
      if (judgment && wordsIn(text.slice(last.end, vS)).length > 2) return null;
      return { key: last.entityKey, cueStart: last.start, cueEnd: vE, far };
    }
    if (judgment) return null;
    const np = /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:also\s+)?$/iu.exec(pre);
    if (np) {
      const noun = np[1].toLowerCase();
      const cs = clauseStart + np.index;
      if (PERSON_BACKREF_NOUNS.has(noun)) return { key: recent(cs, "person"), cueStart: cs, cueEnd: vE, far };
      if (ORG_BACKREF_NOUNS.has(noun)) return { key: recent(cs, "org", noun), cueStart: cs, cueEnd: vE, far };
    }
    return { key: null, cueStart: vS, cueEnd: vE, far };
  };

  const quotes: TQuote[] = [];
  const sentSpeaker = new Map<number, Speaker>();
  let blockSpeaker: { block: number; sp: Speaker } | null = null;
  let continuing: Speaker | null = null;

  for (const p of pairs) {
    let qs = p.open + 1;
    let qe = p.close;
    while (qs < qe && isSpace(text[qs])) qs++;
    while (qe > qs && isSpace(text[qe - 1])) qe--;
    const before = text.slice(Math.max(blocks[p.blockIndex].start, p.open - 30), p.open).replace(/\s+$/, "");
    const lastCh = before.slice(-1);
    const isPartial = /[\p{L}\p{N}]/u.test(lastCh) || /^\p{Ll}/u.test(text.slice(qs, qs + 1)) || lastCh === "–" || lastCh === "—";
    while (qe > qs && /[,;:]/.test(text[qe - 1])) qe--;
    if (isPartial) while (qe > qs && text[qe - 1] === ".") qe--;
    if (qe <= qs) continue;
    const nWords = wordsIn(text.slice(qs, qe)).length;
    if (nWords === 0) continue;
    const sent = sentenceAt(p.open) ?? sentenceAt(qs);
    const sStart = sent ? sent.start : blocks[p.blockIndex].start;
    const sEnd = sent ? sent.end : blocks[p.blockIndex].end;
    const short = nWords <= MAX_SHORT_WORDS && !p.continues && !p.continued;

    const sentKey = sStart;
    const sentSp = sentSpeaker.get(sentKey);
    let sp = afterCue(p, blocks[p.blockIndex].end);
    if (!sp) {
      sp = beforeCue(p, sStart, short, sentSp);
      // the same attribution as an earlier quote of this sentence
      if (sp && sentSp && sp.cueEnd <= sentSp.cueEnd) sp = sentSp;
    }
    if (short) {
      if (!sp) continue;
      // 1-3 word terms need their cue right next to them
      const near = sp.cueEnd <= p.open ? p.open - sp.cueEnd <= (sp.far ? 130 : 40) : sp.cueStart - p.close <= 4;
      if (!near) continue;
    }
    if (!sp && p.continued && continuing) sp = continuing;
    if (sp && sp.key === null && sentSpeaker.get(sentKey)?.key) sp = sentSpeaker.get(sentKey)!;
    if (!sp && sentSpeaker.has(sentKey)) sp = sentSpeaker.get(sentKey)!;
    if (!sp && !isPartial && blockSpeaker && blockSpeaker.block === p.blockIndex) sp = blockSpeaker.sp;
    if (sp) {
      if (!sentSpeaker.has(sentKey) || sp.key) sentSpeaker.set(sentKey, sp);
      if (sp.key) blockSpeaker = { block: p.blockIndex, sp };
    }
    void sEnd;
    continuing = p.continues ? sp ?? null : null;
    const key = sp?.key ?? null;
    quotes.push({
      start: qs,
      end: qe,
      text: text.slice(qs, qe),
      speakerKey: key,
      speakerName: key ? entByKey.get(key)?.name ?? null : null,
      cueStart: sp ? sp.cueStart : null,
      cueEnd: sp ? sp.cueEnd : null,
      isPartial,
      isCaption: blocks[p.blockIndex].kind === "caption",
    });
  }
  return quotes;
}

function lastIndexOfAny(text: string, needles: string[], from: number, to: number): number {
  let best = -1;
  for (const n of needles) {
    const i = text.lastIndexOf(n, to - 1);
    if (i >= from && i + n.length > best) best = i + n.length;
  }
  return best;
}
