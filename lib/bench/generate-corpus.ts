import { analyzeArticle } from "../analysis";
import { pick, seededRandom } from "./seeded-random";

/**
 * Builds a synthetic corpus for benchmarks by recombining paragraphs of real articles: each
 * "event" gets its own people (names substituted at their mention offsets), years and numbers,
 * and is reported by several outlets that each pick a different subset of paragraphs, so that
 * alignment has real cross-source work to do.
 */
const FIRST_NAMES = ["Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas", "Kemal", "Lucia", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samuel", "Tamar", "Umberto", "Vera", "Walter", "Ximena", "Yusuf", "Zoe"];
const LAST_NAMES = ["Abbott", "Baptiste", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Garrido", "Haddad", "Ibarra", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quiroga", "Rahman", "Sandoval", "Takahashi", "Urquhart", "Valdez", "Whitaker", "Yilmaz", "Zamora"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type TParagraph = { text: string; people: Array<{ start: number; end: number; entityKey: string; isSurnameOnly: boolean }> };

export type TGeneratedArticle = { fileName: string; text: string };

function paragraphsOf(rawText: string): TParagraph[] {
  const analysis = analyzeArticle(rawText);
  const people = new Map(analysis.entities.filter((e) => e.type === "person").map((e) => [e.key, e]));
  return analysis.blocks
    .filter((b) => b.kind === "body")
    .map((block) => ({
      text: analysis.text.slice(block.start, block.end),
      people: analysis.mentions
        .filter((m) => people.has(m.entityKey) && m.start >= block.start && m.end <= block.end)
        .map((m) => ({
          start: m.start - block.start,
          end: m.end - block.start,
          entityKey: m.entityKey,
          isSurnameOnly: !/\s/.test(m.text),
        })),
    }));
}

function substitute(paragraph: TParagraph, names: Map<string, [string, string]>, random: () => number, yearShift: number): string {
  let out = "";
  let cursor = 0;
  for (const person of [...paragraph.people].sort((a, b) => a.start - b.start)) {
    if (person.start < cursor) continue;
    if (!names.has(person.entityKey)) names.set(person.entityKey, [pick(random, FIRST_NAMES), pick(random, LAST_NAMES)]);
    const [first, last] = names.get(person.entityKey)!;
    out += paragraph.text.slice(cursor, person.start) + (person.isSurnameOnly ? last : `${first} ${last}`);
    cursor = person.end;
  }
  out += paragraph.text.slice(cursor);
  return out
    .replace(/\b(19|20)\d{2}\b/g, (year) => String(Number(year) + yearShift))
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(random, WEEKDAYS));
}

export function generateCorpus(sources: string[], count: number, seed = 42, outletsPerEvent = 8): TGeneratedArticle[] {
  const pool = sources.map(paragraphsOf).filter((p) => p.length > 0);
  const random = seededRandom(seed);
  const articles: TGeneratedArticle[] = [];
  for (let event = 0; articles.length < count; event++) {
    const names = new Map<string, [string, string]>();
    const yearShift = Math.floor(random() * 7) - 3;
    const base = pool[event % pool.length];
    for (let outlet = 0; outlet < outletsPerEvent && articles.length < count; outlet++) {
      const chosen = base.filter(() => random() < 0.7);
      const body = (chosen.length ? chosen : base).map((p) => substitute(p, names, random, yearShift)).join("\n\n");
      const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
      const front = `---\noutlet: Outlet ${outlet + 1}\npublished: ${2020 + (event % 5)}-0${1 + (event % 9)}-${day}\n---\n`;
      articles.push({ fileName: `event-${event}-outlet-${outlet + 1}.txt`, text: `${front}${body}\n` });
    }
  }
  return articles;
}
