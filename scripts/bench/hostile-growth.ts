// Child of `npm run bench`: per-article analysis time on hostile pastes at two sizes (×4), to show that every
// pass stays linear in the article's length (a quadratic pass shows as ×16); then the slowest shape grown to
// the 2 MiB article limit, in a process of its own so that its peak memory is its own.
import { spawnSync } from "node:child_process";
import { analyzeArticle } from "../../lib/analysis";
import { MAX_ARTICLE_BYTES } from "../../lib/schemas/article-input";

const repeat = (n: number, piece: (i: number) => string, sep = " ") => Array.from({ length: Math.max(1, Math.round(n)) }, (_, i) => piece(i)).join(sep);
const letter = (i: number) => String.fromCharCode(65 + (i % 26));
const NAMES = ["Ann Berg", "Carl Dunn", "Eva Fox", "Gus Hale", "Ida Jonas", "Kim Lund"];

/** Shapes of text that defeat naive scans, each a function of a word count. */
const SHAPES: Record<string, (words: number) => string> = {
  "capitalised run": (n) => repeat(n, (i) => `Word${letter(i).toLowerCase()}`) + ".",
  "one sentence, no full stop": (n) => repeat(n, (i) => ["the", "river", "rose", "and", "people", "left"][i % 6]),
  "run-on sentence with clauses": (n) => repeat(n / 8, (i) => `the ${i} officials said on Monday that they had met`, ", ") + ".",
  "title, name, said, no full stop": (n) => repeat(n / 4, (i) => `Mayor John Smith${i} said`),
  "quotes and speakers in one sentence": (n) => repeat(n / 5, (i) => `“We stay ${i},” said ${NAMES[i % 6]}`),
  "thousands of names": (n) => repeat(n / 4, (i) => `${letter(i)}lex${letter(i * 7).toLowerCase()} Name${i} said.`),
  "one surname, many names": (n) => repeat(n / 4, (i) => `${letter(i)}na${i % 10} Kell said.`),
  "sentences of roles, places and dates": (n) => repeat(n / 12, (i) => `President Anna Lee${i}, the foreign minister, was arrested in Springfield on Tuesday.`),
  "numbers in one sentence": (n) => repeat(n / 2, (i) => `${i} people`, ", ") + ".",
  "dates in one sentence": (n) => repeat(n / 3, (i) => `on May ${1 + (i % 28)}`) + ".",
  "quoted words": (n) => repeat(n, (i) => `“w${i}”`) + ".",
  "unclosed quotation": (n) => "“" + repeat(n, () => "word") + ".",
  "navigation lines": (n) => repeat(n * 2, (i) => `Read more: Item ${i}`, "\n"),
};

/** The words a shape needs to reach `bytes` of UTF-8, found by measuring a sample. */
function wordsFor(make: (words: number) => string, bytes: number): number {
  const sample = 4000;
  return Math.floor((sample * bytes) / Buffer.byteLength(make(sample)));
}

const [mode, shapeName] = process.argv.slice(2);
if (mode === "--at-limit") {
  // one shape at the article limit: time and this process's peak memory
  const make = SHAPES[shapeName];
  const text = make(wordsFor(make, MAX_ARTICLE_BYTES * 0.98));
  const t0 = performance.now();
  analyzeArticle(text);
  console.log(JSON.stringify({ shape: shapeName, bytes: Buffer.byteLength(text), ms: performance.now() - t0, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const SMALL = 4000;
  const shapes: Array<{ shape: string; smallChars: number; smallMs: number; largeChars: number; largeMs: number }> = [];
  const time = (text: string) => {
    let best = Infinity;
    for (let r = 0; r < 2; r++) {
      const t0 = performance.now();
      analyzeArticle(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  for (const [shape, make] of Object.entries(SHAPES)) {
    analyzeArticle(make(500)); // warm up
    const small = make(SMALL);
    const large = make(SMALL * 4);
    shapes.push({ shape, smallChars: small.length, smallMs: time(small), largeChars: large.length, largeMs: time(large) });
  }
  // the slowest per character at the larger size, grown to the limit
  const worst = shapes.reduce((a, b) => (b.largeMs / b.largeChars > a.largeMs / a.largeChars ? b : a));
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--at-limit", worst.shape], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`the 2 MiB run of "${worst.shape}" failed:\n${child.stderr}`);
  const atLimit = JSON.parse(child.stdout.trim().split("\n").pop()!);
  console.log(JSON.stringify({ shapes, atLimit }));
}
