import type { TSentence } from "@/lib/schemas/pipeline";
import { sentenceMentions, type ClaimKit } from "./claims-kit";

/**
 * What a name is, where the writer introduces it by description: "a maximum-security prison in Y
 * known as Z" says Z is a maximum-security prison (its role) and lies in Y (its location).
 */
const KNOWN_AS_RE = /\b(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?:\s+(?:in|near|outside)\s+([^,.;“”"]{2,40}?))?,?\s+(?:known\s+as|called|nicknamed|dubbed)\s+[“"]?/gu;

export function extractKnownAs(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  if (!/known\s+as|called|nicknamed|dubbed/.test(st)) return;
  const local = sentenceMentions(kit, s);
  KNOWN_AS_RE.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = KNOWN_AS_RE.exec(st))) {
    const pos = s.start + k.index;
    if (kit.inQuote(pos)) continue;
    const named = local.find((m) => m.start === pos + k![0].length);
    if (!named) continue;
    const descStart = pos + k[0].indexOf(k[1]);
    kit.add(s, named.entityKey, "role", descStart, descStart + k[1].length);
    if (k[2]) {
      const placeStart = pos + k[0].indexOf(k[2], k[1].length);
      const place = local.find((m) => m.start === placeStart && kit.typeOfKey(m.entityKey) === "place");
      if (place) kit.add(s, named.entityKey, "location", place.start, place.end);
    }
  }
}
