import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { normalizeArticle } from "@/lib/analysis/normalize";
import { segmentSentences } from "@/lib/analysis/segment";
import { ZArticleAnalysis, type TArticleAnalysis } from "@/lib/schemas/pipeline";

const SEEDS = ["000_c4bfd782671b2726", "003_99b86c2a8920ba6a", "004_fc3252244b3faa0a"];
const load = (name: string) => readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), "utf8");
const analyses: Record<string, TArticleAnalysis> = Object.fromEntries(SEEDS.map((s) => [s, analyzeArticle(load(s), { fileName: `${s}.txt` })]));
const [A000, A003, A004] = SEEDS.map((s) => analyses[s]);

const nameOf = (a: TArticleAnalysis, key: string | null) => a.entities.find((e) => e.key === key)?.name ?? null;
const quote = (a: TArticleAnalysis, startsWith: string) => {
  const q = a.quotes.find((x) => x.text.startsWith(startsWith));
  expect(q, `quote starting "${startsWith}"`).toBeDefined();
  return q!;
};
const claimsOf = (a: TArticleAnalysis, attr: string, nameIncludes: string) =>
  a.claims.filter((c) => c.attribute === attr && (nameOf(a, c.subjectKey) ?? "").includes(nameIncludes));

describe("analyzeArticle on the seeds", () => {
  it.each(SEEDS)("%s conforms to the contract and every span is exact", (s) => {
    const a = analyses[s];
    expect(() => ZArticleAnalysis.parse(a)).not.toThrow();
    const keys = new Set(a.entities.map((e) => e.key));
    expect(keys.size).toBe(a.entities.length);
    for (const m of a.mentions) {
      expect(a.text.slice(m.start, m.end)).toBe(m.text);
      expect(keys.has(m.entityKey)).toBe(true);
    }
    for (const q of a.quotes) {
      expect(a.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerKey) expect(keys.has(q.speakerKey)).toBe(true);
      if (q.cueStart !== null) expect(q.cueEnd!).toBeGreaterThan(q.cueStart);
    }
    for (const c of a.claims) {
      expect(a.text.slice(c.start, c.end)).toBe(c.text);
      expect(a.text.slice(c.valueStart, c.valueEnd)).toBe(c.value);
      if (c.subjectKey !== null) expect(keys.has(c.subjectKey)).toBe(true);
      else expect(c.fact).toBeDefined();
    }
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(a.text.slice(b.start, b.end).trim());
    for (const x of a.sentences) expect(x.end).toBeGreaterThan(x.start);
  });

  it("is deterministic", () => {
    expect(analyzeArticle(load(SEEDS[2]))).toEqual(A004);
  });
});

