import { pick, seededRandom } from "./seeded-random";

/**
 * A seeded corpus of many different news stories, each reported by several outlets, for measuring story
 * assignment. Every story gets its own invented people, organisations, town, numbers, date and event
 * kind; its articles are different outlets' rewrites: other headlines and wording, other sentence
 * orders and subsets, quotes credited in other forms, and now and then a number that differs, as real
 * outlets' numbers do. All names are made of invented syllables; no real event is described.
 */

export type TGeneratedStory = { storyId: string; kind: string; town: string; country: string; people: string[]; startDate: string };
export type TGeneratedStoryArticle = { id: string; storyId: string; outlet: string; title: string; publishedAt: string | null; text: string };
export type TStoryCorpusOptions = { stories: number; articlesPerStory: number; seed?: number; year?: number };

type TRandom = () => number;
type TOutlet = { name: string; reporter: string };
type TEventKind = {
  kind: string;
  /** The event as a noun phrase; roles of the three people; the main organisation (`<X>` a fresh invented word). */
  event: string;
  roles: [string, string, string];
  org: string;
  headlines: string[];
  leads: string[];
  facts: string[];
  quotes: string[];
};

// Templates: {a|b} picks one wording per article; <SLOT> is the story's value (see storySlots).
const EVENT_KINDS: TEventKind[] = [
  {
    kind: "flood", event: "the flooding", roles: ["the mayor of <T>", "a spokesperson for the emergency service", "a shopkeeper"], org: "<T> Rescue Service",
    headlines: ["{Floods|Flooding} {hit|swamp} <T> as the <X> River bursts its banks", "<N1> homes evacuated in <T> after {heavy rain|days of rain}"],
    leads: ["{Hundreds of|Many} residents of <T> were {evacuated|moved to shelters} on <DAY> after the <X> River {burst its banks|overflowed} following {days of heavy rain|a week of storms}, officials said."],
    facts: ["About <N1> homes were {flooded|under water} and <N2> people were {taken to hospital|treated for injuries}.", "Rescue crews used boats to reach families trapped {on upper floors|in their homes} near the <X> River.", "The water {peaked|rose} at <N3> metres above its normal level, according to <O1>.", "Schools in <T> {will stay|remain} closed {until further notice|for the rest of the week}."],
    quotes: ["We have never seen the water rise this fast", "Our priority is to get every family to safety", "It will take months to clean up the town"],
  },
  {
    kind: "trial", event: "the trial", roles: ["a former finance director", "the presiding judge", "the defence lawyer"], org: "<T> District Court",
    headlines: ["{Ex-finance director|Former finance director} <P1s> {jailed|sentenced} for <CRIME>", "<P1s> {gets|receives} <N3> years as <CRIME> trial ends"],
    leads: ["<O1> on <DAY> {convicted <P1>, <R1> of <X> Holdings, of <CRIME>|found <P1>, <R1> of <X> Holdings, guilty of <CRIME>} and sentenced {him|the defendant} to <N3> years in prison."],
    facts: ["Prosecutors said <P1s> had {diverted|moved} <M> through {shell companies|accounts abroad} over <N2> months.", "The court {acquitted|cleared} <P1s> of a second charge of {forgery|money laundering}.", "Prosecutors had {sought|asked for} a longer sentence.", "<P1s> {denied|has denied} wrongdoing and is expected to appeal."],
    quotes: ["The defendant betrayed the trust of his employer", "We will appeal this verdict", "Justice has been done for the shareholders"],
  },
  {
    kind: "transfer", event: "the transfer", roles: ["the striker", "the head coach of <O1>", "the club's sporting director"], org: "<T> <CLUB>",
    headlines: ["<O1> sign <P1s> in {club-record|record} deal", "<P1s> completes {record move|move} to <O1>"],
    leads: ["<O1> {signed|completed the signing of} <P1>, <R1> of <X> FC, on <DAY> for a {club-record|record} fee of <M>, the club said."],
    facts: ["<P1s>, <AGE>, {signed|agreed} a <N3>-year contract.", "The fee could rise by a further <N2> percent in {add-ons|bonuses}.", "<P1s> scored <N2> goals last season {for his former club|in the league}.", "He was {presented|unveiled} to about <N1> fans at the club's ground."],
    quotes: ["I have dreamed about playing here since I was a boy", "He gives us speed and goals", "We have watched him for three seasons"],
  },
  {
    kind: "election", event: "the election", roles: ["the leader of <O1>", "the election commissioner", "a political scientist"], org: "<T> <PARTY> Alliance",
    headlines: ["<PARTY> Alliance wins <T> {election|vote} as <P1s> claims victory", "<P1s> {leads|heads} <O1> to win in <T>"],
    leads: ["The <O1>, led by <P1>, won the {municipal election|local election} in <T> on <DAY> with <PCT> percent of the vote, {official results showed|the election commission said}."],
    facts: ["Turnout was <PCT> percent, {up|down} from the last election.", "The party {won|took} <N2> of the council's seats.", "<P1s> {promised|pledged} to {cut local taxes|build new housing} within <N3> years.", "Counting {finished|ended} early on <DAY>, <P2s> said."],
    quotes: ["The people of this town have voted for change", "The count was orderly and the result is clear", "This is a historic result for the party"],
  },
  {
    kind: "strike", event: "the strike", roles: ["the union leader", "the chief executive of <O1>", "a warehouse worker"], org: "<X> Logistics",
    headlines: ["{Workers|Staff} at <O1> {walk out|strike} over pay in <T>", "Strike {halts|shuts} <O1> depots as talks fail"],
    leads: ["About <N1> workers at <O1> {walked out|went on strike} on <DAY> after pay talks {collapsed|broke down}, {halting|stopping} deliveries across <T>."],
    facts: ["The union is {demanding|asking for} a raise of <PCT> percent.", "<O1> offered <N3> percent and said the demand was {unaffordable|too high}.", "The strike is {planned|set} to last <N2> days.", "Talks are {expected to resume|due to restart} next week."],
    quotes: ["We cannot live on these wages any longer", "Our offer is fair and remains on the table", "We did not want to strike but we had no choice"],
  },
  {
    kind: "fire", event: "the fire", roles: ["the fire chief", "the owner of the building", "a neighbour"], org: "<T> Fire Service",
    headlines: ["{Blaze|Fire} {destroys|guts} <X> warehouse in <T>", "<N2> hurt as fire {sweeps through|tears through} <T> warehouse"],
    leads: ["A {fire|blaze} {destroyed|gutted} the <X> warehouse in <T> on <DAY>, {injuring|hurting} <N2> people and sending smoke over the town, <O1> said."],
    facts: ["<N1> firefighters {fought|battled} the flames for <N3> hours.", "The cause of the fire is {under investigation|not yet known}.", "Residents nearby were told to keep {windows closed|doors and windows shut}.", "The damage was {estimated|put} at <M>."],
    quotes: ["The flames were higher than the roof", "Our crews worked through the night", "We lost everything we had built"],
  },
  {
    kind: "merger", event: "the merger", roles: ["the chief executive of <O1>", "the chair of <O2>", "an industry analyst"], org: "<X> Group",
    headlines: ["<O1> to {buy|acquire} <O2> for <M>", "<O1> and <O2> agree <M> {merger|deal}"],
    leads: ["<O1> said on <DAY> it would {buy|acquire} its rival <O2> for <M>, creating the largest {food|energy|software} group in <C>."],
    facts: ["Shareholders of <O2> will {receive|get} a premium of <PCT> percent.", "The combined company will employ about <N1> people.", "The deal needs the approval of the competition {regulator|authority} of <C>.", "<O1> expects savings within <N3> years."],
    quotes: ["Together we will be stronger and serve customers better", "The price reflects the value of our business", "Regulators will look closely at this deal"],
  },
  {
    kind: "outbreak", event: "the outbreak", roles: ["the chief medical officer", "the director of <O2>", "a patient's relative"], org: "<T> Regional Health Authority",
    headlines: ["{Outbreak|Illness outbreak} traced to <O2> plant in <T>", "<N2> {ill|sick} as <O2> recalls products"],
    leads: ["Health officials {traced|linked} an outbreak that has {sickened|made ill} <N2> people to a food plant run by <O2> in <T>, <O1> said on <DAY>."],
    facts: ["<N3> of the patients are in hospital.", "<O2> {recalled|withdrew} <N1> products {from shops|from sale}.", "Inspectors found the bacteria on {equipment|a slicer} at the plant.", "The plant has {stopped|halted} production."],
    quotes: ["Throw away any of these products you have at home", "We are cooperating fully with the inspectors", "My mother has been in hospital for a week"],
  },
  {
    kind: "vote", event: "the vote", roles: ["the mayor of <T>", "an opposition councillor", "a local resident"], org: "<T> City Council",
    headlines: ["<T> council {approves|backs} <X> bridge plan", "Council votes <N3>-<N4> for <X> bridge"],
    leads: ["The {city council|council} of <T> voted <N3> to <N4> on <DAY> to {approve|back} a new bridge at <X> Point, after {a long|an angry} debate."],
    facts: ["The bridge is expected to cost <M>.", "Construction {will begin|is set to start} within <N2> months.", "Opponents said the money should go to {schools|housing} instead.", "About <N1> people {watched|followed} the debate from the public gallery."],
    quotes: ["This bridge will connect our town for a century", "We were not given the full costs", "The traffic is already unbearable"],
  },
  {
    kind: "accident", event: "the crash", roles: ["the police chief", "the driver's employer", "a witness"], org: "<T> Police",
    headlines: ["{Bus crash|Coach crash} on <X> road kills <N2>", "<N2> dead after bus {overturns|leaves the road} near <T>"],
    leads: ["A bus {carrying|with} <N1> passengers {overturned|left the road} on the <X> road near <T> on <DAY>, killing <N2> people, <O1> said."],
    facts: ["<N3> passengers were {seriously injured|badly hurt}.", "The road {was closed|remained closed} for <N3> hours.", "Investigators are {examining|checking} the brakes of the bus.", "The driver was {questioned|interviewed} and released."],
    quotes: ["The bus came round the bend far too fast", "Our thoughts are with the families", "We heard a bang and then screaming"],
  },
];

