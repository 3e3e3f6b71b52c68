import type { TSentence } from "@/lib/schemas/pipeline";
import { sentenceMentions, type ClaimKit } from "../claims-kit";
import { normalizeValue } from "../claims-normalize";

/** Participles of acts whose doer a reduced relative names in a by-phrase: "the election, won by X". */
const PARTICIPLES: Record<string, string> = {
  won: "win", led: "lead", founded: "found", headed: "head", ordered: "order", signed: "sign", organised: "organise",
  organized: "organize", called: "call", launched: "launch", brokered: "broker", vetoed: "veto", approved: "approve",
};
const AGENT_RE = new RegExp(`,\\s+(${Object.keys(PARTICIPLES).join("|")})\\s+by\\s+`, "g");
/** Only role words (and the names inside them) may stand between "by" and the doer: "by Ruritanian President X". */
const ROLE_GAP_RE = /^(?:(?:former|ex-\S+|then|acting|[\p{Lu}][\p{L}\p{M}'’-]*|vice|president|minister|prime|leader)\s+)*$/u;
/** The noun phrase the relative clause hangs on: back to a preposition, verb or clause boundary. */
const HOST_NP_RE = /(?:^|\b(?:about|of|on|in|at|for|over|after|before|from|to|with|against|by)\s+|[,;:]\s+)((?:the\s+|a\s+|an\s+)?[\p{L}\p{M}\p{N}'’-]+(?:\s+[\p{L}\p{M}\p{N}'’-]+){0,4})$/u;

/**
 * "last year's election, won by Ruritanian President X": the by-phrase of a reduced passive relative names
 * who did the act. The value is the participle; the normal form is the act and the host noun phrase.
 */
export function extractPassiveAgents(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sentenceMentions(kit, s);
  AGENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGENT_RE.exec(st))) {
    const vS = s.start + m.index + m[0].indexOf(m[1]);
    if (kit.inQuote(vS)) continue;
    const after = s.start + m.index + m[0].length;
    const cands = local.filter((x) => x.start >= after && x.start - after <= 60 && ROLE_GAP_RE.test(text.slice(after, x.start)));
    // a person is named last in its noun phrase: a country or organisation before it is a pre-modifier
    const agent = cands.find((x) => kit.typeOfKey(x.entityKey) === "person") ?? (cands[0]?.start === after ? cands[0] : undefined);
    if (!agent) continue;
    const host = HOST_NP_RE.exec(st.slice(Math.max(0, m.index - 60), m.index));
    if (!host) continue;
    kit.add(s, agent.entityKey, "action", vS, vS + m[1].length, `${PARTICIPLES[m[1]]} ${normalizeValue(host[1])}`);
  }
}
