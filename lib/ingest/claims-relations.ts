import type { TSentence } from "@/lib/schemas/pipeline";
import { apposedList, sentenceMentions, type ClaimKit } from "./claims-kit";

/**
 * Relations between parties as English news states them: a relation noun naming what one party is to
 * another ("ally", "former colonizer", "rival"), before a name ("former colonizer X"), as the noun
 * phrase an apposed list restates ("two of Y's biggest allies, A and B, …"), or "under <leader>" in a
 * role ("vice president under President Z").
 */
const RELATION_NOUNS =
  "ally allies partner partners neighbour neighbours neighbor neighbors rival rivals adversary adversaries foe foes enemy enemies " +
  "colonizer colonizers coloniser colonisers backer backers patron patrons protégé protege mentor successor predecessor " +
  "benefactor sponsor sponsors creditor creditors client clients";
const RELATION_NOUN = new Set(RELATION_NOUNS.split(" "));
/** A cheap test that a sentence holds a relation word or "under" at all, before any per-name work. */
const ANY_RELATION_RE = new RegExp(`\\b(?:${[...RELATION_NOUNS.split(" "), "under"].join("|")})\\b`);
const RELATION_MODIFIER = new Set("former longtime long-time close closest key main biggest largest traditional old oldest staunch staunchest chief regional historic".split(" "));
/** "under" + up to four modifier/title words + a person: the leader a role served under. */
const UNDER_RE = /\bunder\s+((?:[\p{L}-]+\s+){0,4})$/u;

export function extractRelations(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  if (!ANY_RELATION_RE.test(text.slice(s.start, s.end))) return;
  const local = sentenceMentions(kit, s);

  // "former colonizer X": lower-case relation words right before a name
  for (const m of local) {
    const lead = /(?:^|[\s,(])((?:[\p{Ll}-]+\s+){1,3})$/u.exec(text.slice(Math.max(s.start, m.start - 60), m.start));
    if (!lead) continue;
    const words = lead[1].trim().split(/\s+/);
    while (words.length && !RELATION_NOUN.has(words[0]) && !RELATION_MODIFIER.has(words[0])) words.shift();
    if (!words.length || !RELATION_NOUN.has(words[words.length - 1]) || !words.every((w) => RELATION_NOUN.has(w) || RELATION_MODIFIER.has(w))) continue;
    const phrase = words.join(" ");
    const vS = m.start - lead[1].length + lead[1].indexOf(phrase);
    if (text.slice(vS, m.start).trim() !== phrase) continue;
    kit.add(s, m.entityKey, "relation", vS, vS + phrase.length);
  }

  // "two of Y's biggest allies, A and B, also condemned …": the fronted phrase is what each listed name is
  for (const m of local) {
    if (!/^,\s/.test(text.slice(m.end, m.end + 2))) continue;
    const list = apposedList(kit, m.end + (/^,\s+/.exec(text.slice(m.end))?.[0].length ?? 0), s);
    if (!list || list.members[list.members.length - 1] !== m) continue;
    const phrase = text.slice(list.phraseStart, list.phraseEnd).trim();
    const head = phrase.split(/\s+/).pop()?.toLowerCase() ?? "";
    if (!RELATION_NOUN.has(head) || kit.inQuote(list.phraseStart)) continue;
    const vS = list.phraseStart + text.slice(list.phraseStart, list.phraseEnd).indexOf(phrase);
    for (const member of list.members) kit.add(s, member.entityKey, "relation", vS, vS + phrase.length);
  }

  // "vice president under leftist ex-President Z": a role claim that names the leader it served under
  for (const c of kit.claims) {
    if (c.start !== s.start || c.attribute !== "role") continue;
    const leader = local.find((m) => m.start > c.valueStart && m.end <= c.valueEnd && kit.typeOfKey(m.entityKey) === "person");
    if (!leader) continue;
    const u = UNDER_RE.exec(text.slice(c.valueStart, leader.start));
    if (!u) continue;
    kit.add(s, c.subjectKey, "relation", c.valueStart + u.index, leader.end);
  }
}