describe("normalize", () => {
  it("detects outlet and byline, removes boilerplate with raw offsets", () => {
    const raw = load(SEEDS[0]);
    expect(A000.meta.outlet).toBe("Latin Post");
    expect(A000.meta.byline).toBe("Rick Martin");
    expect(A000.meta.title).toBeNull();
    expect(A000.text).not.toContain("READ MORE");
    expect(A000.text).not.toContain("WATCH:");
    expect(A000.text).not.toContain("Written by");
    const bp = A000.findings.filter((f) => f.type === "boilerplate");
    expect(bp.length).toBe(5);
    for (const f of bp) expect(raw.slice(f.start!, f.end!)).toMatch(/^(READ MORE|This article|Written by|WATCH)/);
  });

  it("marks title-case lines as headings", () => {
    const headings = A000.blocks.filter((b) => b.kind === "heading").map((b) => A000.text.slice(b.start, b.end));
    expect(headings).toEqual([
      "Mexico Warns Ecuador Government Could Kill Former Vice President Jorge Glas",
      "US and Spain Condemn Ecuador's Daniel Noboa Administration Over Mexico Embassy Raid",
    ]);
  });

  it("strips a leading date token and podcast promo", () => {
    expect(A003.meta.publishedAt).toBe("2024-04-06");
    expect(A003.text.startsWith("Mexico is severing diplomatic ties")).toBe(true);
    expect(A003.text).not.toContain("podcasts");
    const caps = A003.blocks.filter((b) => b.kind === "caption").map((b) => A003.text.slice(b.start, b.end));
    expect(caps).toEqual([
      "Ecuador's Vice President Jorge Glas. Credit: AP",
      "Police and soldiers guard the detention centre where former Ecuadorian Vice President Jorge Glas was held. Credit: AP",
    ]);
  });

  it("reads a By-line with outlet and keeps the dateline paragraph", () => {
    expect(A004.meta.byline).toBe("Fidel Gutiérrez and Heather Chen");
    expect(A004.meta.outlet).toBe("CNN");
    expect(A004.text.startsWith("(CNN) — Ecuadorian police stormed")).toBe(true);
  });

  it("front matter wins over detection; malformed front matter throws", () => {
    const raw = "---\noutlet: Daily Test\ntitle: A Title\npublished: 2021-03-04\nurl: https://example.com/a\n---\nBy Someone Else, Other Outlet\n\nThe council met on Monday.\n";
    const n = normalizeArticle(raw);
    expect(n.meta).toEqual({ outlet: "Daily Test", title: "A Title", byline: "Someone Else", publishedAt: "2021-03-04", url: "https://example.com/a" });
    expect(n.text).toBe("The council met on Monday.");
    expect(() => normalizeArticle("---\noutlet: [unclosed\n---\nBody.")).toThrow(/front matter/i);
    expect(() => normalizeArticle("---\noutlet: X\nBody without close")).toThrow(/front matter/i);
  });

  it("keeps curly quotes verbatim", () => {
    expect(A004.text).toContain("“an outrage against international law.”");
  });
});

describe("segment", () => {
  it("does not split on abbreviations, initials or inside quotes", () => {
    const text = "Mr. Smith met U.S. officials on Jan. 5 with J. R. Jones. “It is done. We are happy,” he said. Then they left.";
    const s = segmentSentences(text, [{ start: 0, end: text.length, kind: "body" }]).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(["Mr. Smith met U.S. officials on Jan. 5 with J. R. Jones.", "“It is done. We are happy,” he said.", "Then they left."]);
  });

  it("splits the seed paragraphs at real boundaries", () => {
    const texts = A000.sentences.map((x) => A000.text.slice(x.start, x.end));
    expect(texts).toContain("Glas was convicted twice on charges of corruption.");
    expect(texts).toContain('"It is barbarism," the Mexican diplomat added.');
  });
});

describe("entities", () => {
  const ent = (a: TArticleAnalysis, name: string) => a.entities.find((e) => e.name === name);
  it("finds people with titles stripped and merges surnames / diacritics / initialisms", () => {
    const glas = ent(A000, "Jorge Glas")!;
    expect(glas.type).toBe("person");
    expect(glas.aliases).toContain("Glas");
    const amlo = ent(A000, "Andres Manuel Lopez Obrador")!;
    expect(amlo.type).toBe("person");
    expect(amlo.aliases).toContain("AMLO");
    const amlo4 = ent(A004, "Andrés Manuel López Obrador")!;
    expect(amlo4.aliases).toContain("Lopez Obrador");
    expect(ent(A003, "Alicia Bárcena")?.type).toBe("person");
    expect(ent(A000, "Matthew Miller")?.type).toBe("person");
  });

  it("finds organisations and places, not sentence-initial common words", () => {
    expect(ent(A003, "International Court of Justice")?.type).toBe("organization");
    expect(ent(A000, "Vienna Convention on Diplomatic Relations")?.type).toBe("organization");
    expect(ent(A000, "Embassy of Mexico")?.aliases).toEqual(expect.arrayContaining(["Mexican Embassy", "Mexican embassy"]));
    expect(ent(A000, "Ecuador")?.type).toBe("place");
    expect(ent(A000, "Quito")?.type).toBe("place");
    for (const a of [A000, A003, A004]) {
      const names = a.entities.map((e) => e.name);
      for (const bad of ["Meanwhile", "However", "Even", "Diplomatic", "Police", "People", "Defending", "Convicted", "Friday", "President"]) {
        expect(names).not.toContain(bad);
      }
    }
  });

  it("excludes bylines and photo credits", () => {
    const names = A003.entities.map((e) => e.name);
    expect(names).not.toContain("AP");
    expect(A004.entities.map((e) => e.name)).not.toContain("Heather Chen");
    expect(A000.entities.map((e) => e.name)).not.toContain("Rick Martin");
  });
});

