import type { TSentence } from "@/lib/schemas/pipeline";
import { phraseSubject, type ClaimKit } from "../claims-kit";
import { normalizeValue } from "../claims-normalize";

/** "arrested twice", "elected three times": group 1 the event verb, 2 how often. */
const COUNT_RE = /\b(convicted|arrested|sentenced|jailed|charged|detained|elected|re-elected|impeached|indicted|tried|deported|fined|married|injured|wounded|nominated|investigated)\s+(once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times)\b/gi;

/** How often something happened to someone, normalised as "<verb> <count>" so outlets' wordings compare. */
export function extractCounts(kit: ClaimKit, s: TSentence): void {
  const st = kit.text.slice(s.start, s.end);
  COUNT_RE.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = COUNT_RE.exec(st))) {
    const pos = s.start + c.index;
    if (kit.inQuote(pos)) continue;
    const subj = phraseSubject(kit, pos, s);
    kit.add(s, subj, "count", pos, pos + c[0].length, `${c[1].toLowerCase()} ${normalizeValue(c[2])}`);
  }
}
