import type { TSentence } from "@/lib/schemas/pipeline";
import { phraseSubject, sentenceClaims, type ClaimKit } from "../claims-kit";
import { MONTHS } from "../../../lexicons/roles";

const MONTH_ALT = [...MONTHS].map((m) => m[0].toUpperCase() + m.slice(1)).join("|");
const NUM_WORD = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|few|a couple of";
const PERIOD = "(?:hours?|days?|weeks?|months?|years?|decades?)";
const YEARISH = `(?:(?:${MONTH_ALT})\\.?(?:\\s+\\d{1,2},?)?(?:\\s+\\d{4})?|\\d{4})`;

/** "between 2013 and 2017", "from 2001 to 2005", "since last year", "over the past two decades", "for three years". */
const TIME_RES: RegExp[] = [
  new RegExp(`\\bbetween\\s+${YEARISH}\\s+and\\s+${YEARISH}`, "g"),
  new RegExp(`\\bfrom\\s+\\d{4}\\s+(?:to|until|till)\\s+\\d{4}`, "g"),
  new RegExp(`\\bsince\\s+(?:${YEARISH}|(?:last\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\\s+(?:year|month|week|${MONTH_ALT}))`, "g"),
  new RegExp(`\\b(?:over|in|during|for)\\s+the\\s+(?:last|past)\\s+(?:(?:${NUM_WORD})\\s+)?${PERIOD}`, "g"),
  new RegExp(`\\bfor\\s+(?:${NUM_WORD})\\s+${PERIOD}`, "g"),
];

/** Time spans outside quotations, each pattern over the whole sentence in turn. */
export function extractTimeSpans(kit: ClaimKit, s: TSentence): void {
  const st = kit.text.slice(s.start, s.end);
  for (const re of TIME_RES) {
    re.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = re.exec(st))) {
      const pos = s.start + t.index;
      if (kit.inQuote(pos)) continue;
      // a period that closes a role appositive belongs to that person ("X, the former minister between 2013 and 2017")
      const ap = sentenceClaims(kit, s).find((c) => (c.attribute === "role" || c.attribute === "relation") && pos - c.valueEnd >= 0 && pos - c.valueEnd <= 1);
      const subj = ap ? ap.subjectKey : phraseSubject(kit, pos, s);
      kit.add(s, subj, "time_span", pos, pos + t[0].length);
    }
  }
}