describe("quotes", () => {
  it("splits a quote by attribution and keeps the speaker", () => {
    const q1 = quote(A000, "This is not possible, it cannot be, this is crazy");
    expect(q1.text).toBe("This is not possible, it cannot be, this is crazy");
    expect(q1.speakerName).toBe("Roberto Canseco");
    expect(A000.text.slice(q1.cueStart!, q1.cueEnd!)).toBe("said Canseco");
    const q2 = quote(A000, "I am very worried");
    expect(q2.speakerName).toBe("Roberto Canseco");
    expect(q2.text.endsWith("this is totally outside the norm.")).toBe(true);
  });

  it("resolves role-noun back-references", () => {
    expect(quote(A000, "It is barbarism").speakerName).toBe("Roberto Canseco");
    expect(quote(A004, "It is barbarism").speakerName).toBe("Roberto Canseco");
  });

  it("handles partial quotes with curly and mismatched marks", () => {
    const q = quote(A003, "authoritarian act");
    expect(q.text).toBe("authoritarian act");
    expect(q.isPartial).toBe(true);
    expect(q.speakerName).toBe("Andrés Manuel López Obrador");
    const mixed = quote(A003, "a flagrant violation of international law");
    expect(mixed.text).toBe("a flagrant violation of international law and the sovereignty of Mexico");
    expect(mixed.speakerName).toBe("Andrés Manuel López Obrador");
  });

  it("skips scare quotes of 1-3 words without a verb of saying", () => {
    for (const a of [A003, A004]) {
      const texts = a.quotes.map((q) => q.text);
      expect(texts).not.toContain("inviolable");
      expect(texts.some((t) => t.startsWith("persona non grata"))).toBe(false);
    }
  });

  it("keeps short partial quotes inside reported speech or after an active verb of judgment", () => {
    const exact = (a: TArticleAnalysis, t: string) => {
      const q = a.quotes.find((x) => x.text === t);
      expect(q, t).toBeDefined();
      expect(a.text.slice(q!.start, q!.end)).toBe(t);
      expect(q!.isPartial).toBe(true);
      return q!;
    };
    // "... statements that Ecuador considered “very unfortunate” about ..."
    expect(exact(A003, "very unfortunate").speakerName).toBe("Ecuador");
    // "... Alicia Bárcena told CNNE that the country is “breaking” diplomatic relations"
    expect(exact(A004, "breaking").speakerName).toBe("Alicia Bárcena");
    // "... Lopez Obrador’s apparent criticism ..., saying the 2023 run-off vote took place in a “very strange” manner"
    expect(exact(A004, "very strange").speakerName).toBe("Andrés Manuel López Obrador");
  });

  it("attributes words said by '<the Name> administration' to the administration, not the person", () => {
    const q = quote(A000, "sentenced to imprisonment");
    expect(q.speakerName).toBe("Daniel Noboa administration");
    const e = A000.entities.find((x) => x.key === q.speakerKey)!;
    expect(e.type).toBe("organization");
    expect(A000.mentions.some((m) => m.text === "Daniel Noboa administration" && m.entityKey === e.key)).toBe(true);
    expect(A000.entities.find((x) => x.name === "Daniel Noboa")?.type).toBe("person");
  });

  it("attributes to organisations and governments", () => {
    expect(quote(A003, "Ecuador is a sovereign nation").speakerName).toBe("Presidency of Ecuador");
    expect(quote(A004, "sentenced to imprisonment").speakerName).toBe("Government of Ecuador");
    expect(quote(A004, "contrary to the conventional legal framework").speakerName).toBe("Government of Ecuador");
    expect(quote(A000, "The entry by force").speakerName).toBe("Foreign Ministry of Spain");
  });

  it("finds appositive attributions", () => {
    const q = quote(A004, "What you have just seen");
    expect(q.speakerName).toBe("Roberto Canseco");
    expect(A004.text.slice(q.cueStart!, q.cueEnd!)).toBe("Roberto Canseco, head of chancellery and policy affairs of the Mexican embassy, told");
    expect(quote(A000, "The United States condemns").speakerName).toBe("Matthew Miller");
    expect(quote(A004, "police from Ecuador forcibly entered").speakerName).toBe("Andrés Manuel López Obrador");
  });
});