// Generic news sentences any story can print; they make stories share ordinary wording.
const SHARED_FACTS = [
  "<T> is a {town|city} of about <POP> people in the {north|south|east|west} of <C>.",
  "<P2>, <R2>, said {a full report|a detailed account} of <EVENT> would be published {within weeks|in the coming days}.",
  "<O1> did not {respond to|answer} a request for comment {on <DAY>|by the evening}.",
  "The government of <C> said it would {review|look into} <EVENT>.",
];
const QUOTE_FORMS = ['"<Q>," said <P>, <R>.', '"<Q>," <Ps> told {reporters|local radio}.', '<P>, <R>, said: "<Q>."'];
const GIVEN_NAMES = ["Ada", "Bruno", "Cleo", "Dario", "Edith", "Felix", "Greta", "Hector", "Ines", "Jakob", "Kira", "Leon", "Mira", "Nils", "Olga", "Pavel", "Rhea", "Stellan", "Talia", "Ugo", "Vera", "Wendel", "Yara", "Zeno", "Alma", "Boris", "Carmen", "Emil", "Freya", "Ivo"];
const CRIMES = ["fraud", "embezzlement", "bribery", "tax fraud"];
const CLUBS = ["Rovers", "United", "Athletic", "Wanderers"];
const PARTIES = ["Civic", "Progress", "Green", "Unity", "Rural", "Liberty"];
const OUTLET_HEADS = ["Courier", "Gazette", "Ledger", "Post", "Herald", "Times", "Observer", "News", "Wire", "Chronicle"];
const ONSETS = ["b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const MIDDLES = ["l", "n", "r", "s", "v", "m", "nd", "rk", "lt", "st", "rn", "ld"];
const NAME_ENDS = ["er", "en", "ar", "ik", "ov", "ez", "an", "is", "ot", "el", "und", "ard"];
const TOWN_ENDS = ["by", "holm", "mere", "dale", "ford", "vik", "stad", "wick", "ton", "haven"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_MS = 86_400_000;

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const between = (random: TRandom, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Invented words, never repeated within a corpus, so that no two stories share a name by accident. */
class InventedWords {
  private readonly used = new Set<string>();
  constructor(private readonly random: TRandom) {}

  word(ends: string[]): string {
    for (;;) {
      const r = this.random;
      const w = capitalise(pick(r, ONSETS) + pick(r, VOWELS) + pick(r, MIDDLES) + pick(r, ends));
      if (!this.used.has(w)) {
        this.used.add(w);
        return w;
      }
    }
  }
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function printedDate(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** Fills `{a|b}` with one wording and `<SLOT>` with the slot's value (slots may hold `{a|b}` and slots in turn). */
function fill(template: string, slots: Record<string, string>, random: TRandom): string {
  let out = template;
  for (let depth = 0; depth < 3 && /[<{]/.test(out); depth++) {
    out = out.replace(/<([A-Z0-9]+s?)>/g, (m, slot: string) => slots[slot] ?? m).replace(/\{([^{}]*)\}/g, (_, alts: string) => pick(random, alts.split("|")));
  }
  return out;
}

/** The story's slots with a few of them set for one article or quote (layered, not copied: 10,000 articles stay fast). */
function withSlots(base: Record<string, string>, own: Record<string, string>): Record<string, string> {
  return Object.assign(Object.create(base) as Record<string, string>, own);
}

/** A number as another outlet may print it: a quarter of the time a little off. */
function reported(value: number, random: TRandom): string {
  if (random() >= 0.25) return String(value);
  const off = Math.max(1, Math.round(value * (0.05 + random() * 0.2)));
  return String(random() < 0.5 ? value + off : Math.max(1, value - off));
}

type TStoryCast = { story: TGeneratedStory; kind: TEventKind; slots: Record<string, string>; numbers: Record<string, number>; startDay: number };

function castStory(index: number, words: InventedWords, countries: string[], random: TRandom, year: number): TStoryCast {
  const kind = EVENT_KINDS[index % EVENT_KINDS.length];
  const town = words.word(TOWN_ENDS);
  const country = pick(random, countries);
  const people = [0, 1, 2].map(() => `${pick(random, GIVEN_NAMES)} ${words.word(NAME_ENDS)}`);
  const startDay = Math.round(Date.UTC(year, 0, 1) / DAY_MS) + between(random, 0, 364);
  const base: Record<string, string> = {
    T: town, C: country, X: words.word(NAME_ENDS), DAY: WEEKDAYS[new Date(startDay * DAY_MS).getUTCDay()],
    CRIME: pick(random, CRIMES), CLUB: pick(random, CLUBS), PARTY: pick(random, PARTIES), EVENT: kind.event,
    POP: (between(random, 8, 400) * 1000).toLocaleString("en-US"), AGE: String(between(random, 19, 31)),
  };
  people.forEach((p, i) => {
    base[`P${i + 1}`] = p;
    base[`P${i + 1}s`] = p.split(" ")[1];
  });
  base.O1 = fill(kind.org, base, random);
  base.O2 = `${words.word(NAME_ENDS)} ${pick(random, ["Foods", "Industries", "Systems", "Holdings"])}`;
  kind.roles.forEach((role, i) => (base[`R${i + 1}`] = fill(role, base, random)));
  const n3 = between(random, 2, 12);
  const numbers = { N1: between(random, 20, 900), N2: between(random, 2, 60), N3: n3, N4: between(random, 1, n3), PCT: between(random, 3, 40), M: between(random, 15, 950) };
  const story: TGeneratedStory = { storyId: `story-${String(index + 1).padStart(4, "0")}`, kind: kind.kind, town, country, people, startDate: isoDay(startDay) };
  return { story, kind, slots: base, numbers, startDay };
}

function quoteParagraph(cast: TStoryCast, quote: string, random: TRandom): string {
  const who = between(random, 1, 3);
  const slots = withSlots(cast.slots, { Q: quote, P: cast.slots[`P${who}`], Ps: cast.slots[`P${who}s`], R: cast.slots[`R${who}`] });
  return fill(pick(random, QUOTE_FORMS), slots, random);
}

/** A seeded Fisher-Yates shuffle (a copy). */
export function shuffled<T>(items: readonly T[], random: TRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One outlet's article: its own numbers, headline, wording, paragraph order and subset, quotes and layout. */
function writeArticle(cast: TStoryCast, outlet: TOutlet, articleIndex: number, random: TRandom): TGeneratedStoryArticle {
  const n = cast.numbers;
  const money = reported(n.M / 10, random);
  const slots = withSlots(cast.slots, { N1: reported(n.N1, random), N2: reported(n.N2, random), N3: String(n.N3), N4: String(n.N4), PCT: reported(n.PCT, random) });
  slots.M = fill(`{${money} million euros|€${money}m|${money} million euros}`, slots, random);
  const title = fill(pick(random, cast.kind.headlines), slots, random);
  const dateline = random() < 0.4 ? `${cast.slots.T.toUpperCase()}, ${cast.slots.C} — ` : "";
  const lead = dateline + fill(pick(random, cast.kind.leads), slots, random);
  const facts = shuffled([...cast.kind.facts, ...SHARED_FACTS], random).filter((_, i) => i < 3 || random() < 0.6);
  const body = facts.map((f) => fill(f, slots, random));
  for (const quote of shuffled(cast.kind.quotes, random).slice(0, between(random, 1, 3))) {
    body.splice(between(random, 0, body.length), 0, quoteParagraph(cast, quote, random));
  }
  const day = cast.startDay + between(random, 0, 3);
  const layout = random();
  const publishedAt = layout < 0.8 ? isoDay(day) : null;
  const paragraphs = [lead, ...body].join("\n\n");
  let text: string;
  if (layout < 0.5) text = `---\noutlet: ${outlet.name}\ntitle: "${title}"\npublished: ${isoDay(day)}\n---\n${paragraphs}\n`;
  else if (layout < 0.8) text = `${title}\n\nBy ${outlet.reporter}, ${outlet.name}\nPublished ${printedDate(day)}\n\n${paragraphs}\n`;
  else text = `${title}\n\n${paragraphs}\n`;
  return { id: `${cast.story.storyId}-a${articleIndex + 1}`, storyId: cast.story.storyId, outlet: outlet.name, title, publishedAt, text };
}

/** `stories` stories of `articlesPerStory` articles each, story by story; the same seed gives the same corpus. */
export function generateStoryCorpus(options: TStoryCorpusOptions): { stories: TGeneratedStory[]; articles: TGeneratedStoryArticle[] } {
  const random = seededRandom(options.seed ?? 7);
  const words = new InventedWords(random);
  const countries = Array.from({ length: 8 }, () => words.word(["ia", "land", "mark", "ova"]));
  const outlets: TOutlet[] = Array.from({ length: 40 }, () => ({
    name: `The ${words.word(TOWN_ENDS)} ${pick(random, OUTLET_HEADS)}`,
    reporter: `${pick(random, GIVEN_NAMES)} ${words.word(NAME_ENDS)}`,
  }));
  const stories: TGeneratedStory[] = [];
  const articles: TGeneratedStoryArticle[] = [];
  for (let s = 0; s < options.stories; s++) {
    const cast = castStory(s, words, countries, random, options.year ?? 2031);
    stories.push(cast.story);
    const storyOutlets = shuffled(outlets, random);
    for (let a = 0; a < options.articlesPerStory; a++) articles.push(writeArticle(cast, storyOutlets[a % storyOutlets.length], a, random));
  }
  return { stories, articles };
}
