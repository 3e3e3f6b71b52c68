import type { TSentence } from "@/lib/schemas/pipeline";
import { sentenceMentions, type ClaimKit } from "../claims-kit";

/**
 * "a maximum-security prison in <Place> known as <Name>": the name's description (a role claim: what it is)
 * and, when the description carries "in <Place>", where it is. Group 1: the description, 2: "in <…>".
 */
const KNOWN_AS_RE = /\b(?:a|an|the)\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*)(\s+in\s+[^,;.“”"]{2,40}?)?,?\s+(?:known|also\s+known|referred\s+to)\s+as\s+(?=[\p{Lu}“"])/gu;
/** What every match holds: tested first, since the full pattern tries every article of every sentence. */
const KNOWN_AS_HINT = /\b(?:known|referred\s+to)\s+as\s/;

export function extractKnownAs(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  if (!KNOWN_AS_HINT.test(st)) return;
  const local = sentenceMentions(kit, s);
  KNOWN_AS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KNOWN_AS_RE.exec(st))) {
    const at = s.start + m.index + m[0].length;
    const name = local.find((x) => x.start === at || (x.start === at + 1 && /[“"]/.test(text[at])));
    if (!name || kit.typeOfKey(name.entityKey) === "person") continue;
    const dS = s.start + m.index + m[0].indexOf(m[1]);
    if (kit.inQuote(dS)) continue;
    kit.add(s, name.entityKey, "role", dS, dS + m[1].length);
    if (!m[2]) continue;
    const inStart = dS + m[1].length + m[2].indexOf("in") + 3;
    const place = local.find((x) => x.start >= inStart && x.end <= inStart + m![2].length && kit.typeOfKey(x.entityKey) === "place");
    if (place && place.start === inStart) kit.add(s, name.entityKey, "location", place.start, place.end);
  }
}
