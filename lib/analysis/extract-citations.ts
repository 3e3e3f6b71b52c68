import type { TCitation, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { insideSpans, lowerBound } from "../text/text-patterns";

/**
 * Provenance: where the article says it (or a participant) got information from another outlet or agency.
 * Small and general: a citing verb phrase followed by a capitalised name, or a generic press noun phrase.
 *   "according to the Example Press", "told Radio Example", "spoke with XYZ", "told a reporter from XYZ News",
 *   "said in an interview with XYZ", "told local press", "Example Wire reported".
 * A cited name that is a person ("according to Smith") is not a citation of an outlet.
 */

const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’&.-]*(?:[ \\u00A0]+(?:(?:en|de|del|la|of|the|and|for|in)[ \\u00A0]+)?[\\p{Lu}][\\p{L}\\p{M}'’&.-]*)*";
const PRESS = "(?:(?:local|national|state|foreign|international|regional|[\\p{Lu}][\\p{L}]+)[ \\u00A0]+){0,3}(?:press|media|reporters|journalists|newspapers?|television|radio|broadcasters?|outlets?)";

const CUE_BEFORE = new RegExp(
  `\\b(?<cue>[Aa]ccording to|told|tells|telling|tell|spoke(?:[ \\u00A0]+(?:with|to))|speaking(?:[ \\u00A0]+(?:with|to))|(?:said|speaking|spoke)[ \\u00A0]+in[ \\u00A0]+an[ \\u00A0]+interview[ \\u00A0]+with|(?:reported|quoted|cited)[ \\u00A0]+by)` +
    `(?:[ \\u00A0]+an?[ \\u00A0]+(?:reporter|journalist|correspondent)[ \\u00A0]+(?:from|for|with))?` +
    `[ \\u00A0]+(?:the[ \\u00A0]+)?(?:(?<name>${NAME})|(?<press>${PRESS}))(?![\\p{L}\\p{M}])`,
  "gu",
);
/** "<Name> reported": the cue is found first, then the name that ends right before it, within a bounded window. */
const CUE_AFTER = /[ \u00A0]+(reported|reports|reporting)\b/g;
const NAME_AT_END = new RegExp(`(?:${NAME})$`, "u");
/** How far back from a "reported" cue its name may start: no name is longer, and the search stays linear. */
const NAME_WINDOW = 160;

/** Name heads that mark a news organisation even when the entity stage typed it otherwise. */
const MEDIA_HEAD = /\b(?:Press|News|Times|Post|Journal|Tribune|Herald|Gazette|Telegraph|Guardian|Agency|Wire|Radio|TV|Television|Broadcasting|Network|Channel|Daily|Weekly|Review)\b/u;

export type CitationContext = {
  text: string;
  sentences: TSentence[];
  entities: TLocalEntity[];
  mentions: TMention[];
  quotes: TQuote[];
};

/** Find citations of outlets/agencies outside direct quotes. Linear: two global regex passes over the text. */
export function extractCitations(ctx: CitationContext): TCitation[] {
  const { text, sentences, entities, mentions, quotes } = ctx;
  const entByKey = new Map(entities.map((e) => [e.key, e]));
  const quoteSpans = quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
  const out: TCitation[] = [];
  const seen = new Set<number>();

  const mentionAt = (start: number, end: number): TMention | null => {
    const i = lowerBound(mentions, start);
    const m = mentions[i];
    return m && m.start === start && m.end <= end ? m : null;
  };
  const isOutlet = (name: string, m: TMention | null): boolean => {
    const type = m ? entByKey.get(m.entityKey)?.type : undefined;
    if (type === "person" || type === "place") return false;
    return type === "organization" || /^[\p{Lu}]{2,}[\p{Lu}\p{Ll}]*\b/u.test(name) || MEDIA_HEAD.test(name);
  };
  const push = (cueStart: number, cueEnd: number, start: number, end: number, entityKey: string | null) => {
    if (seen.has(start) || insideSpans(quoteSpans, start) || insideSpans(quoteSpans, cueStart)) return;
    seen.add(start);
    out.push({ start, end, cited: text.slice(start, end), cue: text.slice(cueStart, cueEnd), cueStart, cueEnd, entityKey });
  };

  CUE_BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_BEFORE.exec(text))) {
    const g = m.groups!;
    const cueStart = m.index;
    const cueEnd = cueStart + g.cue.length;
    const body = g.name ?? g.press;
    const start = m.index + m[0].length - body.length;
    let end = start + body.length;
    if (g.name) {
      // A name's dots ("U.S.", "St.") can run it on past its sentence's full stop into the next
      // sentence's first word ("… according to the Office. Forecasters said …"): it ends with its sentence.
      const si = lowerBound(sentences, start + 1) - 1;
      if (si >= 0 && end > sentences[si].end) end = sentences[si].end;
      // trim a trailing possessive or sentence dot kept by the name pattern
      while (end > start && /[.'’-]/.test(text[end - 1])) end--;
      const men = mentionAt(start, end);
      if (!isOutlet(text.slice(start, end), men)) continue;
      push(cueStart, cueEnd, start, end, men?.entityKey ?? null);
    } else {
      push(cueStart, cueEnd, start, end, null);
    }
  }
  CUE_AFTER.lastIndex = 0;
  while ((m = CUE_AFTER.exec(text))) {
    // the name stands in the cue's own sentence ("… ends. The Gazette reported": never "ends. The Gazette")
    const si = lowerBound(sentences, m.index + 1) - 1;
    const from = Math.max(si >= 0 ? sentences[si].start : 0, m.index - NAME_WINDOW);
    const named = NAME_AT_END.exec(text.slice(from, m.index));
    if (!named) continue;
    const lead = /^(?:The|A|An)[ \u00A0]+/.exec(named[0])?.[0].length ?? 0;
    const start = from + named.index + lead;
    const end = m.index;
    if (end <= start) continue;
    const men = mentionAt(start, end);
    const type = men ? entByKey.get(men.entityKey)?.type : undefined;
    // "Reuters reported": the name must be an organisation (a person who "reported" is a source, not an outlet)
    const name = text.slice(start, end);
    if (type !== "organization" && !MEDIA_HEAD.test(name) && !/^[\p{Lu}]{2,}$/u.test(name)) continue;
    const cueStart = m.index + m[0].length - m[1].length;
    push(cueStart, cueStart + m[1].length, start, end, men?.entityKey ?? null);
  }
  return out.sort((a, b) => a.start - b.start);
}
