/**
 * Rule "fact.inclusion": whether something is among a set the story is about (a recall, a list, the
 * affected), with polarity: "No dairy products are included in the recall" (not included), "Among them are
 * two soft cheeses" and "the recall includes cheese" (included). Each content word of a denied phrase, and
 * the head of an asserted one, names what is or is not included; generic nouns ("products", "items") name
 * nothing and are left out.
 */
import { singular } from "@/lib/lexicons/nouns";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import { FUNCTION_WORDS, type SentenceView } from "../sentence-view";

const GENERIC = new Set(["product", "item", "thing", "type", "kind", "sort", "one", "other", "line", "brand", "good", "article", "unit", "variety"]);
const DENIED_RE = /\bno\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:included|among|covered|affected|involved|part)\b|\b(?:does|do|did)\s+not\s+(?:include|cover|affect)\s+(?:any\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/g;
const ASSERTED_RE = /\bamong\s+(?:them|those|these)\s+(?:are|is|were|was)\s+((?:[a-z0-9-]+\s+){0,3}[a-z-]+)|\b(?:includes|including|covers)\s+((?:[a-z0-9-]+\s+){0,3}?[a-z-]+)(?=[,.;]|\s+(?:and|sold|made|from|under|with|in)\b)/g;

function words(phrase: string): string[] {
  // the phrase ends at its first plural noun: what follows describes it ("cheeses sold under …")
  const all = phrase.split(/\s+/);
  const plural = all.findIndex((w) => /[^s]s$/.test(w) && w.length > 3);
  const cut = plural >= 0 ? plural + 1 : -1;
  return (cut > 0 ? all.slice(0, cut) : all).filter((w) => !FUNCTION_WORDS.has(w) && !/^\d/.test(w) && !/^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|all|soft|hard|new|fresh|other)$/.test(w));
}

function inclusions(view: SentenceView, kit: FactKit): FactDraft[] {
  const { lower, sentence } = view;
  const out: FactDraft[] = [];
  const push = (owner: string, negative: boolean, at: number, len: number) => {
    const tok = view.toks.findIndex((t) => t.start >= sentence.start + at);
    if (tok >= 0 && view.inQuote[tok]) return;
    out.push({
      attribute: "state",
      subjectKey: null,
      valueStart: sentence.start + at,
      valueEnd: sentence.start + at + len,
      normalizedValue: `${negative ? "not " : ""}included: ${owner}`,
      fact: {
        frame: { predicates: [], head: null, modifiers: [], owner, subjectPhrase: null, scopeKeys: [], era: null, qualifiers: [] },
        polarity: negative ? "negative" : "positive",
        group: "inclusion",
        state: "included",
      },
    });
  };
  void kit;
  DENIED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DENIED_RE.exec(lower))) {
    const phrase = m[1] ?? m[2];
    for (const w of words(phrase).map(singular)) if (!GENERIC.has(w)) push(w, true, m.index, m[0].length);
  }
  ASSERTED_RE.lastIndex = 0;
  while ((m = ASSERTED_RE.exec(lower))) {
    const ws = words(m[1] ?? m[2]);
    const head = ws.length ? singular(ws[ws.length - 1]) : null;
    if (head && !GENERIC.has(head)) push(head, false, m.index, m[0].length);
  }
  return out;
}

export const INCLUSION_RULE: FactRule = { id: "fact.inclusion", hint: /\b(?:no|not)\b.*\b(?:includ|among|cover|affect|involv)|\bamong (?:them|those|these)\b|\b(?:includes|including|covers)\b/i, run: inclusions };
