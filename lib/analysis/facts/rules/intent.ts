/**
 * Rule "fact.intent": what someone will or would do, with polarity: "said it would move to X", "confirmed
 * that the club would move", "has denied that it would leave", "will not appeal", "ruled out resigning".
 * The verb's class from the news lexicon names the intent; a pronoun subject ("it would leave") is the one
 * whose words report it ("The club has denied that it …").
 */
import { NEGATING_SPEECH } from "@/lib/lexicons/predicates";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import { factSubject } from "../fact-subject";
import type { SentenceView } from "../sentence-view";

const MODAL_RE = /\b(would|will|'ll|is going to|are going to|plans? to|planned to|intends? to|threatened to|vowed to|pledged to|is to|are to|ruled out|rules out|refused to|refuses to)\s+(not\s+|never\s+)?/g;
/** Intents worth comparing: moving, leaving office, going to court, closing, cutting, selling, striking. */
const INTENT_CLASSES = new Set(["relocate", "resign", "appeal", "close", "cut", "dismiss", "reject", "approve", "sign"]);
const SPEECH_BEFORE = /\b(said|says|told|tells|confirmed|confirms|announced|insisted|warned|threatened|denied|denies|rejected|dismissed|ruled out)\b[^.;]*$/;

function intents(view: SentenceView, kit: FactKit): FactDraft[] {
  const { lower, sentence } = view;
  const out: FactDraft[] = [];
  MODAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MODAL_RE.exec(lower))) {
    const toks = view.toks;
    const verbAt = toks.findIndex((t) => t.start >= sentence.start + m!.index + m![0].length);
    if (verbAt < 0 || view.inQuote[verbAt]) continue;
    const p = view.predicates.find((x) => x.first === verbAt);
    const cls = p?.classes.find((c) => INTENT_CLASSES.has(c));
    if (!p || !cls) continue;
    let negative = Boolean(m[2]) || /^(?:ruled out|rules out|refused to|refuses to)$/.test(m[1]);
    const before = lower.slice(0, m.index);
    const speech = SPEECH_BEFORE.exec(before);
    if (speech && NEGATING_SPEECH.has(speech[1])) negative = !negative;
    // "it would leave": the pronoun stands for the one who speaks
    const prevTok = toks[toks.findIndex((t) => t.start >= sentence.start + m!.index) - 1];
    const pronoun = prevTok && /^(?:it|they|he|she)$/.test(prevTok.lower);
    const speechAt = speech ? toks.findIndex((t) => t.start >= sentence.start + speech.index) : -1;
    const subject = pronoun && speechAt >= 0 ? factSubject(view, kit, speechAt) : factSubject(view, kit, verbAt);
    if (!subject.key && !subject.phrase) continue;
    out.push({
      attribute: "state",
      subjectKey: subject.key,
      valueStart: sentence.start + m.index,
      valueEnd: toks[p.next - 1].end,
      normalizedValue: `${negative ? "will not" : "will"} ${cls}`,
      fact: {
        frame: { predicates: [cls], head: null, modifiers: [], owner: cls, subjectPhrase: subject.key ? null : subject.phrase, scopeKeys: [], era: null, qualifiers: [] },
        polarity: negative ? "negative" : "positive",
        group: "intent",
        state: cls,
      },
    });
  }
  return out;
}

export const INTENT_RULE: FactRule = { id: "fact.intent", hint: /\b(?:would|will|going to|plans? to|planned to|intends? to|threatened to|vowed to|pledged to|is to|are to|ruled out|rules out|refused to|refuses to)\b|'ll\b/i, run: intents };
