import type { TSentence } from "@/lib/schemas/pipeline";
import { coordinatedSubjects } from "./action-subjects";
import { sentenceClaims, sentenceMentions, type ClaimKit } from "../claims-kit";

/** "X (and Y) did not immediately respond to a request for comment": the stock no-comment line of news copy. */
const NO_COMMENT_RE =
  /\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not|declined\s+to|failed\s+to)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:(?:a|an|our|multiple|several|repeated|emailed|written)\s+)*requests?\s+for\s+comments?\b/g;
/** "X remained under heavy police guard": a place or body kept under guard. Group 1: the state. */
const GUARD_RE =
  /\b(?:remained|remains|was|is|were|are|stayed|stays|has\s+been|had\s+been)\s+(under\s+(?:(?:heavy|tight|armed|constant|round-the-clock)\s+)?(?:(?:police|military|army|armed)\s+)?(?:guard|protection|surveillance|siege|lockdown))\b/g;
/** "X was physically attacked during the arrest": harm done to a person. Group 1: the harm with its adverb and setting. */
const HARM_RE =
  /\b(?:was|were|had\s+been|has\s+been)\s+((?:(?:physically|violently|brutally|seriously|badly|fatally|severely)\s+)?(attacked|assaulted|beaten|injured|wounded|hurt|shot|stabbed|killed|kidnapped|abducted|threatened|harassed)(?:\s+(?:during|in|at)\s+(?:the|a|an)\s+[\p{Ll}-]+)?)\b/gu;
/** "<Person>'s assassination": an event that befell the person. */
const EVENT_NOUN_RE = /^['’]s\s+(assassination|murder|killing|death|kidnapping|abduction|disappearance)\b/;
/** "X, on his official <Platform> account, said": the channel a person spoke through, set off after the name. */
const CHANNEL_RE =
  /^,\s+(on\s+(?:his|her|their|its)\s+(?:(?:official|personal|verified)\s+)?(?:[\p{Lu}][\p{L}\p{M}]*|social\s+media)\s+(?:account|page|feed|channel))\s*,/u;
/** "… taken to X in an armored vehicle followed by a convoy of …": how a moved person was moved. */
const CONVEYANCE_RE =
  /^\s+(in\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:vehicle|car|van|truck|helicopter|plane|aircraft|ambulance|convoy|motorcade|boat)(?:\s+(?:followed|escorted|accompanied)\s+by\s+[^,;.“”"]{2,80})?)/u;

/**
 * Facts news copy states in stock forms that fit no other attribute ("other" claims): no response to a request
 * for comment, being under guard, harm done to a person, an event befalling a person, how a person was moved,
 * the account a person spoke through.
 */
export function extractOtherEvents(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sentenceMentions(kit, s);
  const isPerson = (k: string | null) => k !== null && kit.typeOfKey(k) === "person";
  let m: RegExpExecArray | null;

  NO_COMMENT_RE.lastIndex = 0;
  while ((m = NO_COMMENT_RE.exec(st))) {
    const pos = s.start + m.index;
    if (kit.inQuote(pos)) continue;
    const pair = coordinatedSubjects(kit, pos, s).map((x) => x.entityKey);
    const subjects = pair.length ? pair : [kit.subjectNear(pos, s.start, false)];
    for (const key of subjects) kit.add(s, key, "other", pos, pos + m[0].length, "no response to request for comment");
  }

  GUARD_RE.lastIndex = 0;
  while ((m = GUARD_RE.exec(st))) {
    const pos = s.start + m.index;
    const vS = pos + m[0].length - m[1].length;
    if (!kit.inQuote(pos)) kit.add(s, kit.subjectNear(pos, s.start, false), "other", vS, vS + m[1].length);
  }

  HARM_RE.lastIndex = 0;
  while ((m = HARM_RE.exec(st))) {
    const pos = s.start + m.index;
    const vS = pos + m[0].length - m[1].length;
    const who = kit.subjectNear(pos, s.start, true);
    if (isPerson(who) && !kit.inQuote(pos)) kit.add(s, who, "other", vS, vS + m[1].length, m[2].toLowerCase());
  }

  for (const x of local) {
    if (!isPerson(x.entityKey)) continue;
    const ch = CHANNEL_RE.exec(text.slice(x.end, s.end));
    if (ch) kit.add(s, x.entityKey, "other", x.end + ch[0].indexOf(ch[1]), x.end + ch[0].indexOf(ch[1]) + ch[1].length);
    const ev = EVENT_NOUN_RE.exec(text.slice(x.end, s.end));
    if (!ev) continue;
    const vS = x.end + ev[0].length - ev[1].length;
    if (!kit.inQuote(vS)) kit.add(s, x.entityKey, "other", vS, vS + ev[1].length);
  }

  for (const c of sentenceClaims(kit, s)) {
    if (c.attribute !== "location" || !isPerson(c.subjectKey)) continue;
    const cv = CONVEYANCE_RE.exec(text.slice(c.valueEnd, s.end));
    if (!cv) continue;
    const vS = c.valueEnd + cv[0].length - cv[1].length;
    kit.add(s, c.subjectKey, "other", vS, vS + cv[1].length);
  }
}
