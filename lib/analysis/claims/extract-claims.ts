import type { TBlock, TClaim, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { buildClaimKit } from "./build-claim-kit";
import { extractAccusations } from "./rules/accusations";
import { extractActions } from "./rules/actions";
import { extractAppointmentRoles } from "./rules/appointment-roles";
import { extractAppositiveRole } from "./rules/appositive-roles";
import { extractArrests } from "./rules/arrests";
import { extractAsylumGrants } from "./rules/asylum-grants";
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

/**
 * Every rule over one sentence, in a fixed order: claims are deduplicated first-come, and later rules read the
 * claims earlier ones made (time spans after roles, dates after time spans, coordinated subjects after actions).
 */
function extractSentenceClaims(kit: ClaimKit, s: TSentence, dates: DateChain): void {
  const sMentions = sentenceMentions(kit, s);
  const persons = sMentions.filter((m) => kit.typeOfKey(m.entityKey) === "person");
  // both role forms per person in turn: dedup keeps the first, so the order is part of the result
  for (const m of persons) {
    extractAppositiveRole(kit, s, m);
    extractPremodifierRole(kit, s, m);
    extractAppointmentRoles(kit, s, m);
  }
  extractPredicateRoles(kit, s);
  extractRelations(kit, s);
  extractTimeSpans(kit, s);
  extractDates(kit, s, dates);
  extractCounts(kit, s);
  extractLegalPassives(kit, s);
  extractFrontedLegalStatus(kit, s, persons);
  extractAsylumGrants(kit, s, persons);
  extractArrests(kit, s, persons);
  extractAccusations(kit, s);
  extractActions(kit, s, sMentions);
  extractPassiveAgents(kit, s);
  extractStatements(kit, s);
  extractLocations(kit, s);
  extractKnownAs(kit, s);
  extractOrgLocations(kit, s);
  extractOtherEvents(kit, s);
}

/** Claims of one article: every sentence outside headings through the rules, then roles printed without a name. */
export function extractClaims(ctx: ClaimContext): TClaim[] {
  const { text, blocks, sentences, entities, mentions, quotes, publishedAt } = ctx;
  const kit = buildClaimKit(text, entities, mentions, quotes);
  const dates: DateChain = { publishedAt: publishedAt ?? null, previousDate: null };
  const isHeading = (s: TSentence) => blocks[s.blockIndex].kind === "heading";
  for (const s of sentences) if (!isHeading(s)) extractSentenceClaims(kit, s, dates);
  // roles printed without a name beside them, resolved through the roles named above
  extractRoleReferences(kit, sentences, quotes, isHeading);
  return kit.claims;
}
