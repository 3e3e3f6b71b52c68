import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { sentenceMentions, type ClaimKit } from "./claims-kit";

/**
 * Two circumstances news reports state in set phrases (attribute "other"): a party that gave no
 * comment ("X and Y did not immediately respond to a request for comment", "X declined to comment")
 * and a place or person under guard ("X remained under heavy police guard").
 */
const NO_COMMENT_RE = /\b((?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a|an|multiple|several|repeated)?\s*(?:requests?|emails?|calls?|messages?)\s+for\s+comment|(?:declined|refused)\s+to\s+comment|could\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+comment)/gi;
const GUARD_RE = /\b((?:remained|remains|was|were|is|are|stayed|stays)\s+under\s+(?:heavy\s+|tight\s+|armed\s+)?(?:police\s+|military\s+|armed\s+|security\s+|army\s+)?guard)\b/gi;
/** The channel a person speaks through: "X, on his official <platform> account, said". */
const ACCOUNT_RE = /\b(on\s+(?:his|her|their|its)\s+(?:official\s+|personal\s+|verified\s+)?([\p{L}\p{N}]+(?:\s+\([^)]{1,30}\))?)\s+account)\b/gu;
/** What joins two names of one subject: a comma or "and", and perhaps a possessor ("and Y's"). */
const JOIN = /^(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:[\p{Lu}][\p{L}\p{M}-]*['’]s\s+)?$/u;

/** The names coordinated with `last` before it: "X and Y", "X, Y and Z" (possessors skipped). */
function coordinated(local: TMention[], text: string, last: TMention): TMention[] {
  const run = [last];
  for (let i = local.indexOf(last) - 1; i >= 0; i--) {
    const m = local[i];
    if (/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) continue; // a possessor ("Y's Ministry")
    if (!JOIN.test(text.slice(m.end, run[0].start))) break;
    run.unshift(m);
  }
  return run;
}

export function extractCircumstances(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  if (!/comment|guard|account/.test(st)) return;
  const local = sentenceMentions(kit, s);
  ACCOUNT_RE.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = ACCOUNT_RE.exec(st))) {
    const pos = s.start + a.index;
    if (kit.inQuote(pos)) continue;
    // the person the phrase is set off after: "X, on his … account,"
    const owner = [...local].reverse().find((m) => m.end <= pos && /^,?\s*$/.test(text.slice(m.end, pos)));
    if (owner && kit.typeOfKey(owner.entityKey) === "person") kit.add(s, owner.entityKey, "other", pos, pos + a[1].length, `via ${a[2].toLowerCase()} account`);
  }
  for (const [re, norm] of [[NO_COMMENT_RE, "no comment"], [GUARD_RE, "under guard"]] as const) {
    re.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = re.exec(st))) {
      const pos = s.start + c.index;
      if (kit.inQuote(pos)) continue;
      const key = kit.subjectNear(pos, s.start, false);
      const last = key === null ? undefined : [...local].reverse().find((m) => m.entityKey === key && m.end <= pos);
      if (!last) continue;
      for (const subject of coordinated(local, text, last)) kit.add(s, subject.entityKey, "other", pos, pos + c[1].length, norm);
    }
  }
}
