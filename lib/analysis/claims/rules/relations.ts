import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { sentenceClaims, sentenceMentions, type ClaimKit } from "../claims-kit";

/** Nouns of a standing relation between actors (general English). */
const REL = "all(?:y|ies)|partners?|rivals?|neighbou?rs?|coloni[sz]ers?|colonial\\s+rulers?|backers?|patrons?|adversar(?:y|ies)|enem(?:y|ies)|foes?|creditors?";
/** "(two of) <Owner>'s (biggest) allies, (the) A and B": the appositive relation phrase and where the listing starts. */
const LISTED_RE = new RegExp(
  `((?:\\b(?:one|two|three|four|five|several|some|many|both)\\s+of\\s+)?([\\p{Lu}][\\p{L}\\p{M}]+(?:\\s+[\\p{Lu}][\\p{L}\\p{M}]+)?)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${REL}))\\s*,\\s+(?:the\\s+)?(?=[\\p{Lu}])`,
  "gu",
);
/** "(former) ally <Name>": a relation noun pre-modifying a name. */
const PREMOD_RE = new RegExp(`(?<![\\p{L}'’-])((?:former\\s+|ex-)?(?:[\\p{Ll}-]+\\s+)?(?:${REL}))\\s+(?=[\\p{Lu}])`, "gu");
/** Both patterns need a relation noun at a word start: sentences without one skip them (most sentences). */
const REL_AT_WORD = new RegExp(`(?<!\\p{L})(?:${REL})`, "u");
const PREMOD_OK = /^(?:former|ex-|long-?time|close|closest|key|main|old|regional|traditional|trading|strategic|historic)/;
/** "… under (leftist) (ex-)President <Name>": the leader a person held office under. */
const UNDER_RE = /^\s+(under\s+(?:[\p{L}][\p{L}\p{M}'’-]*\s+){0,4}?)(?=[\p{Lu}])/u;

/**
 * Relations between actors printed in apposition or as pre-modifiers:
 * - "two of <Owner>'s biggest allies, A and longtime rival B" → A and B: "two of <Owner>'s biggest allies";
 * - "longtime rival B" → B: "longtime rival";
 * - "<Name>, <Country>'s former vice president under ex-President C" → <Name>: "under ex-President C".
 */
export function extractRelations(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sentenceMentions(kit, s);
  const named = (m: TMention) => ["person", "organization", "place"].includes(kit.typeOfKey(m.entityKey) ?? "");
  const hasRelationNoun = REL_AT_WORD.test(st);

  LISTED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (hasRelationNoun && (m = LISTED_RE.exec(st))) {
    const vS = s.start + m.index;
    if (kit.inQuote(vS) || !local.some((x) => x.start === vS + m![1].indexOf(m![2]) && named(x))) continue;
    // the listing: names joined by "and" or commas, with lower-case modifiers, up to the next comma after the last name
    let at = s.start + m.index + m[0].length;
    for (let guard = 0; guard < 6; guard++) {
      const x = local.find((y) => y.start === at);
      if (!x || !named(x)) break;
      kit.add(s, x.entityKey, "relation", vS, vS + m[1].length);
      // ", B" or "(,) and (modifiers) B"; after "and" the listing ends
      if (/^,?\s+and\s/.test(text.slice(x.end, x.end + 6)) === false && !/^,\s+(?:the\s+)?[\p{Lu}]/u.test(text.slice(x.end, x.end + 8))) break;
      const join = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}/u.exec(text.slice(x.end, s.end));
      if (!join) break;
      if (/\band\s/.test(join[0])) {
        const last = local.find((y) => y.start === x.end + join[0].length);
        if (last && named(last)) kit.add(s, last.entityKey, "relation", vS, vS + m[1].length);
        break;
      }
      at = x.end + join[0].length;
    }
  }

  PREMOD_RE.lastIndex = 0;
  while (hasRelationNoun && (m = PREMOD_RE.exec(st))) {
    const vS = s.start + m.index;
    const x = local.find((y) => y.start === vS + m![0].length);
    const words = m[1].split(/\s+/);
    if (!x || !named(x) || kit.inQuote(vS)) continue;
    // only modifiers of the relation itself: "A and longtime rival B", not "… condemned ally B"
    if (words.length > 1 && !PREMOD_OK.test(words[0])) continue;
    kit.add(s, x.entityKey, "relation", vS, vS + m[1].length);
  }

  // "under <leader>" right after a role appositive of this sentence
  for (const c of sentenceClaims(kit, s)) {
    if (c.attribute !== "role" || kit.typeOfKey(c.subjectKey) !== "person") continue;
    const u = UNDER_RE.exec(text.slice(c.valueEnd, s.end));
    if (!u) continue;
    const leaderAt = c.valueEnd + u[0].length;
    const leader = local.find((y) => y.start >= leaderAt && y.start - leaderAt <= 40 && kit.typeOfKey(y.entityKey) === "person");
    if (!leader || leader.entityKey === c.subjectKey || !/^[\p{L}\p{M}'’.\s-]*$/u.test(text.slice(leaderAt, leader.start))) continue;
    const vS = c.valueEnd + u[0].length - u[1].length;
    kit.add(s, c.subjectKey, "relation", vS, leader.end);
  }
}
