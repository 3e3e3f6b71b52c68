import type { TSentence } from "@/lib/schemas/pipeline";
import { coordinatedSubject, sentenceMentions, type ClaimKit } from "./claims-kit";

/**
 * Legal and official status beyond arrests and sentences: removal from a post ("was relieved of his
 * duties", "was removed from office"), charges brought against someone, and investigations of
 * allegations against someone. The person is the clause's subject, or the one "him"/"her" names.
 */
const REMOVAL_RE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:(?:also|later|then|subsequently|formally|eventually|quickly)\s+)*(relieved\s+of\s+(?:his|her|their)\s+(?:duties|post|position|command)|removed\s+from\s+(?:office|power|(?:his|her|their)\s+(?:post|position|seat))|stripped\s+of\s+(?:his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|impeached|ousted|suspended\s+from\s+(?:office|duty|(?:his|her|their)\s+(?:post|position|duties)))/gu;
const CHARGES_RE = /\b((?:[\p{Ll}-]+\s+)?(?:charges|allegations|accusations))\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:levelled|leveled|brought|filed|laid|pressed|made)\s+against\s+(him|her|them|(?=\p{Lu}))/gu;
const INQUIRY_RE = /\b((?:investigating|probing|examining|looking\s+into)\s+(?:(?:more|new|further|other|fresh|the)\s+)?(?:allegations|accusations|claims|charges|complaints)\s+against\s+)(him|her|them|(?=\p{Lu}))/gu;

const NORM: Array<[RegExp, string]> = [
  [/^relieved/, "relieved of duties"],
  [/^removed/, "removed from office"],
  [/^stripped/, "stripped of office"],
  [/^impeached/, "impeached"],
  [/^ousted/, "ousted"],
  [/^suspended/, "suspended from office"],
];

/** A cheap test for any of the phrases above, before the patterns run. */
const ANY_LEGAL_RE = /relieved|removed|stripped|impeached|ousted|suspended|charges|allegations|accusations|complaints|claims\s+against|investigating|probing|examining|looking\s+into/;

export function extractLegalStatus(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  if (!ANY_LEGAL_RE.test(st)) return;
  const local = sentenceMentions(kit, s);
  const isPerson = (key: string | null): key is string => key !== null && kit.typeOfKey(key) === "person";
  /** Who "him"/"her" or a name right after "against" points at. */
  const target = (pos: number, pronoun: string): string | null => {
    if (pronoun) return kit.recentPerson(pos);
    const named = local.find((m) => m.start === pos);
    return named && isPerson(named.entityKey) ? named.entityKey : null;
  };

  REMOVAL_RE.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = REMOVAL_RE.exec(st))) {
    const pos = s.start + r.index;
    if (kit.inQuote(pos)) continue;
    const subj = kit.subjectNear(pos, s.start, true) ?? coordinatedSubject(kit, pos, s);
    if (!isPerson(subj)) continue;
    const vS = pos + r[0].length - r[1].length;
    kit.add(s, subj, "legal_status", vS, vS + r[1].length, NORM.find(([re]) => re.test(r![1]))?.[1]);
  }
  for (const [re, norm] of [[CHARGES_RE, "charged"], [INQUIRY_RE, "under investigation"]] as const) {
    re.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = re.exec(st))) {
      const pos = s.start + c.index;
      if (kit.inQuote(pos)) continue;
      const targetAt = pos + c[0].length;
      const who = target(targetAt, c[2]);
      if (!who) continue;
      const end = c[2] ? targetAt : local.find((m) => m.start === targetAt)!.end;
      kit.add(s, who, "legal_status", pos, end, norm);
    }
  }
}
