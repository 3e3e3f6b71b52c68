/**
 * What news prose says happened, as classes of predicates: the verbs, nouns and set phrases outlets use for
 * the same event or measure ("died", "were killed", "the death toll" -> dead; "cut", "axed", "eliminate",
 * "layoffs" -> cut). A fact's predicate class is what lines it up with other outlets' facts. General
 * English news vocabulary: disasters, crime and courts, business, politics, sport, health.
 */

export type PredicateClass = {
  id: string;
  /** How a fact of this class is named in a row label: "{head} dead". */
  label: string;
  /** The people counted are those it happened to: a count with no noun counts people ("31 were hospitalised"). */
  humanPatient?: boolean;
  /** A lasting state: "still missing" is the same measure as "missing". */
  lasting?: boolean;
};

const C = (id: string, label: string, extra: Partial<PredicateClass> = {}): PredicateClass => ({ id, label, ...extra });

export const PREDICATE_CLASSES: Record<string, PredicateClass> = Object.fromEntries(
  [
    C("dead", "dead", { humanPatient: true, lasting: true }),
    C("injured", "injured", { humanPatient: true, lasting: true }),
    C("missing", "missing", { humanPatient: true, lasting: true }),
    C("hospitalised", "in hospital", { humanPatient: true }),
    C("sick", "sickened", { humanPatient: true, lasting: true }),
    C("rescued", "rescued", { humanPatient: true }),
    C("evacuated", "evacuated", { humanPatient: true }),
    C("arrested", "arrested", { humanPatient: true }),
    C("charged", "charged", { humanPatient: true }),
    C("affected", "affected", { humanPatient: true }),
    C("aboard", "on board", { humanPatient: true, lasting: true }),
    C("protest", "protesting", { humanPatient: true }),
    C("oppose", "opposed", { humanPatient: true, lasting: true }),
    C("support", "in favour", { humanPatient: true, lasting: true }),
    C("cut", "cut"),
    C("create", "created"),
    C("employ", "employed", { lasting: true }),
    C("pay", "paid"),
    C("cost", "cost"),
    C("worth", "worth"),
    C("contribute", "contributed"),
    C("receive", "received"),
    C("earn", "earned"),
    C("sentenced", "sentence"),
    C("sought", "sought"),
    C("fined", "fined"),
    C("vote", "vote"),
    C("score", "scored"),
    C("fall", "fell"),
    C("rise", "rose"),
    C("recall", "recalled"),
    C("capsize", "capsized"),
    C("collapse", "collapsed"),
    C("crash", "crashed"),
    C("explode", "exploded"),
    C("burn", "burned"),
    C("strike", "struck"),
    C("flood", "flooded"),
    C("announce", "announced"),
    C("agree", "agreed"),
    C("sign", "signed"),
    C("plead", "pleaded"),
    C("confirm", "confirmed"),
    C("approve", "approved"),
    C("reject", "rejected"),
    C("open", "opened"),
    C("close", "closed"),
    C("resign", "resigned"),
    C("appoint", "appointed"),
    C("dismiss", "dismissed"),
    C("lead", "led"),
    C("convict", "convicted"),
    C("acquit", "acquitted"),
    C("appeal", "appealed"),
    C("relocate", "moved"),
    C("hold", "holds"),
    C("build", "built"),
    C("win", "won"),
    C("lose", "lost"),
    C("elect", "elected"),
    C("test", "tested"),
    C("deploy", "deployed"),
  ].map((c) => [c.id, c]),
);

/** Regular verb forms: base, -s, -ed, -ing, with the usual spelling changes. */
function verb(base: string, irregular = ""): string[] {
  const forms = new Set<string>([base]);
  const stemE = base.endsWith("e") ? base.slice(0, -1) : base;
  const double = /[^aeiou][aeiou][bdgklmnprt]$/.test(base) && base.length <= 4 ? base + base.slice(-1) : base;
  forms.add(/(?:s|sh|ch|x|z)$/.test(base) ? base + "es" : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + "ies" : base + "s");
  forms.add(/[^aeiou]y$/.test(base) ? base.slice(0, -1) + "ied" : base.endsWith("e") ? base + "d" : double + "ed");
  forms.add(base.endsWith("ie") ? base.slice(0, -2) + "ying" : base.endsWith("ee") ? base + "ing" : (base.endsWith("e") ? stemE : double) + "ing");
  for (const f of irregular.split(" ").filter(Boolean)) forms.add(f);
  return [...forms];
}

