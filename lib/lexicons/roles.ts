/** General English lexicons for roles, organisations, speech and function words. */

const set = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Words that are titles / offices (case-insensitive). Stripped from person names. */
export const TITLE_WORDS = set(`
president vice-president vicepresident vp ex-president minister prime secretary spokesperson spokesman spokeswoman
ambassador senator sen governor gov mayor judge justice general gen colonel col captain capt lieutenant lt sergeant sgt
commander admiral chancellor premier king queen prince princess sheikh pope cardinal bishop archbishop reverend rev
dr mr mrs ms miss mx sir dame lord lady professor prof director chairman chairwoman chairperson chair ceo cfo coo cto founder
co-founder leader chief head deputy representative rep congressman congresswoman councillor councilman councilwoman
attorney prosecutor officer inspector superintendent commissioner envoy consul diplomat foreign interior
vice former ex acting interim then late prosecutor-general attorney-general secretary-general chief-executive
emperor president-elect sultan emir ayatollah rabbi imam pastor detective constable sheriff marshal speaker
striker midfielder defender goalkeeper winger forward manager coach skipper referee
executive mp mep msp mla cmdr cdr adm maj brig cpl pvt supt insp msgr
`);

/** Role nouns that can head a role description ("head of", "spokesperson for"). */
export const ROLE_NOUNS = set(`
president vice-president vp minister secretary spokesperson spokesman spokeswoman ambassador senator governor mayor judge
general commander chancellor premier king queen prince sheikh pope director chairman chairwoman chairperson chair ceo founder
co-founder leader chief head deputy representative lawmaker legislator congressman congresswoman councillor attorney
prosecutor officer official officials inspector commissioner envoy consul diplomat diplomats candidate member analyst
expert researcher professor spokesperson executive manager owner worker workers resident residents witness lawyer
journalist reporter correspondent editor activist campaigner organizer organiser negotiator adviser advisor aide ally
economist scientist doctor nurse teacher student engineer pilot captain coach player ruler dictator monarch
striker midfielder defender goalkeeper winger forward referee
administrator coordinator superintendent sheriff governor-general secretary-general attorney-general
`);

/** Lower-case modifiers allowed inside a pre-modifying role phrase ("former foreign minister"). */
export const ROLE_MODIFIERS = set(`
former ex acting interim then current incoming outgoing deputy vice assistant associate senior junior chief top
foreign interior state federal national regional local provincial municipal presidential prime general executive
leftist left-wing right-wing conservative liberal socialist opposition ruling democratic republican independent
military defense defence finance justice health education security energy trade labor labour economy
of and for the
`);

/** Heads that make a capitalised span an organisation. */
export const ORG_HEADS = set(`
ministry embassy consulate court department convention police government administration agency council commission
union nations party university college school bank company corporation corp inc ltd llc group office organization
organisation association committee army navy forces force parliament congress senate assembly institute foundation
fund network press news times post journal tribune herald service services authority bureau board federation
league club team cabinet presidency tribunal treaty secretariat directorate guard coalition alliance movement front
unit command agency station radio television tv channel media hospital airlines airways motors industries holdings
church mission prosecutor's guild fc united athletic gazette telegraph chronicle ledger courier observer wire
`);

/**
 * Heads that make a capitalised name a company, club or competition: a line of business after the
 * distinctive name ("<Name> Foods", "<Name> Ferries"), a club or company designator, a league.
 */
export const ORG_NAME_HEADS = set(`
foods food systems technologies technology software solutions ferries shipping lines logistics freight construction
developments development partners associates enterprises ventures capital investments brands products pharmaceuticals
pharma biotech labs laboratories energy petroleum mining minerals metals steel chemicals electronics automotive
railways telecom telecommunications communications entertainment studios pictures records publishing insurance
securities properties realty estates homes builders engineering consulting consultants hotels resorts farms dairies
breweries stores retail supermarkets restaurants fc afc cf sc ac if bk fk sk plc ag gmbh sa nv ab asa oy
league division cup championship tournament series conference society academy museum library foundation trust chamber exchange
`);

/** Short designators printed before or after a club's, company's or vessel's name ("<Name> FC", "MV <Name>"). */
export const NAME_DESIGNATORS = set(`fc afc cf sc ac if bk fk sk aik plc ag gmbh sa nv ab asa oy mv ms hms uss rms`);

/** Words that open a sports club's name before its distinctive part ("Sporting <Name>", "Real <Name>"). */
export const CLUB_PREFIXES = set(`sporting real racing atletico athletico dynamo dinamo olympique olimpia`);

/** Party and ideology labels printed before a politician's name ("Republican <Name>"): never part of the name. */
export const PARTY_LABELS = set(`
republican republicans democrat democrats democratic labour labor conservative tory liberal socialist green greens
independent libertarian centrist social-democrat christian-democrat
`);

/**
 * Nouns for people described rather than named ("one worker", "a local resident", "prosecutors"): the
 * speaker of a quote when no name is given. Singular forms; a plural in -s is read by stripping it.
 */
