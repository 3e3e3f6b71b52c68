/**
 * Rule "fact.designation": the code a thing is known by, printed after a lower-case label: "serotype 4b",
 * "strain H5N1", "flight MH17", "variant B.1.1.7", "route 66a". A code mixes digits with letters or a slash;
 * a plain number after a word is a quantity, not a code.
 */
import { singular } from "@/lib/lexicons/nouns";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import { FUNCTION_WORDS, type SentenceView } from "../sentence-view";

const CODE_RE = /\b([a-z]{4,})\s+((?=[A-Za-z0-9./-]*\d)(?=[A-Za-z0-9./-]*[A-Za-z/])[A-Za-z0-9](?:[A-Za-z0-9./-]{0,10}[A-Za-z0-9])?)(?![\w/-])/g;
/** Labels that are no kind of thing: a time of day, a unit, a verb. */
const NOT_LABELS = new Set(["about", "around", "until", "since", "from", "than", "between", "were", "have", "said", "aged", "nearly", "almost", "over", "under"]);

function designations(view: SentenceView, kit: FactKit): FactDraft[] {
  const { text } = kit.ctx;
  const s = view.sentence;
  const out: FactDraft[] = [];
  const slice = text.slice(s.start, s.end);
  CODE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_RE.exec(slice))) {
    const label = m[1].toLowerCase();
    const code = m[2];
    if (FUNCTION_WORDS.has(label) || NOT_LABELS.has(label)) continue;
    // "10:50pm", "3pm", "5km", "4th": clock times, units and ordinals are not codes
    if (/^\d+(?:[ap]\.?m\.?|st|nd|rd|th|km|kg|m|s)$/i.test(code)) continue;
    const start = s.start + m.index + m[0].length - code.length;
    const tok = view.toks.findIndex((t) => t.start >= start);
    if (tok >= 0 && view.inQuote[tok]) continue;
    out.push({
      attribute: "designation",
      subjectKey: null,
      valueStart: start,
      valueEnd: start + code.length,
      normalizedValue: code.toLowerCase(),
      fact: {
        frame: { predicates: [], head: null, modifiers: [], owner: singular(label), subjectPhrase: null, scopeKeys: [], era: view.segments[0]?.era ?? null, qualifiers: [] },
        polarity: "positive",
        code: code.toLowerCase(),
      },
    });
  }
  return out;
}

export const DESIGNATION_RULE: FactRule = { id: "fact.designation", hint: /\d[A-Za-z]|[A-Za-z]\d|\d\/\d/, run: designations };