/** Single words of each class (verb forms, nouns, adjectives). A word may belong to more than one class. */
const WORDS: Record<string, string[]> = {
  dead: [...verb("die", "dead dying"), "death", "deaths", "toll", "fatality", "fatalities", "fatal", ...verb("kill"), ...verb("perish"), "bodies", "drowned", "killings"],
  injured: [...verb("injure"), "injury", "injuries", "hurt", ...verb("wound")],
  missing: ["missing", "unaccounted"],
  hospitalised: [...verb("hospitalise"), ...verb("hospitalize"), "hospitalisation", "hospitalization", "treated", "hospital"],
  sick: [...verb("sicken"), "ill", "sick", "illness", "illnesses", "infected", "infections", "sickened", "cases"],
  rescued: [...verb("rescue"), "saved", "survivors"],
  evacuated: [...verb("evacuate"), "evacuation", "evacuees", "displaced", "homeless", "fled", "flee", "flees", "fleeing"],
  arrested: [...verb("arrest"), ...verb("detain"), "detention", "custody", ...verb("apprehend")],
  charged: [...verb("charge"), ...verb("indict"), "indictment"],
  affected: [...verb("affect")],
  aboard: ["aboard", "carrying", "carried", "carries", "carry"],
  protest: [...verb("protest"), "protesters", "protestors", ...verb("demonstrate"), "demonstrators", ...verb("rally"), ...verb("march")],
  oppose: [...verb("oppose"), "opposition", "against"],
  support: ["favour", "favor", "favoured", "favored", ...verb("back"), "backing"],
  cut: [...verb("cut", "cut cutting"), ...verb("eliminate"), ...verb("axe"), ...verb("ax"), ...verb("slash"), ...verb("shed", "shed shedding"), "layoffs", "layoff", "redundancies", "redundancy", "losses", ...verb("reduce"), "reduction", "reductions"],
  create: [...verb("create"), ...verb("bring", "brought"), ...verb("generate"), ...verb("add"), ...verb("promise"), ...verb("hire"), "creation"],
  employ: [...verb("employ"), "workforce", "staff", "employees", "headcount"],
  pay: [...verb("pay", "paid"), "fee", "fees", "price", "outlay", ...verb("spend", "spent"), "bid", "offer", ...verb("buy", "bought"), ...verb("sell", "sold"), ...verb("acquire"), "transfer"],
  cost: [...verb("cost", "cost costing"), "budget", "bill"],
  worth: ["worth", "valued", "valuation", "value"],
  contribute: [...verb("contribute"), "contribution", ...verb("pledge"), ...verb("donate"), "donation", ...verb("invest"), "investment", ...verb("fund"), "funding", ...verb("provide"), ...verb("grant"), ...verb("give", "gave given"), "subsidy", ...verb("lend", "lent"), "loan"],
  receive: [...verb("accept"), ...verb("receive"), ...verb("take", "took taken"), ...verb("pocket"), ...verb("get", "got gotten"), "bribes", "bribe"],
  earn: [...verb("earn"), "salary", "wage", "wages", "pay"],
  sentenced: [...verb("sentence"), ...verb("jail"), ...verb("imprison"), "imprisonment", "prison", "term", "serving"],
  sought: [...verb("seek", "sought"), ...verb("demand"), ...verb("request")],
  fined: [...verb("fine"), "penalty"],
  vote: [...verb("vote"), "ballot", "ballots", "votes"],
  score: [...verb("score"), "goals", "goal", ...verb("net")],
  fall: [...verb("fall", "fell fallen"), ...verb("drop"), ...verb("decline"), ...verb("slump"), ...verb("plunge"), ...verb("tumble"), ...verb("slide", "slid"), "lower", "down"],
  rise: [...verb("rise", "rose risen"), ...verb("climb"), ...verb("increase"), ...verb("gain"), ...verb("jump"), ...verb("surge"), ...verb("soar"), "higher", "up"],
  recall: [...verb("recall")],
  capsize: [...verb("capsize"), ...verb("overturn"), "sank", "sunk", ...verb("sink"), ...verb("flip")],
  collapse: [...verb("collapse"), "collapsed"],
  crash: [...verb("crash"), ...verb("derail"), ...verb("collide"), "collision"],
  explode: [...verb("explode"), "explosion", "blast"],
  burn: [...verb("burn", "burnt"), "blaze", "wildfire"],
  strike: ["struck", "hit", ...verb("shake", "shook shaken"), ...verb("jolt"), "earthquake", "quake"],
  flood: [...verb("flood"), "flooding", "inundated", ...verb("overflow")],
  announce: [...verb("announce"), "announcement", ...verb("unveil"), ...verb("disclose")],
  agree: [...verb("agree"), "agreement"],
  sign: [...verb("sign"), ...verb("complete"), ...verb("join"), "signing", "deal", "contract"],
  plead: [...verb("plead", "pled"), "plea", ...verb("admit")],
  confirm: [...verb("confirm"), "confirmation"],
  approve: [...verb("approve"), "approval", ...verb("pass"), ...verb("adopt"), ...verb("endorse")],
  reject: [...verb("reject"), "rejection", ...verb("block")],
  open: ["open", "opens", "opened", "opening", "reopen", "reopens", "reopened", "reopening", ...verb("launch"), ...verb("begin", "began begun"), ...verb("start"), ...verb("resume"), "running", "operating", "operational"],
  close: [...verb("close"), ...verb("shut", "shut shutting"), ...verb("suspend"), "suspension", ...verb("halt"), ...verb("cancel", "cancelled cancelling"), ...verb("stop"), "idled", "closure"],
  resign: [...verb("resign"), "resignation", "quit", "quits", "departure", ...verb("depart")],
  appoint: [...verb("appoint"), "appointment", ...verb("name"), ...verb("install"), "chosen", ...verb("pick")],
  // "fire" alone is mostly the noun (a blaze); only the participles mean dismissal
  dismiss: ["fired", "firing", ...verb("sack"), ...verb("dismiss"), ...verb("oust")],
  lead: [...verb("lead", "led"), ...verb("run", "ran running"), ...verb("head"), ...verb("chair")],
  convict: [...verb("convict"), "conviction", "guilty"],
  acquit: [...verb("acquit", "acquitted acquitting"), "acquittal", "cleared"],
  appeal: [...verb("appeal")],
  relocate: [...verb("relocate"), "relocation", ...verb("move"), ...verb("leave", "left")],
  hold: ["holds", "holding", "capacity", "seats", "seat", "seater"],
  build: [...verb("build", "built"), "construction"],
  win: ["won", "win", "wins", "winning", ...verb("beat", "beaten"), ...verb("defeat")],
  lose: ["lost", "lose", "loses", "losing"],
  elect: [...verb("elect"), "election", "re-elected"],
  test: ["tested", "positive", "testing"],
  deploy: [...verb("deploy"), "deployment", "sent", "dispatched"],
};

