/**
 * States and outcomes of people and things in news prose, in groups whose states exclude each other: in
 * custody or free, in hospital or discharged or dead, convicted or acquitted of a charge, closed or open.
 * Each entry is a regex fragment (lower case) with its group and state, and whether the words are an
 * active verb whose object is the one in that state ("police released X", "the court acquitted him of X").
 * General English news vocabulary; never a story's words.
 */

export type StateEntry = { re: string; group: string; state: string; transitive?: boolean; charge?: boolean };

export const STATE_ENTRIES: StateEntry[] = [
  // custody
  { re: "taken into custody|remanded in custody|in (?:police )?custody|behind bars|under arrest|held without (?:charge|bail)", group: "custody", state: "held" },
  { re: "arrested|detained|apprehended|jailed|imprisoned|locked up", group: "custody", state: "held", transitive: true },
  { re: "released (?:without charge|on bail|from custody|pending (?:further )?(?:inquiries|investigation))|walked free|set free|let go|freed on bail|bailed", group: "custody", state: "free" },
  { re: "released|freed", group: "custody", state: "free", transitive: true },
  // care
  { re: "(?:in|remains? in|remained in) (?:a )?(?:critical|serious|grave|life-threatening) condition|critically (?:ill|injured|hurt)|in intensive care|on life support|fighting for (?:his|her|their) li(?:fe|ves)", group: "care", state: "in hospital" },
  { re: "(?:in|remains? in) (?:a )?stable condition|(?:remains? |still )in hospital|still being treated|(?:was|were|been|being|is|are) (?:being )?hospitali[sz]ed", group: "care", state: "in hospital" },
  { re: "discharged(?: from (?:the )?(?:[\\w'’-]+ ){0,3}hospital)?|released from (?:the )?(?:[\\w'’-]+ ){0,3}hospital|(?:sent|allowed) home|left (?:the )?hospital", group: "care", state: "discharged" },
  { re: "died|was killed|were killed|did not survive|succumbed to (?:his|her|their) injuries|(?:was|were|is|are) dead", group: "care", state: "dead" },
  // verdicts, per charge
  { re: "(?:found|was found|were found) not guilty (?:of|on)|(?:found (?:[\\w'’-]+ ){1,4}not guilty (?:of|on))|acquitted (?:[\\w'’-]+ ){0,4}?(?:of|on)|cleared (?:[\\w'’-]+ ){0,4}?(?:of|on)", group: "verdict", state: "acquitted", charge: true },
  { re: "convicted (?:[\\w'’-]+ ){0,4}?(?:of|on)|found (?:[\\w'’-]+ ){0,4}guilty (?:of|on)|(?:was|were) found guilty (?:of|on)", group: "verdict", state: "convicted", charge: true },
  // operation of places and services
  { re: "closed until further notice|out of service|out of action", group: "operation", state: "closed" },
  { re: "shut down|closed|shut|suspended|halted|stopped|cancel(?:l)?ed|idled", group: "operation", state: "closed", transitive: true },
  { re: "reopened|resumed|remains? open|(?:is|are|was|were) open|still (?:running|operating|open)|(?:is|are) running|in operation", group: "operation", state: "open" },
];

/** Things whose operation news reports: a closed or open state is about one of these. */
export const OPERATED_THINGS = new Set(
  "plant factory site facility mine refinery school schools hospital clinic airport port harbour harbor terminal station line route road roads bridge tunnel border crossing service services sailing sailings flight flights train trains production operations office offices store stores shop shops branch branches restaurant mill warehouse pipeline reactor market exchange court park stadium venue embassy consulate".split(" "),
);

/** Words before a state that deny it: "has not closed", "no longer in custody", "never convicted". */
export const NEGATION_RE = /\b(?:not|n't|never|no longer|neither|nor|without being)\b/;
