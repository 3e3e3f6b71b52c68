/**
 * When two statements by one speaker report the same thing in different words (used by align-claims):
 *  - remarks about one topic: "made comments … about the merger" / "criticism of the planned mergers"
 *    (the object of a speech-act noun, as claims-statements normalises it);
 *  - reported clauses naming the same kind of event: "diplomats suffered injuries" / "he was physically
 *    attacked" (lexicon-events).
 */
import type { TClaim } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS } from "../../lexicons/countries";
import { eventClasses } from "../../lexicons/events";
import { contentTerms } from "../../text/text-similarity";

/** The object of a speech-act noun in a normalised statement: "make remarks about <topic>", "criticism of <topic>". */
const TOPIC_RE = /\b(?:remarks?|criticism|comments?|statements?|accusations?|claims?|denials?|praise)\s+(?:about|of|on|over|regarding)\s+(.+)$/;

/** Country names and adjectives: a topic shared only through a country is no shared topic. */
const GEO_TERMS: ReadonlySet<string> = new Set([...COUNTRY_FORMS.keys()].flatMap((f) => contentTerms(f)));

export function statementTopic(c: TClaim): string[] {
  const m = TOPIC_RE.exec(c.normalizedValue);
  return m ? contentTerms(m[1]).filter((t) => t.length > 3 && !GEO_TERMS.has(t)) : [];
}

export function statementsAlign(a: TClaim, b: TClaim): boolean {
  const tb = new Set(statementTopic(b));
  if (statementTopic(a).some((t) => tb.has(t))) return true;
  const eb = eventClasses(b.value);
  return [...eventClasses(a.value)].some((c) => eb.has(c));
}
