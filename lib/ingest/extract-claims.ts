import type { TBlock, TClaim, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { itemsWithin } from "./text-patterns";
import { extractAccusations, legalSubjectFallback } from "./claims-accusations";
import { extractActions } from "./claims-actions";
import { extractAppositiveRole } from "./claims-appositive-roles";
import { extractCounts } from "./claims-counts";
import { extractDates, type DateChain } from "./claims-dates";
import { extractPremodifierRole } from "./claims-premodifier-roles";
import { buildClaimKit } from "./build-claim-kit";
import { normalizeValue } from "./claims-normalize";
import { extractStatements } from "./claims-statements";
import { extractLocations } from "./claims-locations";
import { extractKnownAs } from "./claims-known-as";
import { extractOrgLocations } from "./claims-org-locations";
import { extractOtherEvents } from "./claims-other-events";
import { extractPassiveAgents } from "./claims-passive-agents";
import { extractPredicateRoles } from "./claims-predicate-roles";
import { extractRelations } from "./claims-relations";
import { extractRoleReferences } from "./claims-role-references";
import { extractTimeSpans } from "./claims-time-spans";

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

const LEGAL_PASSIVE_RE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:(?:also|later|then|reportedly|allegedly|previously|already|subsequently|formally|eventually)\s+)*[“"]?(convicted|sentenced(?:\s+to\s+(?:\d+\s+years(?:\s+in\s+prison)?|life(?:\s+in\s+prison)?|death|imprisonment|prison))?|arrested|detained|charged|indicted|jailed|imprisoned|released|extradited|acquitted|pardoned|granted\s+(?:political\s+|diplomatic\s+)?asylum|held|taken\s+into\s+custody|relieved\s+of\s+(?:his|her|their)\s+(?:duties|post|position|command)|removed\s+from\s+(?:office|power)|stripped\s+of\s+(?:his|her|their)\s+[\p{Ll}]+|impeached|ousted)\b/gu;
const LEGAL_FRONTED_RE = /^(Convicted|Arrested|Sentenced|Detained|Charged|Indicted|Jailed|Acquitted|Released)\b/;
const GRANT_RE = /\bgrant(?:ed|s|ing)?\s+(?:(him|her)\s+)?((?:political|diplomatic)\s+)?asylum(?:\s+to\s+)?/g;
const ARREST_OF_RE = /\b(arrest(?:ed|ing)?|detention|detain(?:ed|ing)?)\s+(?:of\s+)?/g;

export { normalizeValue };

export function extractClaims(ctx: ClaimContext): TClaim[] {
  const { text, blocks, sentences, entities, mentions, quotes, publishedAt } = ctx;
  const kit = buildClaimKit(text, entities, mentions, quotes);
  const { outside, inQuote, subjectNear, recentPerson, add } = kit;
  const typeOf = (m: TMention) => kit.typeOfKey(m.entityKey);

  const dates: DateChain = { publishedAt: publishedAt ?? null, previousDate: null };

  for (const s of sentences) {
    if (blocks[s.blockIndex].kind === "heading") continue;
    const st = text.slice(s.start, s.end);
    const sMentions = itemsWithin(outside, s.start, s.end);
    const persons = sMentions.filter((m) => typeOf(m) === "person");

    // both role forms per person in turn: dedup keeps the first, so the order is part of the result
    for (const m of persons) {
      extractAppositiveRole(kit, s, m);
      extractPremodifierRole(kit, s, m);
    }

    extractPredicateRoles(kit, s);
    extractRelations(kit, s);

    extractTimeSpans(kit, s);

    extractDates(kit, s, dates);
    extractCounts(kit, s);

    // --- legal status ---
    LEGAL_PASSIVE_RE.lastIndex = 0;
    let l: RegExpExecArray | null;
    while ((l = LEGAL_PASSIVE_RE.exec(st))) {
      const vS = s.start + l.index + l[0].length - l[1].length;
      const subj = subjectNear(s.start + l.index, s.start, true) ?? legalSubjectFallback(kit, s.start + l.index, s);
      if (subj && typeOf({ entityKey: subj } as TMention) === "person") add(s, subj, "legal_status", vS, vS + l[1].length, legalNorm(l[1]));
    }
    const fr = LEGAL_FRONTED_RE.exec(st);
    if (fr) {
      const comma = st.indexOf(",");
      const subj = comma > 0 ? persons.find((m) => m.start > s.start + comma) : undefined;
      if (subj) add(s, subj.entityKey, "legal_status", s.start, s.start + fr[1].length, legalNorm(fr[1]));
    }
    GRANT_RE.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = GRANT_RE.exec(st))) {
      const pos = s.start + g.index;
      let subj: string | null = null;
      if (g[1]) subj = recentPerson(pos);
      else {
        const next = persons.find((m) => m.start === pos + g![0].length);
        subj = next ? next.entityKey : null;
      }
      if (subj && !inQuote(pos)) {
        const vEnd = pos + g[0].replace(/\s+to\s+$/, "").length;
        add(s, subj, "legal_status", pos, vEnd, "granted asylum");
      }
    }
    ARREST_OF_RE.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ARREST_OF_RE.exec(st))) {
      const pos = s.start + a.index;
      if (inQuote(pos)) continue;
      const after = s.start + a.index + a[0].length;
      // object: a person mention reached through role words only
      const target = persons.find((m) => m.start >= after && m.start - after <= 60 && /^(?:(?:[Aa]|[Aa]n|[Tt]he|former|ex-\S+|[\p{Lu}][\p{L}\p{M}'’-]*|vice|president|minister)\s+)*$/u.test(text.slice(after, m.start)));
      if (!target) continue;
      if (/\b(?:not|never|failed\s+to|could\s+not)\s+(?:\w+\s+){0,2}$/i.test(text.slice(s.start, pos))) continue;
      const word = a[1].toLowerCase();
      const norm = word.startsWith("deten") || word.startsWith("detain") ? "detained" : "arrested";
      add(s, target.entityKey, "legal_status", pos, pos + a[1].length, norm);
    }

    extractAccusations(kit, s);

    // --- actions (claims-actions.ts) ---
    extractActions(kit, s, sMentions);
    extractPassiveAgents(kit, s);

    // --- statements (claims-statements.ts) ---
    extractStatements(kit, s);

    // --- locations (claims-locations.ts) ---
    extractLocations(kit, s);
    extractKnownAs(kit, s);
    extractOrgLocations(kit, s);
    extractOtherEvents(kit, s);
  }
  // roles printed without a name beside them, resolved through the roles named above
  extractRoleReferences(kit, sentences, quotes, (s) => blocks[s.blockIndex].kind === "heading");

  return kit.claims;
}

function legalNorm(v: string): string {
  const s = v.toLowerCase().replace(/\s+/g, " ");
  if (s.startsWith("granted")) return "granted asylum";
  if (s.startsWith("taken into custody") || s === "held") return "detained";
  if (s === "jailed" || s === "imprisoned") return "imprisoned";
  return s;
}
