/**
 * General English lexicon: classes of reported events by the words that name them, so that two reports of
 * one event in different words ("suffered injuries" / "was physically attacked") can be recognised.
 * Only unambiguous event words; words naming the setting of an event (raid, arrest) belong to no class.
 */
const EVENT_CLASSES: ReadonlyArray<[string, RegExp]> = [
  ["harm", /^(?:injur(?:e|ed|es|ing|y|ies)|hurt(?:s|ing)?|wound(?:s|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|beaten|beatings?|manhandl(?:e|ed|es|ing)|punch(?:ed|es|ing)|bruis(?:e|ed|es|ing)|batter(?:ed|ing))$/],
  ["death", /^(?:kill(?:s|ed|ing|ings)?|dead|died|dies|deaths?|slain|murder(?:s|ed|ing)?|assassinat(?:e|ed|es|ion))$/],
];

/** The event classes a text's words name. */
export function eventClasses(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w) continue;
    for (const [cls, re] of EVENT_CLASSES) if (re.test(w)) out.add(cls);
  }
  return out;
}
