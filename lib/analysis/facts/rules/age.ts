/**
 * Rule "fact.age": a person's age as news prose prints it: "Ana Ruiz, 54, said", "Ana Ruiz, aged 54",
 * "Ana Ruiz, the 54-year-old mayor", and a sentence opening on "The 54-year-old" (the person the article
 * last named). An age in the past ("then 11", "at the age of 7", "as a 16-year-old") is no current age.
 */
import { parseNumberWords } from "@/lib/lexicons/numbers";
import type { TFactFrame } from "@/lib/schemas/pipeline";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import type { SentenceView } from "../sentence-view";
import { itemsWithin, lowerBound } from "../../../text/text-patterns";

const AFTER_NAME_RE = /^,\s+(?:aged\s+)?(\d{1,3})(?:\s+years\s+old)?(?=\s*[,;.)]|\s*$)/;
const APPOSITIVE_RE = /^,\s+(?:the|a|an)\s+((\d{1,3})-year-old|([a-z]+(?:-[a-z]+)?)-year-old)\b/i;
const OPENING_RE = /^the\s+((\d{1,3})-year-old|([a-z]+(?:-[a-z]+)?)-year-old)\b/i;

function age(digits: string | undefined, words: string | undefined): number | null {
  const n = digits ? Number(digits) : words ? parseNumberWords([words.toLowerCase()]) : null;
  return n !== null && n > 0 && n < 120 ? n : null;
}

function draft(view: SentenceView, key: string, n: number, start: number, end: number): FactDraft {
  const frame: TFactFrame = {
    predicates: [], head: "age", modifiers: [], owner: null, subjectPhrase: null, scopeKeys: [],
    era: view.segments[0]?.era ?? null, qualifiers: [],
  };
  return { attribute: "age", subjectKey: key, valueStart: start, valueEnd: end, normalizedValue: String(n), fact: { frame, polarity: "positive", low: n, high: n, approx: null, dimension: "age", unit: "year" } };
}

function ages(view: SentenceView, kit: FactKit): FactDraft[] {
  const { text } = kit.ctx;
  const s = view.sentence;
  const out: FactDraft[] = [];
  for (const m of view.mentions) {
    if (kit.claims.typeOfKey(m.mention.entityKey) !== "person" || view.inQuote[m.first]) continue;
    const after = text.slice(m.mention.end, Math.min(s.end, m.mention.end + 60));
    const a = AFTER_NAME_RE.exec(after);
    if (a) {
      const n = age(a[1], undefined);
      const vS = m.mention.end + a[0].indexOf(a[1]);
      if (n !== null) out.push(draft(view, m.mention.entityKey, n, vS, vS + a[1].length));
      continue;
    }
    const ap = APPOSITIVE_RE.exec(after);
    if (ap) {
      const n = age(ap[2], ap[3]);
      const vS = m.mention.end + ap[0].length - ap[1].length;
      if (n !== null) out.push(draft(view, m.mention.entityKey, n, vS, vS + ap[1].length));
    }
  }
  // "The 25-year-old joins …": the person the article named last
  const op = OPENING_RE.exec(text.slice(s.start, Math.min(s.end, s.start + 40)));
  if (op && !view.inQuote[0]) {
    const n = age(op[2], op[3]);
    const key = previousSubject(kit, s.start) ?? kit.claims.recentPerson(s.start);
    const vS = s.start + op[0].length - op[1].length;
    if (n !== null && key) out.push(draft(view, key, n, vS, vS + op[1].length));
  }
  return out;
}

/** The first person of the sentence before `pos` that no preposition governs: that sentence's subject. */
function previousSubject(kit: FactKit, pos: number): string | null {
  const { sentences, text } = kit.ctx;
  const i = lowerBound(sentences, pos) - 1;
  if (i < 0) return null;
  const prev = sentences[i];
  for (const m of itemsWithin(kit.claims.outside, prev.start, prev.end)) {
    if (kit.claims.typeOfKey(m.entityKey) !== "person") continue;
    if (/\b(?:to|from|with|by|of|for|at|in|on|told|said)\s+$/i.test(text.slice(Math.max(prev.start, m.start - 12), m.start))) continue;
    return m.entityKey;
  }
  return null;
}

export const AGE_RULE: FactRule = { id: "fact.age", hint: /,\s+(?:aged\s+)?\d{1,3}\b|year-old/i, run: ages };
