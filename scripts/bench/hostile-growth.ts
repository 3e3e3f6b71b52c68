// Child of `npm run bench`: per-article analysis time on hostile pastes at two sizes (×4), to show that every
// pass stays linear in the article's length (a quadratic pass shows as ×16).
import { analyzeArticle } from "../../lib/analysis";

const repeat = (n: number, piece: (i: number) => string, sep = " ") => Array.from({ length: Math.max(1, Math.round(n)) }, (_, i) => piece(i)).join(sep);
const letter = (i: number) => String.fromCharCode(65 + (i % 26));

/** Shapes of text that defeat naive scans: endless capitalised runs, one run-on sentence, thousands of names, numbers, dates, quotes. */
const SHAPES: Record<string, (words: number) => string> = {
  "capitalised run": (n) => repeat(n, (i) => `Word${letter(i).toLowerCase()}`) + ".",
  "run-on sentence with clauses": (n) => repeat(n / 8, (i) => `the ${i} officials said on Monday that they had met`, ", ") + ".",
  "thousands of names": (n) => repeat(n / 4, (i) => `${letter(i)}lex${letter(i * 7).toLowerCase()} Name${i} said.`),
  "one surname, many names": (n) => repeat(n / 4, (i) => `${letter(i)}na${i % 10} Kell said.`),
  "numbers in one sentence": (n) => repeat(n / 2, (i) => `${i} people`, ", ") + ".",
  "dates in one sentence": (n) => repeat(n / 3, (i) => `on May ${1 + (i % 28)}`) + ".",
  "quotes": (n) => repeat(n / 4, () => "“Yes,” he said"),
  "unclosed quotation": (n) => "“" + repeat(n, () => "word") + ".",
  "navigation lines": (n) => repeat(n * 2, (i) => `Read more: Item ${i}`, "\n"),
  "titles before names": (n) => repeat(n / 4, (i) => `President Abc${i} Def said`, ", ") + ".",
};

const SMALL = 4000;
const out: Array<{ shape: string; smallChars: number; smallMs: number; largeChars: number; largeMs: number }> = [];
for (const [shape, make] of Object.entries(SHAPES)) {
  analyzeArticle(make(500)); // warm up
  const small = make(SMALL);
  const large = make(SMALL * 4);
  const time = (text: string) => {
    let best = Infinity;
    for (let r = 0; r < 2; r++) {
      const t0 = performance.now();
      analyzeArticle(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  out.push({ shape, smallChars: small.length, smallMs: time(small), largeChars: large.length, largeMs: time(large) });
}
console.log(JSON.stringify({ shapes: out }));
