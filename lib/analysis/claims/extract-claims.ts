import type { TBlock, TClaim, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { buildClaimKit } from "./build-claim-kit";
import { extractAccusations } from "./rules/accusations";
import { extractActions } from "./rules/actions";
import { extractAppointmentRoles } from "./rules/appointment-roles";
import { extractAppositiveRole } from "./rules/appositive-roles";
import { extractArrests } from "./rules/arrests";
import { extractGrants } from "./rules/grants";
import { extractCounts } from "./rules/counts";
import { extractDates, type DateChain } from "./rules/dates";
import { sentenceMentions, type ClaimKit } from "./claims-kit";
import { extractKnownAs } from "./rules/known-as";
import { extractFrontedLegalStatus, extractLegalPassives } from "./rules/legal-status";
import { extractLocations } from "./rules/locations";
import { extractOrgLocations } from "./rules/org-locations";
import { extractOtherEvents } from "./rules/other-events";
import { extractPassiveAgents } from "./rules/passive-agents";
import { extractPredicateRoles } from "./rules/predicate-roles";
import { extractPremodifierRole } from "./rules/premodifier-roles";
import { extractRelations } from "./rules/relations";
import { extractRoleReferences } from "./rules/role-references";
import { extractStatements } from "./rules/statements";
import { extractTimeSpans } from "./rules/time-spans";
import { sentenceWindows } from "../../text/sentence-windows";

export type ClaimContext = {
  /** The article's ISO publication date (meta.publishedAt): the anchor for relative dates. */
  publishedAt?: string | null;
  text: string;
  blocks: TBlock[];
  sentences: TSentence[];
  entities: TLocalEntity[];
  mentions: TMention[];
  quotes: TQuote[];
};

/** What a sentence rule reads: the sentence, its mentions (outside quotations), its persons and the article's date chain. */
export type SentenceInput = { sentence: TSentence; mentions: TMention[]; persons: TMention[]; dates: DateChain };

/**
 * A declared claim rule: an id (recorded as `method` on every claim it makes) and a function of one sentence.
 * Rules run in this order; claims are deduplicated first-come, and later rules read the claims earlier ones
 * made (time spans after roles, dates after time spans, coordinated subjects after actions). A newcomer adds a
 * rule here, in one place.
 */
export type ClaimRule = { id: string; run: (kit: ClaimKit, input: SentenceInput) => void };

const eachPerson = (f: (kit: ClaimKit, s: TSentence, m: TMention) => void) => (kit: ClaimKit, i: SentenceInput) => i.persons.forEach((m) => f(kit, i.sentence, m));

export const CLAIM_RULES: ClaimRule[] = [
  { id: "role.appositive", run: eachPerson(extractAppositiveRole) },
  { id: "role.premodifier", run: eachPerson(extractPremodifierRole) },
  { id: "role.appointment", run: eachPerson(extractAppointmentRoles) },
  { id: "role.predicate", run: (kit, i) => extractPredicateRoles(kit, i.sentence) },
  { id: "relation", run: (kit, i) => extractRelations(kit, i.sentence) },
  { id: "time-span", run: (kit, i) => extractTimeSpans(kit, i.sentence) },
  { id: "date", run: (kit, i) => extractDates(kit, i.sentence, i.dates) },
  { id: "count.times", run: (kit, i) => extractCounts(kit, i.sentence) },
  { id: "legal.passive", run: (kit, i) => extractLegalPassives(kit, i.sentence) },
  { id: "legal.fronted", run: (kit, i) => extractFrontedLegalStatus(kit, i.sentence, i.persons) },
  { id: "legal.grant", run: (kit, i) => extractGrants(kit, i.sentence, i.persons) },
  { id: "legal.arrest", run: (kit, i) => extractArrests(kit, i.sentence, i.persons) },
  { id: "legal.accusation", run: (kit, i) => extractAccusations(kit, i.sentence) },
  { id: "action", run: (kit, i) => extractActions(kit, i.sentence, i.mentions) },
  { id: "action.passive-agent", run: (kit, i) => extractPassiveAgents(kit, i.sentence) },
  { id: "statement", run: (kit, i) => extractStatements(kit, i.sentence) },
  { id: "location", run: (kit, i) => extractLocations(kit, i.sentence) },
  { id: "known-as", run: (kit, i) => extractKnownAs(kit, i.sentence) },
  { id: "location.organisation", run: (kit, i) => extractOrgLocations(kit, i.sentence) },
  { id: "event.other", run: (kit, i) => extractOtherEvents(kit, i.sentence) },
];

/** Records a rule as the method of every claim it added (those from index `from` on). */
function markMethod(kit: ClaimKit, from: number, id: string): void {
  for (let i = from; i < kit.claims.length; i++) kit.claims[i].method ??= id;
}

/** Claims of one article: every sentence outside headings through the rules, then roles printed without a name. */
export function extractClaims(ctx: ClaimContext): TClaim[] {
  const { text, blocks, sentences, entities, mentions, quotes, publishedAt } = ctx;
  const kit = buildClaimKit(text, entities, mentions, quotes);
  const dates: DateChain = { publishedAt: publishedAt ?? null, previousDate: null };
  const isHeading = (s: TSentence) => blocks[s.blockIndex].kind === "heading";
  // a run-on "sentence" of pasted text is read in bounded windows: rules look back within their sentence
  const windows = sentences.flatMap((s) => sentenceWindows(text, s));
  for (const s of windows) {
    if (isHeading(s)) continue;
    const sMentions = sentenceMentions(kit, s);
    const input: SentenceInput = { sentence: s, mentions: sMentions, persons: sMentions.filter((m) => kit.typeOfKey(m.entityKey) === "person"), dates };
    for (const rule of CLAIM_RULES) {
      const before = kit.claims.length;
      rule.run(kit, input);
      markMethod(kit, before, rule.id);
    }
  }
  // roles printed without a name beside them, resolved through the roles named above
  const before = kit.claims.length;
  extractRoleReferences(kit, windows, quotes, isHeading);
  markMethod(kit, before, "role.reference");
  return kit.claims;
}
