import type { TSentence } from "@/lib/schemas/pipeline";
import { sentenceMentions, type ClaimKit } from "../claims-kit";
import { ORG_HEADS } from "../../../lexicons/roles";

/** "the <organisation noun> in (the capital, )<Place>": group 1 the noun, 2 the printed place phrase before the name. */
const ORG_IN_RE = /\bthe\s+([\p{Ll}]+)\s+in\s+((?:the\s+(?:capital|city|town|port\s+city|port|province|region|state)(?:\s+of)?,?\s+)?)(?=[\p{Lu}])/gu;

/**
 * Where an organisation referred back to by its head noun stands: "protesters marched on the ministry in
 * the capital, <City>" → the ministry (the last organisation named with that noun) is in "the capital, <City>".
 */
export function extractOrgLocations(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sentenceMentions(kit, s);
  ORG_IN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_IN_RE.exec(st))) {
    const noun = m[1];
    if (!ORG_HEADS.has(noun)) continue;
    const vS = s.start + m.index + m[0].length - m[2].length;
    if (kit.inQuote(vS)) continue;
    const place = local.find((x) => x.start === vS + m![2].length && kit.typeOfKey(x.entityKey) === "place");
    if (!place) continue;
    // the organisation: the last one named before, whose name holds the noun
    const org = kit.outside.findLast(
      (x) => x.end <= s.start + m!.index && kit.typeOfKey(x.entityKey) === "organization" && new RegExp(`\\b${noun}\\b`, "i").test(x.text),
    );
    if (org) kit.add(s, org.entityKey, "location", vS, place.end);
  }
}
