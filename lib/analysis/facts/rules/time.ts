/**
 * Rule "fact.time": when an event happened, as an interval (see times.ts), attached to the event its clause
 * names: the nearest verb of the news lexicon before the time ("overturned shortly before 11 p.m. on
 * Monday", "pleaded guilty in February"), an event noun after a light verb ("issued a recall on Monday",
 * "made the announcement on Tuesday"), or an announcement ("said Tuesday it will cut …", "announced on
 * Monday that the cuts …"), which is then told apart by what it announces.
 */
import { LIGHT_VERBS } from "@/lib/lexicons/predicates";
import type { TFactFrame } from "@/lib/schemas/pipeline";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import { factSubject } from "../fact-subject";
import type { FactToken } from "../fact-tokens";
import type { PredicateMention, SentenceView } from "../sentence-view";
import { findTimePhrases } from "../times";

const SPEECH = /^(?:said|says|say|told|tells|announced|announces|confirmed|confirms|stated|declared|revealed|disclosed)$/;
const MODALS = /^(?:will|would|to|did|does|do|may|might|could|should|must|can|shall)$/;
const IRREGULAR_PAST = new Set("fell rose went came sank sunk began begun brought bought sold sent spent paid won lost left held made took gave struck hit cut shut put set led ran met quit".split(" "));
/** Classes a time may not be about: a state, a count or a measure has no moment. */
const TIMELESS = new Set(["employ", "worth", "cost", "hold", "aboard", "oppose", "support", "missing", "earn"]);

function isVerbal(toks: FactToken[], p: PredicateMention): boolean {
  if (p.next - p.first > 1) return true;
  const w = toks[p.first].lower;
  if (/(?:ed|ing)$/.test(w) || IRREGULAR_PAST.has(w)) return true;
  const prev = toks[p.first - 1];
  return prev !== undefined && prev.kind === "word" && MODALS.test(prev.lower);
}

/** An event noun after a light verb: "issued a recall", "held a vote". */
function afterLightVerb(toks: FactToken[], p: PredicateMention): boolean {
  for (let j = p.first - 1; j >= Math.max(0, p.first - 3); j--) {
    const t = toks[j];
    if (t.kind !== "word") return false;
    if (LIGHT_VERBS.has(t.lower)) return true;
    if (!/^(?:a|an|the|its|their|his|her|new|fresh|formal|official)$/.test(t.lower)) return false;
  }
  return false;
}

/** What an announcement announces: the first predicate class of the clause right after it ("… that the cuts would …"). */
function complementClass(view: SentenceView, from: number): string | null {
  const { toks } = view;
  let end = from;
  while (end < toks.length && !(toks[end].kind === "punct" && /^[,;:.()—–]$/.test(toks[end].text))) end++;
  if (end === from) return null;
  for (const p of view.predicates) if (p.first >= from && p.first < end && !p.classes.includes("announce")) return p.classes[0];
  return null;
}

function times(view: SentenceView, kit: FactKit, previous: { date: string | null }): FactDraft[] {
  const { sentence } = view;
  const out: FactDraft[] = [];
  const phrases = findTimePhrases(kit.ctx.text, sentence.start, sentence.end, kit.ctx.publishedAt, previous);
  if (phrases.length === 0) return out;
  const toks = view.toks;
  for (const ph of phrases) {
    const first = toks.findIndex((t) => t.start >= ph.start);
    if (first < 0 || view.inQuote[first]) continue;
    const seg = view.segments[view.segmentOf[first]];
    // a verb of saying right before the time: an announcement of what follows
    let k = first - 1;
    while (k >= 0 && toks[k].kind === "word" && /^(?:on|at|in|late|early|last|this)$/.test(toks[k].lower)) k--;
    let predicates: string[] = [];
    let at: number | null = null;
    let owner: string | null = null;
    if (k >= 0 && toks[k].kind === "word" && SPEECH.test(toks[k].lower)) {
      predicates = ["announce"];
      at = k;
      const last = toks.findIndex((t) => t.start >= ph.end);
      owner = complementClass(view, last < 0 ? toks.length : last);
      if (!owner && !/^announce/.test(toks[k].lower)) continue;
    } else {
      // the nearest event before the time in its clause: a verb, or an event noun after a light verb
      for (const p of view.predicates) {
        if (p.next > first || p.first < seg.first || first - p.next > 12) continue;
        if (p.classes.every((c) => TIMELESS.has(c))) continue;
        if (!isVerbal(toks, p) && !afterLightVerb(toks, p)) continue;
        predicates = p.classes.filter((c) => !TIMELESS.has(c));
        at = p.first;
        if (predicates.includes("announce")) owner = complementClass(view, p.next);
      }
    }
    if (at === null || !predicates.length) continue;
    const subject = factSubject(view, kit, at);
    const frame: TFactFrame = {
      predicates, head: null, modifiers: [], owner, subjectPhrase: subject.phrase, scopeKeys: [],
      era: null, qualifiers: [],
    };
    out.push({
      attribute: "time",
      subjectKey: subject.key,
      valueStart: ph.start,
      valueEnd: ph.end,
      normalizedValue: ph.label,
      fact: { frame, polarity: "positive", from: ph.from, to: ph.to },
    });
  }
  return out;
}

/** Relative days ("a day later") read the article's last resolved day, which the kit carries from sentence to sentence. */
export const TIME_RULE: FactRule = {
  id: "fact.time",
  hint: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|dawn|daybreak|first light|midnight|noon|overnight)\b|\b(?:last|this|next|earlier this|later this)\s+(?:week|month|year)\b|\d\s*[ap]\.?m\b|\b(?:a|the) day (?:earlier|later|before|after)\b|\bthe (?:previous|next|following) (?:day|night|morning)\b/i,
  run: (view, kit) => times(view, kit, kit.dates),
};
