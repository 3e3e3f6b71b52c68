/**
 * Rule "fact.quantity": every number a sentence prints, with what it counts or measures and what happened
 * to it (see quantities.ts and quantity-frame.ts). Rule "fact.tally": vote and score tallies ("voted 7-4").
 * A number with nothing to say what it measures (no counted noun, owner or predicate) makes no fact.
 */
import { PREDICATE_CLASSES } from "@/lib/lexicons/predicates";
import type { TFactFrame } from "@/lib/schemas/pipeline";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import { factSubject, scopeKeys } from "../fact-subject";
import { findQuantities } from "../quantities";
import { frameQuantity } from "../quantity-frame";
import { formatQuantity } from "../format-value";
import type { SentenceView } from "../sentence-view";

const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Digits right after a capitalised word mid-sentence name a thing ("Channel 9", "Terminal 5", "Apollo 11"). */
function numberInName(view: SentenceView, at: number): boolean {
  const t = view.toks[at];
  const prev = view.toks[at - 1];
  if (t.kind !== "num" || !prev || prev.kind !== "word" || t.start - prev.end !== 1 || at - 1 === 0) return false;
  return /^\p{Lu}/u.test(prev.text) && !MONTH_OR_DAY.test(prev.lower) && !/^(?:No|Number|The|A|An|In|On|At|About|Some|Nearly)$/.test(prev.text);
}

/** The sentence's quantities and tallies, found once for both rules. */
const found = new WeakMap<SentenceView, ReturnType<typeof findQuantities>>();
function quantitiesOf(view: SentenceView): ReturnType<typeof findQuantities> {
  let q = found.get(view);
  if (!q) {
    q = findQuantities(view.toks, view.lower);
    found.set(view, q);
  }
  return q;
}

function quantities(view: SentenceView, kit: FactKit): FactDraft[] {
  const { toks } = view;
  const { quantities: found } = quantitiesOf(view);
  const out: FactDraft[] = [];
  for (const q of found) {
    // a number inside a name ("Channel 9", "Route 66 Motel") is part of the name
    if (view.mentions.some((m) => m.first <= q.first && m.next > q.first)) continue;
    if (numberInName(view, q.first)) continue;
    const f = frameQuantity(view, q);
    if (f.qualifiers.includes("designation")) continue;
    if (!f.predicates.length && !f.head && !f.owner && !f.relation) continue;
    const patientCounted = f.subjectPosition && f.predicates.some((p) => PREDICATE_CLASSES[p]?.humanPatient) && q.dimension === "count";
    const subject = f.predicateAt !== null && !patientCounted ? factSubject(view, kit, f.predicateAt) : { key: null, phrase: null };
    const qualifiers = [...f.qualifiers];
    if (view.inQuote[q.first]) qualifiers.push("in-quote");
    const frame: TFactFrame = {
      predicates: f.predicates,
      head: f.head,
      modifiers: f.modifiers,
      owner: f.owner,
      subjectPhrase: subject.phrase,
      scopeKeys: scopeKeys(view, kit, q.first, q.next),
      era: view.segments[view.segmentOf[q.first]].era,
      qualifiers: f.relation ? [...qualifiers, f.relation] : qualifiers,
    };
    const value = { low: q.low, high: q.high, printed: q.printed, approx: q.approx, dimension: q.dimension, unit: q.unit };
    out.push({
      attribute: "quantity",
      subjectKey: subject.key,
      valueStart: toks[q.first].start,
      valueEnd: toks[q.next - 1].end,
      normalizedValue: formatQuantity(value),
      fact: { frame, polarity: "positive", ...value, precision: q.precision, printedUnit: q.printedUnit },
    });
  }
  return out;
}

function tallies(view: SentenceView, kit: FactKit): FactDraft[] {
  const { toks } = view;
  const { tallies: found } = quantitiesOf(view);
  return found.map((t) => {
    // a tally is a vote's when the sentence votes, approves or rejects, else a score's
    const vote = view.predicates.find((p) => p.classes.some((c) => c === "vote" || c === "approve" || c === "reject")) ?? view.predicates.find((p) => p.classes.some((c) => c === "win" || c === "score" || c === "lose"));
    const cls = vote ? (vote.classes.some((c) => c === "vote" || c === "approve" || c === "reject") ? "vote" : "score") : null;
    const subject = vote ? factSubject(view, kit, vote.first) : { key: null, phrase: null };
    const [hi, lo] = t.a >= t.b ? [t.a, t.b] : [t.b, t.a];
    return {
      attribute: "quantity" as const,
      subjectKey: subject.key,
      valueStart: toks[t.first].start,
      valueEnd: toks[t.next - 1].end,
      normalizedValue: `${hi}-${lo}`,
      fact: {
        frame: {
          predicates: cls ? [cls] : [], head: "tally", modifiers: [], owner: null, subjectPhrase: subject.phrase,
          scopeKeys: [], era: view.segments[view.segmentOf[t.first]].era, qualifiers: view.inQuote[t.first] ? ["in-quote"] : [],
        },
        polarity: "positive" as const, low: hi, high: lo, approx: null, dimension: "tally", unit: null,
      },
    };
  });
}

/** A digit or a word a number is written with. */
const NUMBER_HINT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds|thousands|millions|several|few|half|quarter|third)/i;
export const QUANTITY_RULE: FactRule = { id: "fact.quantity", hint: NUMBER_HINT, run: quantities };
export const TALLY_RULE: FactRule = { id: "fact.tally", hint: /\d\s*(?:-|–|to)\s*\d|\b(?:votes?|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i, run: tallies };
