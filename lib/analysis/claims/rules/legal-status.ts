import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { legalSubjectFallback } from "./accusations";
import type { ClaimKit } from "../claims-kit";

/** "was (later) convicted", "were taken into custody", "had been stripped of his …": group 1 the legal status. */
const LEGAL_PASSIVE_RE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:(?:also|later|then|reportedly|allegedly|previously|already|subsequently|formally|eventually)\s+)*[“"]?(convicted|sentenced(?:\s+to\s+(?:\d+\s+years(?:\s+in\s+prison)?|life(?:\s+in\s+prison)?|death|imprisonment|prison))?|arrested|detained|charged|indicted|jailed|imprisoned|released|extradited|acquitted|pardoned|granted\s+(?:(?:political|diplomatic|temporary|conditional)\s+)?(?:asylum|bail|parole|a\s+pardon|clemency|amnesty|citizenship|immunity|residency|refugee\s+status)|held|taken\s+into\s+custody|relieved\s+of\s+(?:his|her|their)\s+(?:duties|post|position|command)|removed\s+from\s+(?:office|power)|stripped\s+of\s+(?:his|her|their)\s+[\p{Ll}]+|impeached|ousted)\b/gu;
/** A sentence opening with a participle ("Arrested in 2019, X …"): the status of the person after the comma. */
const LEGAL_FRONTED_RE = /^(Convicted|Arrested|Sentenced|Detained|Charged|Indicted|Jailed|Acquitted|Released)\b/;

/** One form per status, so that "held" and "taken into custody" compare as "detained". */
function legalNorm(v: string): string {
  const s = v.toLowerCase().replace(/\s+/g, " ");
  if (s.startsWith("granted")) return s.replace(/^granted (?:a |an )?(?:(?:political|diplomatic|temporary|conditional) )?/, "granted ");
  if (s.startsWith("taken into custody") || s === "held") return "detained";
  if (s === "jailed" || s === "imprisoned") return "imprisoned";
  return s;
}

/** Legal passives of a person: the verb's clause subject, else the subject of the verb it is coordinated with. */
export function extractLegalPassives(kit: ClaimKit, s: TSentence): void {
  const st = kit.text.slice(s.start, s.end);
  LEGAL_PASSIVE_RE.lastIndex = 0;
  let l: RegExpExecArray | null;
  while ((l = LEGAL_PASSIVE_RE.exec(st))) {
    const vS = s.start + l.index + l[0].length - l[1].length;
    const subj = kit.subjectNear(s.start + l.index, s.start, true) ?? legalSubjectFallback(kit, s.start + l.index, s);
    if (subj && kit.typeOfKey(subj) === "person") kit.add(s, subj, "legal_status", vS, vS + l[1].length, legalNorm(l[1]));
  }
}

/** "Convicted in 2019, X …": the fronted participle is the status of the first person after the comma. */
export function extractFrontedLegalStatus(kit: ClaimKit, s: TSentence, persons: TMention[]): void {
  const st = kit.text.slice(s.start, s.end);
  const fr = LEGAL_FRONTED_RE.exec(st);
  if (!fr) return;
  const comma = st.indexOf(",");
  const subj = comma > 0 ? persons.find((m) => m.start > s.start + comma) : undefined;
  if (subj) kit.add(s, subj.entityKey, "legal_status", s.start, s.start + fr[1].length, legalNorm(fr[1]));
}
