// Child of `npm run bench`: bare wink-nlp tokenizer throughput vs the full per-article pipeline on the same text.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { generateCorpus } from "../../lib/bench/generate-corpus";
import { analyzeArticle } from "../../lib/analysis";

const seedDir = path.resolve("seeds");
const sources = readdirSync(seedDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(path.join(seedDir, f), "utf8"));
const texts = generateCorpus(sources, 200, 7).map((a) => a.text);
const nlp = winkNLP(model);

function time(run: () => number, rounds = 5): { ms: number; tokens: number } {
  run(); // warm up
  let best = Infinity;
  let tokens = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    tokens = run();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, tokens };
}

const bare = time(() => texts.reduce((n, t) => n + nlp.readDoc(t).tokens().length(), 0));
const full = time(() => {
  for (const t of texts) analyzeArticle(t);
  return bare.tokens;
});
console.log(JSON.stringify({
  articles: texts.length,
  characters: texts.reduce((n, t) => n + t.length, 0),
  tokens: bare.tokens,
  bareTokensPerSecond: bare.tokens / (bare.ms / 1000),
  pipelineTokensPerSecond: bare.tokens / (full.ms / 1000),
}));
