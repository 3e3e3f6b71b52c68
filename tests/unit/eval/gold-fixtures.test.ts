import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZGoldArticle, ZGoldCrossSource, checkGoldAgainstText, type TGoldArticle } from "../../../lib/eval/gold";

const root = path.resolve(__dirname, "../../..");
const goldDir = path.join(root, "tests/fixtures/gold");
const seedDir = path.join(root, "seeds");

const articleFiles = readdirSync(goldDir).filter((f) => f.endsWith(".json") && f !== "cross-source.json").sort();
const articles: TGoldArticle[] = articleFiles.map((f) => ZGoldArticle.parse(JSON.parse(readFileSync(path.join(goldDir, f), "utf8"))));
const seedText = (file: string) => readFileSync(path.join(seedDir, file), "utf8");
const cross = ZGoldCrossSource.parse(JSON.parse(readFileSync(path.join(goldDir, "cross-source.json"), "utf8")));

/** Canonical names a gold file may use as subject/speaker: its entities, and any aliases-map key. */
const canonical = new Set<string>();
for (const a of articles) {
  for (const e of a.entities) canonical.add(e.name);
  for (const k of Object.keys(a.aliases)) canonical.add(k);
}
for (const k of Object.keys(cross.aliases)) canonical.add(k);

describe("gold annotation files", () => {
  it("exist for every seed article, named after it", () => {
    const seeds = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
    expect(articleFiles.map((f) => f.replace(/\.json$/, ".txt"))).toEqual(seeds);
    for (const a of articles) expect(articleFiles).toContain(a.file.replace(/\.txt$/, ".json"));
  });

  for (const gold of articles) {
    describe(gold.file, () => {
      const text = seedText(gold.file);

      it("has every quote text, entity form, claim value and evidence as an exact substring of the article", () => {
        expect(checkGoldAgainstText(gold, text)).toEqual([]);
      });

      it("has non-empty quotes, entities and claims, and no duplicate quote", () => {
        expect(gold.quotes.length).toBeGreaterThan(0);
        expect(gold.entities.length).toBeGreaterThan(0);
        expect(gold.claims.length).toBeGreaterThan(0);
        const seen = gold.quotes.map((q) => `${q.text}#${q.occurrence ?? 0}`);
        expect(new Set(seen).size).toBe(seen.length);
      });

      it("names speakers and subjects by canonical names the gold knows", () => {
        const unknown: string[] = [];
        for (const q of gold.quotes) {
          for (const s of [q.speaker, ...(q.alsoAccept ?? [])]) if (s !== null && !canonical.has(s)) unknown.push(`speaker ${s}`);
        }
        for (const c of gold.claims) {
          for (const s of [c.subject, ...(c.alsoSubjects ?? [])]) if (!canonical.has(s)) unknown.push(`subject ${s}`);
        }
        expect(unknown).toEqual([]);
      });

      it("has unique canonical entity names", () => {
        const names = gold.entities.map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
      });
    });
  }
});

describe("cross-source gold", () => {
  const files = new Set(articles.map((a) => a.file));
  const allText = articles.map((a) => seedText(a.file)).join("\n");

  it("refers only to annotated sources", () => {
    const bad: string[] = [];
    for (const d of [...cross.discrepancies, ...cross.mustNotFlagAsConflict]) {
      for (const s of d.sources) if (!files.has(s)) bad.push(s);
    }
    for (const d of cross.discrepancies) {
      for (const s of [...(d.mustInclude ?? []), ...(d.reportedBy ?? []), ...(d.missingFrom ?? []), ...Object.keys(d.values ?? {})]) {
        if (!d.sources.includes(s)) bad.push(`${d.subject}/${d.attribute}: ${s} not in sources`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("lists omissions with who reports and who omits", () => {
    for (const d of cross.discrepancies.filter((x) => x.kind === "omission")) {
      expect(d.missingFrom?.length, `${d.subject}/${d.attribute}`).toBeGreaterThan(0);
      expect(d.reportedBy?.length, `${d.subject}/${d.attribute}`).toBeGreaterThan(0);
    }
  });

  it("uses names printed in the seeds for samePerson and differentEntities", () => {
    const missing = [...cross.samePerson.flat(), ...cross.differentEntities.flat()].filter((n) => !allText.includes(n));
    expect(missing).toEqual([]);
  });

  it("uses known canonical subjects", () => {
    const unknown = [...cross.discrepancies, ...cross.mustNotFlagAsConflict]
      .flatMap((d) => [d.subject, ...(d.alsoSubjects ?? [])])
      .filter((s) => !canonical.has(s));
    expect(unknown).toEqual([]);
  });
});
