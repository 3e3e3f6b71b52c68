import type { TSentence } from "@/lib/schemas/pipeline";
import { sentenceMentions, type ClaimKit } from "./claims-kit";
import { ROLE_NOUNS } from "./lexicon-roles";

/**
 * Roles stated with a copula: "X had been the country's vice-president between 2013 and 2017",
 * "X is a spokeswoman for Y", "X served as interior minister". The role phrase runs from an optional
 * determiner or possessive to the first boundary, and its head must be an office word.
 */
const COPULA_RE = /^\s+(?:(?:had|has|have)\s+been|was|is|were|are|served\s+as|serves\s+as|became|becomes|remains|remained)\s+((?:(?:the|a|an)\s+|[\p{Lu}][\p{L}\p{M}.-]*['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:between|since|from|until|of|for|at|in|under|and|who|when|after|before)\b|[,.;:“”"()]|$)/u;

export function extractCopulaRoles(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  for (const m of sentenceMentions(kit, s)) {
    if (kit.typeOfKey(m.entityKey) !== "person" || kit.inQuote(m.start)) continue;
    const c = COPULA_RE.exec(text.slice(m.end, Math.min(s.end, m.end + 160)));
    if (!c) continue;
    const phrase = c[1];
    const words = phrase.toLowerCase().split(/\s+/);
    const head = words[words.length - 1].replace(/['’]s$/, "");
    if (!ROLE_NOUNS.has(head) && !ROLE_NOUNS.has(head.replace(/^(?:ex|vice|deputy)-/, ""))) continue;
    // "X is the leader of Y": keep the "of Y" complement with the role
    const vS = m.end + c[0].length - phrase.length;
    const of = /^\s+of\s+(?:the\s+)?[\p{L}\p{M}'’ -]{2,60}?(?=\s+(?:between|since|from|until|and|who|when|after|before)\b|[,.;:“”"()]|$)/u.exec(text.slice(vS + phrase.length, s.end));
    kit.add(s, m.entityKey, "role", vS, vS + phrase.length + (of ? of[0].length : 0));
  }
}