/** Set phrases of more than one word, matched on the lower-cased sentence. */
const PHRASES: Array<[string, string]> = [
  ["lost (?:their|his|her) li(?:fe|ves)", "dead"],
  ["death toll", "dead"],
  ["unaccounted for", "missing"],
  ["(?:taken|admitted|rushed|airlifted|flown|brought|sent|transferred) to (?:a |the )?(?:[\\w'’-]+ ){0,3}hospitals?", "hospitalised"],
  ["(?:treated|kept|remain(?:s|ed)?|still) (?:in|at) (?:a |the )?(?:[\\w'’-]+ ){0,3}hospitals?", "hospitalised"],
  ["in hospital", "hospitalised"],
  ["hospital treatment", "hospitalised"],
  ["(?:fell|fallen|fall|falls|falling) ill", "sick"],
  ["(?:pulled|plucked|hauled|lifted) (?:[\\w'’-]+ ){0,3}(?:from|out of) the (?:water|sea|river|rubble|wreckage)", "rescued"],
  ["taken into custody", "arrested"],
  ["in custody", "arrested"],
  ["on board", "aboard"],
  ["(?:lay|lays|laying|laid) off", "cut"],
  ["job losses", "cut"],
  ["put (?:in|into|toward|towards)", "contribute"],
  ["set aside", "contribute"],
  ["price tag", "cost"],
  ["behind bars", "sentenced"],
  ["prison term", "sentenced"],
  ["(?:roll|rolls|rolled|rolling|went|go|goes|gone|tipped|tip|tips|turned|turn|turns|keeled|flipped) over", "capsize"],
  ["(?:went|go|goes|gone) down", "capsize"],
  ["gave way", "collapse"],
  ["(?:burst|bursts|bursting|broke|breaks|broken|breaking|overtopped|topped) (?:its|their|the) banks", "flood"],
  ["(?:came|come|comes) down", "collapse"],
  ["(?:made|make|makes|making) (?:the |an |its )?announcement", "announce"],
  ["(?:reached|reach|struck|strike|sealed) (?:a |an )?(?:deal|agreement)", "agree"],
  ["(?:step|steps|stepped|stepping) down", "resign"],
  ["(?:turned|turn|voted|vote) down", "reject"],
  ["(?:shut|shuts|shutting) down", "close"],
  ["(?:go|went|gone|going) ahead", "approve"],
  ["go-ahead", "approve"],
  ["(?:test|tests|tested|testing) positive", "test"],
  ["(?:moved|move|moves|moving|relocated?) to", "relocate"],
];

