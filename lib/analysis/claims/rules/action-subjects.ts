import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { AUX, sentenceMentions, type ClaimKit } from "../claims-kit";

/** Collective actor nouns printed bare as a subject ("after police raided …"). */
const BARE_ACTOR_RE = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:after|before|when|while|as|because|since|until|and|but|that|then)\\s+)(?:the\\s+)?(police|troops|soldiers|prosecutors)\\s+(?:${AUX}\\s+){0,2}$`,
  "i",
);
/** How far (in characters) from a bare actor noun the force it stands for must be named. */
const NEAR = 600;
const ADVERBS_TO_VERB_RE = new RegExp(`^,?\\s+(?:${AUX}\\s+){0,3}$`);
const AND_MODIFIERS_RE = /^\s+and\s+(?:[\p{Ll}-]+\s+|[\p{Lu}][\p{L}\p{M}]*['’]s\s+){0,3}$/u;
const LIST_OPENER_RE = /(?:^|,\s+)(?:the\s+)?$/i;

/**
 * A bare collective noun as subject ("after police raided the building") stands for the one force of that
 * kind the article names ("Ruritanian police"): the entity whose mentions end in that noun, when exactly one does.
 */
export function bareActor(kit: ClaimKit, pos: number, s: TSentence): string | null {
  const from = Math.max(s.start, pos - 60);
  const m = BARE_ACTOR_RE.exec(kit.text.slice(from, pos));
  if (!m) return null;
  const noun = m[1].toLowerCase();
  // only forces named near the bare noun: an article may name another country's police elsewhere
  const keys = new Set(
    kit.mentions
      .filter((x) => Math.abs(x.start - pos) <= NEAR && x.text.toLowerCase().split(/\s+/).pop() === noun && x.text.includes(" "))
      .filter((x) => kit.typeOfKey(x.entityKey) === "organization")
      .map((x) => x.entityKey),
  );
  return keys.size === 1 ? [...keys][0] : null;
}

/**
 * A coordinated subject right before the verb: "A and B condemned X", or a listing appositive
 * "two of Z's allies, A and former partner B, also condemned X". Each conjunct is an actor; both must be
 * named entities and nothing but modifiers may stand between them.
 */
export function coordinatedSubjects(kit: ClaimKit, pos: number, s: TSentence): TMention[] {
  const { text } = kit;
  const local = sentenceMentions(kit, s).filter((m) => m.end <= pos);
  const b = local.findLast((m) => ADVERBS_TO_VERB_RE.test(text.slice(m.end, pos)));
  if (!b) return [];
  const a = local.findLast((m) => m.end <= b.start && AND_MODIFIERS_RE.test(text.slice(m.end, b.start)));
  if (!a) return [];
  const before = text.slice(s.start, a.start);
  const comma = /,\s*$/.test(text.slice(b.end, pos));
  // with a comma after B the pair is an appositive: it must open after ", (the)"; without, it opens the clause
  if (comma ? !/,\s+(?:the\s+)?$/i.test(before) : !LIST_OPENER_RE.test(before) && !/\b(?:after|when|while|as|and|that)\s+(?:the\s+)?$/i.test(before)) return [];
  const ok = (m: TMention) => ["person", "organization", "place"].includes(kit.typeOfKey(m.entityKey) ?? "");
  return ok(a) && ok(b) ? [a, b] : [];
}