describe("claims", () => {
  const values = (a: TArticleAnalysis, attr: string, who: string) => claimsOf(a, attr, who).map((c) => c.value);
  it("extracts roles from appositives and pre-modifiers", () => {
    expect(values(A004, "role", "Canseco")).toContain("head of chancellery and policy affairs of the Mexican embassy");
    expect(values(A000, "role", "Glas")).toContain("former Ecuadorian Vice President");
    expect(values(A003, "role", "Bárcena")).toContain("Mexico's secretary of foreign relations");
    expect(values(A000, "role", "Miller")).toContain("US State Department spokesperson");
  });

  it("extracts time spans, counts and legal status", () => {
    expect(values(A003, "time_span", "Glas")).toEqual(expect.arrayContaining(["between 2013 and 2017", "since December"]));
    expect(values(A004, "time_span", "Glas")).toContain("between 2013 and 2017");
    expect(values(A000, "time_span", "Glas")).toContain("over the last few days");
    const count = claimsOf(A000, "count", "Glas")[0];
    expect(count.value).toBe("convicted twice");
    expect(count.normalizedValue).toBe("convicted 2 times");
    expect(claimsOf(A004, "legal_status", "Glas").map((c) => c.normalizedValue)).toEqual(
      expect.arrayContaining(["convicted", "granted asylum", "sentenced to imprisonment"]),
    );
  });

  it("extracts actions and locations", () => {
    const sever = claimsOf(A003, "action", "Mexico").find((c) => c.normalizedValue === "sever diplomatic relations");
    expect(sever?.value).toBe("severing diplomatic ties");
    expect(claimsOf(A004, "action", "Mexico").map((c) => c.normalizedValue)).toContain("sever diplomatic relations");
    expect(claimsOf(A004, "action", "Police of Ecuador")[0]?.value).toBe("stormed the Mexican embassy");
    expect(values(A000, "location", "Glas")).toContain("a maximum-security prison in Guayaquil known as La Roca");
  });

  it("flags caption claims", () => {
    const cap = claimsOf(A003, "role", "Glas").find((c) => c.value === "Ecuador's Vice President");
    expect(cap?.isCaption).toBe(true);
  });
});

describe("an unrelated article", () => {
  const a = analyzeArticle(readFileSync(new URL("../../fixtures/other-event.txt", import.meta.url), "utf8"));
  it("conforms and finds sensible quotes and entities", () => {
    expect(() => ZArticleAnalysis.parse(a)).not.toThrow();
    expect(a.meta.byline).toBe("Jane Doe");
    expect(a.meta.outlet).toBe("Riverside Herald");
    expect(a.text).not.toContain("READ MORE");
    const names = a.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Linda Park", "Tom Alvarez", "Millbrook", "Cedar River", "National Weather Service", "Millbrook Fire Department"]));
    expect(names).not.toContain("Maria Gomez");
    expect(names).not.toContain("Meanwhile");
    expect(a.quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ["We have never seen water rise this fast", "Linda Park"],
      ["Our crews worked through the night.", "Linda Park"],
      ["Everyone needs to stay off the roads", "Tom Alvarez"],
    ]);
    const roles = a.claims.filter((c) => c.attribute === "role").map((c) => [nameOf(a, c.subjectKey), c.value]);
    expect(roles).toEqual(expect.arrayContaining([["Tom Alvarez", "a spokesperson for the Millbrook Fire Department"]]));
    for (const x of [...a.quotes, ...a.mentions, ...a.claims]) expect(a.text.slice(x.start, x.end)).toBe(x.text);
  });
});