export const PREDICATE_WORDS = new Map<string, string[]>();
for (const [cls, forms] of Object.entries(WORDS)) {
  for (const f of forms) {
    const list = PREDICATE_WORDS.get(f) ?? [];
    if (!list.includes(cls)) list.push(cls);
    PREDICATE_WORDS.set(f, list);
  }
}

export const PREDICATE_PHRASE_RE = new RegExp(`\\b(?:${PHRASES.map(([p]) => `(${p})`).join("|")})\\b`, "g");
export const PREDICATE_PHRASE_CLASSES = PHRASES.map(([, c]) => c);

/**
 * Predicate classes that are light verbs before a noun: "issued a recall", "made an announcement", "took
 * the decision": the noun carries the meaning.
 */
export const LIGHT_VERBS = new Set(["issue", "issued", "issues", "issuing", "make", "made", "makes", "making", "hold", "held", "holds", "take", "took", "taken", "give", "gave", "given", "launch", "launched", "order", "ordered", "file", "filed", "lodge", "lodged", "announce", "announced"]);

/** Verbs of speech whose complement clause is the claim ("said that …", "denied that …"). */
export const NEGATING_SPEECH = new Set(["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes", "ruled out", "rules out"]);
export const AFFIRMING_SPEECH = new Set(["confirmed", "confirms", "confirm", "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes"]);

/**
 * Verbs that change a relationship between parties, by what they do to it: ending it ("broke off", "severed",
 * "cut"), pausing it ("suspended", "froze") or bringing it back ("restored", "resumed"). Forms with their
 * canonical verb; a relationship noun follows them ("relations", "ties", "talks").
 */
export const RELATIONSHIP_VERBS: ReadonlyArray<[RegExp, "sever" | "suspend" | "restore"]> = [
  [/^(?:br(?:eak|eaking|oke|oken|eaks)(?:\s+off)?|sever(?:ed|ing|s)?|cut(?:ting|s)?(?:\s+off)?|end(?:ed|ing|s)?)$/, "sever"],
  [/^(?:suspend(?:ed|ing|s)?|fr(?:eeze|eezes|eezing|oze|ozen))$/, "suspend"],
  [/^(?:restor(?:e|ed|ing|es)|resum(?:e|ed|ing|es)|re-?establish(?:ed|ing|es)?|normali[sz](?:e|ed|ing|es))$/, "restore"],
];
/** Nouns naming a relationship between parties; "ties" is read as "relations". */
export const RELATIONSHIP_NOUNS: ReadonlyMap<string, string> = new Map([
  ["relations", "relations"], ["ties", "relations"], ["talks", "talks"], ["negotiations", "talks"], ["contacts", "contacts"],
  ["contact", "contacts"], ["cooperation", "cooperation"], ["dialogue", "dialogue"], ["partnership", "partnership"],
]);