export const PERSON_NOUNS = set(`
worker employee staffer tester engineer developer designer programmer nurse doctor surgeon paramedic teacher student
pupil parent mother father son daughter wife husband sister brother relative friend neighbour neighbor colleague
resident local villager islander passenger survivor witness victim patient customer shopper client tenant landlord
owner shopkeeper farmer fisherman driver pilot sailor soldier officer guard firefighter rescuer volunteer diver
fan supporter spectator voter protester demonstrator activist member official source insider executive manager
analyst economist expert researcher scientist academic lawyer prosecutor investigator detective inspector spokesperson
spokesman spokeswoman representative aide adviser advisor agent broker trader banker investor shareholder director
player coach referee athlete organiser organizer founder partner consultant contractor builder labourer laborer
miner clerk cashier waiter chef baker journalist reporter editor photographer critic commentator observer
person man woman boy girl child mourner tourist visitor traveller traveler commuter
`);

/** Nouns for an organisation described rather than named ("the board wrote", "the ministry said"). */
export const ORG_NOUNS = set(`
board ministry department agency authority council committee commission court tribunal government administration
company firm group club union party police army military navy embassy office regulator watchdog newspaper paper
magazine broadcaster network channel website outlet prosecutors prosecution defence defense team federation
association organisation organization charity hospital university school operator airline carrier insurer bank
`);

/** Lower-case heads for "<Nationality|Country's> <head>" government-type organisations. */
export const GOV_HEADS = [
  "foreign ministry",
  "ministry of foreign affairs",
  "foreign office",
  "interior ministry",
  "defense ministry",
  "defence ministry",
  "justice ministry",
  "ministry",
  "government",
  "presidency",
  "embassy",
  "consulate",
  "police",
  "army",
  "military",
  "navy",
  "parliament",
  "congress",
  "senate",
  "supreme court",
  "foreign affairs ministry",
  "state department",
  "authorities",
  "armed forces",
  "national police",
  "security forces",
  "cabinet",
  "prosecutor's office",
  "attorney general's office",
  "justice system",
  "judiciary",
];

/** Verbs of saying (inflected forms) used as quote attribution cues. */
export const SPEECH_VERBS = set(`
said says say saying told tells tell telling added adds adding stated states stating wrote writes writing posted posts
tweeted tweets announced announces noted notes explained explains claimed claims argued argues insisted insists
warned warns asked asks replied replies responded responds continued continues commented comments described describes
called calls calling decried decries denounced denounces urged urges read reads yelled shouted chanted confirmed confirms
acknowledged acknowledges admitted admits alleged alleges reported reports suggested suggests declared declares
recalled recalls stressed stresses emphasized emphasised emphasizes emphasises assured assures vowed vows pledged
labelled labeled branded termed dubbed described lamented complained complains cried whispered wrote
`);

/**
 * Verbs of judgment that take a quoted characterisation as their complement in the active voice:
 * "the government considered “very unfortunate”". In the passive ("are considered “inviolable”") the
 * quoted words are a term, not speech.
 */
export const JUDGMENT_VERBS = set(`considered considers deemed deems called calls labelled labeled branded brands termed terms dubbed dubs`);

/**
 * Verbs other than verbs of saying whose object can be the subject's own quoted words: "promised a “full
 * inquiry”", "testified that the money was “…”", "estimated the cost at “…”", "wished him “every success”".
 */
export const QUOTING_VERBS = set(`
testified testifies estimated estimates promised promises accused accuses wished wishes welcomed welcomes praised
praises criticised criticized criticises criticizes condemned condemns predicted predicts conceded concedes
demanded demands pleaded pleads threatened threatens
`);

/** Speech verbs too weak to license a short (1-3 word) quoted term on their own. */
export const WEAK_SPEECH_VERBS = set(`declared declares reported reports described describes suggested suggests`);

/** Function words / sentence openers that are never entity starts. */
export const STOP_CAPS = set(`
the a an this that these those he she it they we i you his her its their our my your me him them us
meanwhile however even but and or so yet in on at for with by from to after before since while when where what who
whom whose why how if as although though despite during because also still then there here now today yesterday
tomorrow tonight thus therefore moreover furthermore nevertheless nonetheless instead indeed besides otherwise
according asked some many most several all both each every no not none one two three four five six seven eight nine
ten another other such more less few any much first second third last next new late later earlier early
defending adding want listen read watch click sign subscribe follow share advertisement related
yes oh mr mrs ms dr
`);

export const MONTHS = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`);
export const DAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Connectors allowed inside a capitalised name ("Court of Justice", "Convention on Diplomatic Relations"). */
export const NAME_CONNECTORS = set(`of on for the de del da la le los las van von der den al bin ben y en du des`);

/** Nouns referring back to a person ("the diplomat added"). */
export const PERSON_BACKREF_NOUNS = set(`
diplomat official spokesperson spokesman spokeswoman minister president ambassador envoy leader senator governor
mayor judge secretary lawyer attorney prosecutor chief head director chairman executive founder candidate politician
officer commander general activist witness vp man woman
judge justice governor manager coach player striker forward midfielder defender goalkeeper captain president chancellor premier
`);

/** Nouns referring back to an organisation ("the ministry said"). */
export const ORG_BACKREF_NOUNS = set(`
government ministry presidency administration embassy statement company firm agency department office police army
military court council commission party union committee authorities organisation organization group spokesperson
`);

export const ABBREVIATIONS = set(`
mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof inc corp co ltd vs etc jan feb mar apr jun jul aug sep
sept oct nov dec no nos fig approx dept est univ mt ft ave blvd rd hon rev maj cmdr adm supt
`);

const NUMBER_WORDS: Record<string, number> = {
  once: 1,
  twice: 2,
  thrice: 3,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  hundred: 100,
};
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}
