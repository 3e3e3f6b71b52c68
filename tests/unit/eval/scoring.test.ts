import { describe, expect, it } from "vitest";
import {
  NameBook, PredictionIndex, evaluate, findAll, foldName, formatReport, locateInEvidence, locateQuote, overlapOfLonger, reportFigures,
  kindCoverage, scoreClaims, scoreDiscrepancies, scoreEntityMerge, scoreEntityRecall, scoreQuotes,
  type TGoldArticle, type TGoldCrossSource,
} from "../../../lib/eval";
import type {
  TArticleAnalysis, TClaim, TClaimAttribute, TComparison, TDiscrepancy, TDiscrepancyKind, TEntityType, TLocalEntity, TMention, TQuote,
} from "../../../lib/schemas/pipeline";

// ---- tiny hand-made pipeline outputs ----

function analysis(text: string, parts: Partial<Pick<TArticleAnalysis, "entities" | "mentions" | "quotes" | "claims">> = {}): TArticleAnalysis {
  return {
    text,
    meta: { outlet: null, title: null, byline: null, publishedAt: null, url: null },
    blocks: [{ start: 0, end: text.length, kind: "body" }],
    findings: [],
    sentences: [{ start: 0, end: text.length, blockIndex: 0, isCaption: false }],
    entities: parts.entities ?? [],
    mentions: parts.mentions ?? [],
    quotes: parts.quotes ?? [],
    claims: parts.claims ?? [],
  };
}

function entity(key: string, name: string, type: TEntityType = "person", aliases: string[] = []): TLocalEntity {
  return { key, name, type, aliases };
}

/** A mention of `entityKey` at the first occurrence of `surface` in `text`. */
function mention(text: string, entityKey: string, surface: string): TMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`no ${surface}`);
  return { start, end: start + surface.length, entityKey, text: surface };
}

/** A quote over the first occurrence of `inner` in `text`. */
function quote(text: string, inner: string, speakerKey: string | null, speakerName: string | null): TQuote {
  const start = text.indexOf(inner);
  if (start < 0) throw new Error(`no ${inner}`);
  return { start, end: start + inner.length, text: inner, speakerKey, speakerName, cueStart: null, cueEnd: null, isPartial: false, isCaption: false };
}

/** A claim whose value is the first occurrence of `value` in `text`. */
function claim(text: string, subjectKey: string, attribute: TClaimAttribute, value: string): TClaim {
  const v = text.indexOf(value);
  if (v < 0) throw new Error(`no ${value}`);
  return {
    start: 0, end: text.length, subjectKey, attribute, value, normalizedValue: value.toLowerCase(), text,
    valueStart: v, valueEnd: v + value.length, isCaption: false,
  };
}

function discrepancy(
  kind: TDiscrepancyKind, subject: string, attribute: string, itemSources: string[], missing: string[] = [],
  extra: Partial<TDiscrepancy> = {},
): TDiscrepancy {
  return {
    id: `d_${kind}_${subject}_${attribute}`, kind, severity: "medium", subjectEntityId: null, subject, attribute,
    summary: `${kind} about ${subject} ${attribute}`,
    items: itemSources.map((sourceId) => ({ sourceId, claimIndex: null, quoteIndex: null, start: 0, end: 0, value: "", excerpt: "" })),
    missingSourceIds: missing, groupId: null, ...extra,
  };
}

function emptyComparison(parts: Partial<TComparison> = {}): TComparison {
  return { entities: [], claimSubjects: [], quoteSpeakers: [], groups: [], discrepancies: [], ...parts };
}

function goldArticle(file: string, parts: Partial<TGoldArticle> = {}): TGoldArticle {
  return { file, aliases: {}, entities: [], quotes: [], claims: [], ...parts };
}

function goldCross(parts: Partial<TGoldCrossSource> = {}): TGoldCrossSource {
  return {
    aliases: {}, samePerson: [], differentEntities: [], discrepancies: [], mustNotFlagAsConflict: [], mustNotFlagAsAttribution: [],
    ...parts,
  };
}

// ---- text helpers ----

describe("text helpers", () => {
  it("folds names: diacritics, case, curly apostrophes, possessives, leading article", () => {
    expect(foldName("Andrés Núñez")).toBe(foldName("andres nunez"));
    expect(foldName("Ruritania’s Foreign Office")).toBe("ruritania foreign office");
    expect(foldName("The Daily Planet")).toBe("daily planet");
    expect(foldName("Jones'")).toBe("jones");
  });

  it("finds text across no-break spaces without shifting offsets", () => {
    const text = "one\u00a0two three";
    expect(findAll(text, "one two")).toEqual([0]);
    expect(locateInEvidence(text, "two", "one two three")).toEqual({ start: 4, end: 7 });
  });

  it("prefers the occurrence that follows a quote mark", () => {
    const text = 'it was fine. She said "it was fine" twice.';
    expect(locateQuote(text, "it was fine")).toEqual({ start: 23, end: 34 });
    expect(locateQuote("no marks here", "marks")).toEqual({ start: 3, end: 8 });
    expect(locateQuote("nothing", "absent")).toBeNull();
  });

  it("measures overlap against the longer span", () => {
    expect(overlapOfLonger({ start: 0, end: 10 }, { start: 5, end: 10 })).toBe(0.5);
    expect(overlapOfLonger({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});

// ---- quotes ----

describe("scoreQuotes", () => {
  const text = 'Ana Núñez said "we will win the vote." Later "no comment," a source said. Crowds shouted "go".';
  const gold = goldArticle("a.txt", {
    entities: [{ name: "Ana Núñez", type: "person", forms: ["Ana Núñez"] }],
    aliases: { "Ana Núñez": ["Núñez"] },
    quotes: [
      { text: "we will win the vote.", speaker: "Ana Núñez" },
      { text: "no comment,", speaker: null },
      { text: "go", speaker: null },
    ],
  });

  it("matches spans by ≥50% overlap of the longer span and scores speakers over matches", () => {
    const a = analysis(text, {
      entities: [entity("e1", "Ana Nunez")],
      quotes: [
        quote(text, "we will win the vote", "e1", "Ana Nunez"), // trailing period left out: still ≥ 50%
        quote(text, "no comment,", "e1", "Ana Nunez"), // right span, wrong speaker (gold null)
        quote(text, "Later", null, null), // spurious
      ],
    });
    const pred = new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison: null });
    const s = scoreQuotes([gold], pred, new NameBook([gold]));
    expect([s.gold, s.predicted, s.matched]).toEqual([3, 3, 2]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.speakerCorrect).toBe(1);
    expect(s.speakerErrors.map((e) => e.gold)).toEqual([null]);
    expect(s.missed.map((m) => m.text)).toEqual(["go"]);
    expect(s.spurious.map((m) => m.text)).toEqual(["Later"]);
  });

  it("does not match a span that overlaps less than half of the longer one", () => {
    const a = analysis(text, { quotes: [quote(text, "we will", null, null)] });
    const pred = new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison: null });
    expect(scoreQuotes([gold], pred, new NameBook([gold])).matched).toBe(0);
  });

  it("counts null-for-null as a correct speaker and accepts alternatives", () => {
    const g2 = goldArticle("a.txt", { quotes: [{ text: "no comment,", speaker: "Ana Núñez", alsoAccept: [null] }, { text: "go", speaker: null }] });
    const a = analysis(text, { quotes: [quote(text, "no comment,", null, null), quote(text, "go", null, null)] });
    const pred = new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison: null });
    expect(scoreQuotes([g2], pred, new NameBook([g2])).speakerAccuracy).toBe(1);
  });

  it("credits the speaker through the global entity name", () => {
    const a = analysis(text, { entities: [entity("e1", "the minister")], quotes: [quote(text, "we will win the vote.", "e1", null)] });
    const comparison = emptyComparison({
      entities: [{ id: "g1", name: "Ana Núñez", type: "person", aliases: [], members: [{ sourceId: "a.txt", key: "e1" }] }],
      quoteSpeakers: [{ sourceId: "a.txt", quoteIndex: 0, entityId: "g1" }],
    });
    const pred = new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison });
    expect(scoreQuotes([gold], pred, new NameBook([gold])).speakerCorrect).toBe(1);
  });
});

// ---- entities ----

describe("scoreEntityRecall", () => {
  const text = "Ana Núñez met officials of Ruritania’s Foreign Office in Zenda.";
  const gold = goldArticle("a.txt", {
    entities: [
      { name: "Ana Núñez", type: "person", forms: ["Ana Núñez"] },
      { name: "Ruritanian Foreign Office", type: "organization", forms: ["Ruritania’s Foreign Office"] },
      { name: "Zenda", type: "place", forms: ["Zenda"] },
      { name: "officials", type: "organization", forms: ["officials"], optional: true },
    ],
  });

  it("finds gold entities by folded name, alias or mention text, and checks types", () => {
    const a = analysis(text, {
      entities: [entity("p", "Ana Nunez"), entity("o", "Foreign Office of Ruritania", "organization", ["Ruritania's Foreign Office"]), entity("z", "Zenda Castle", "person")],
      mentions: [mention(text, "z", "Zenda")],
    });
    const r = scoreEntityRecall([gold], new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison: null }));
    expect([r.found, r.gold, r.optionalFound, r.optionalGold]).toEqual([3, 3, 0, 1]);
    expect(r.typeErrors.map((t) => t.name)).toEqual(["Zenda"]);
    expect(r.unmatched).toEqual([]);
    expect(r.missed.map((m) => [m.name, m.optional])).toEqual([["officials", true]]);
  });
});

describe("scoreEntityMerge", () => {
  const ta = "Ana Núñez spoke.";
  const tb = "Ana Nunez and Núñez left. Bo Lee stayed.";
  const sources = [
    { sourceId: "a.txt", analysis: analysis(ta, { entities: [entity("x", "Ana Núñez")] }) },
    { sourceId: "b.txt", analysis: analysis(tb, { entities: [entity("y", "Ana Nunez", "person", ["Núñez"]), entity("z", "Bo Lee")] }) },
  ];

  it("passes a group covered by one global entity and keeps pairs apart", () => {
    const comparison = emptyComparison({
      entities: [
        { id: "g1", name: "Ana Núñez", type: "person", aliases: [], members: [{ sourceId: "a.txt", key: "x" }, { sourceId: "b.txt", key: "y" }] },
        { id: "g2", name: "Bo Lee", type: "person", aliases: [], members: [{ sourceId: "b.txt", key: "z" }] },
      ],
    });
    const m = scoreEntityMerge(
      goldCross({ samePerson: [["Ana Núñez", "Ana Nunez", "Núñez"]], differentEntities: [["Núñez", "Bo Lee"], ["Bo Lee", "Nobody"]] }),
      new PredictionIndex({ sources, comparison }),
    );
    expect(m.groupAccuracy).toBe(1);
    expect([m.pairsOk, m.pairsUnresolved]).toEqual([1, 1]);
  });

  it("fails a group split over two entities and a pair merged into one", () => {
    const comparison = emptyComparison({
      entities: [
        { id: "g1", name: "Ana Núñez", type: "person", aliases: [], members: [{ sourceId: "a.txt", key: "x" }] },
        { id: "g2", name: "Ana Nunez", type: "person", aliases: ["Bo Lee"], members: [{ sourceId: "b.txt", key: "y" }, { sourceId: "b.txt", key: "z" }] },
      ],
    });
    const m = scoreEntityMerge(
      goldCross({ samePerson: [["Ana Núñez", "Núñez"]], differentEntities: [["Núñez", "Bo Lee"]] }),
      new PredictionIndex({ sources, comparison }),
    );
    expect(m.groupResults[0].ok).toBe(false);
    expect(m.groupResults[0].entities).toHaveLength(2);
    expect(m.pairResults[0].ok).toBe(false);
  });
});

// ---- claims ----

describe("scoreClaims", () => {
  const text = "Bo Lee, the harbour master, was arrested on Monday. Lee had served since 2019. The harbour master was arrested.";
  const gold = goldArticle("a.txt", {
    entities: [{ name: "Bo Lee", type: "person", forms: ["Bo Lee", "Lee"] }],
    claims: [
      { subject: "Bo Lee", attribute: "role", value: "the harbour master", evidence: "Bo Lee, the harbour master, was" },
      { subject: "Bo Lee", attribute: "legal_status", value: "arrested", evidence: "master, was arrested on Monday",
        alt: [{ value: "arrested", evidence: "The harbour master was arrested" }] },
      { subject: "Bo Lee", attribute: "date", value: "on Monday", evidence: "arrested on Monday" },
      { subject: "Bo Lee", attribute: "time_span", value: "since 2019", evidence: "had served since 2019" },
      { subject: "Port Authority", attribute: "action", value: "fired", evidence: "was fired" },
    ],
  });

  it("needs same attribute, a matching subject and an overlapping value; explains misses", () => {
    const a = analysis(text, {
      entities: [entity("lee", "Bo Lee"), entity("x", "Someone Else")],
      claims: [
        claim(text, "lee", "role", "harbour master"), // found (overlaps)
        { ...claim(text, "lee", "legal_status", "arrested"), valueStart: text.lastIndexOf("arrested"), valueEnd: text.lastIndexOf("arrested") + 8 }, // found at the alt place
        claim(text, "lee", "other", "on Monday"), // wrong attribute
        claim(text, "x", "time_span", "since 2019"), // wrong subject
        claim(text, "lee", "statement", "had served"), // overlaps no gold value
      ],
    });
    const pred = new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison: null });
    const s = scoreClaims([gold], pred, new NameBook([gold]));
    expect([s.found, s.gold]).toEqual([2, 5]);
    expect(Object.fromEntries(s.missed.map((m) => [m.attribute, m.reason]))).toEqual({
      date: "wrong_attribute", time_span: "wrong_subject", action: "unlocatable",
    });
    expect(s.byAttribute.role).toEqual({ gold: 1, found: 1, recall: 1 });
    expect(s.byAttribute.date.recall).toBe(0);
    expect(s.unmatchedPredicted.map((u) => u.value)).toEqual(["had served"]);
    // per seed and kind: a kind with one claim found counts as covered in that seed
    expect(s.bySourceAttribute["a.txt"].legal_status).toEqual({ gold: 1, found: 1, recall: 1 });
    expect(kindCoverage(s)).toEqual({ covered: 2, pairs: 5, uncovered: ["a date", "a time_span", "a action"] });
  });

  it("accepts alternative subjects", () => {
    const g = goldArticle("a.txt", { claims: [{ subject: "Port Authority", attribute: "time_span", value: "since 2019", evidence: "since 2019", alsoSubjects: ["Someone Else"] }] });
    const a = analysis(text, { entities: [entity("x", "Someone Else")], claims: [claim(text, "x", "time_span", "since 2019")] });
    const s = scoreClaims([g], new PredictionIndex({ sources: [{ sourceId: "a.txt", analysis: a }], comparison: null }), new NameBook([g]));
    expect(s.found).toBe(1);
  });
});

// ---- discrepancies ----

describe("scoreDiscrepancies", () => {
  const sources = ["a.txt", "b.txt", "c.txt"].map((sourceId) => ({ sourceId, analysis: analysis("x") }));
  const cross = goldCross({
    aliases: { "Bo Lee": ["Lee"] },
    discrepancies: [
      { kind: "conflict", subject: "Bo Lee", attribute: "role", sources: ["a.txt", "b.txt", "c.txt"], mustInclude: ["c.txt"], note: "c differs" },
      { kind: "omission", subject: "Bo Lee", attribute: "date", sources: ["a.txt", "b.txt"], reportedBy: ["a.txt"], missingFrom: ["b.txt"], note: "b omits" },
      { kind: "variant", subject: "Bo Lee", attribute: "quote", alsoAttributes: ["statement"], sources: ["a.txt", "c.txt"], note: "punctuation" },
    ],
    mustNotFlagAsConflict: [{ subject: "Bo Lee", attribute: "time_span", sources: ["a.txt", "b.txt"], note: "same span" }],
    mustNotFlagAsAttribution: [{ subject: "Bo Lee", attribute: "quote", sources: ["a.txt", "b.txt"], note: "same speaker" }],
  });

  function run(discrepancies: ReturnType<typeof discrepancy>[]) {
    const pred = new PredictionIndex({ sources, comparison: emptyComparison({ discrepancies }) });
    return scoreDiscrepancies(cross, pred, new NameBook([], cross));
  }

  it("finds gold items by kind, subject, attribute and sources", () => {
    const s = run([
      discrepancy("conflict", "Lee", "role", ["a.txt", "c.txt"]),
      discrepancy("omission", "Bo Lee", "date", ["a.txt"], ["b.txt"]),
      discrepancy("variant", "Bo Lee", "statement", ["a.txt", "c.txt"]),
    ]);
    expect(s.byKind).toEqual({
      conflict: { gold: 1, found: 1, recall: 1 },
      omission: { gold: 1, found: 1, recall: 1 },
      variant: { gold: 1, found: 1, recall: 1 },
    });
    expect(s.unmatchedConflicts).toEqual([]);
    expect(s.attributeMismatches).toHaveLength(1);
  });

  it("misses a conflict without the odd source, an omission not naming the missing source, and the wrong kind", () => {
    const s = run([
      discrepancy("conflict", "Bo Lee", "role", ["a.txt", "b.txt"]),
      discrepancy("omission", "Bo Lee", "date", ["a.txt", "b.txt"]),
      discrepancy("conflict", "Bo Lee", "quote", ["a.txt", "c.txt"]),
    ]);
    expect(s.found).toBe(0);
    expect(s.missed.find((m) => m.kind === "variant")?.foundAsOtherKind).toHaveLength(1);
    expect(s.unmatchedConflicts).toHaveLength(2);
  });

  it("reports false conflicts and false attributions", () => {
    const s = run([
      discrepancy("conflict", "Bo Lee", "time_span", ["a.txt", "b.txt"]),
      discrepancy("conflict", "Someone", "count", ["a.txt", "b.txt"]),
      discrepancy("attribution", "\u201cwords\u201d", "quote", ["a.txt", "b.txt"], [], { subjectEntityId: null }),
    ]);
    expect(s.falseConflicts.map((c) => c.subject)).toEqual(["Bo Lee"]);
    expect(s.unmatchedConflicts).toHaveLength(2);
    // the attribution's subject is the quoted words: it is not tied to Bo Lee unless its items cite his quotes
    expect(s.falseAttributions).toHaveLength(0);
  });

  it("ties an attribution to the speakers of the quotes it cites", () => {
    const text = 'Lee said "words".';
    const src = ["a.txt", "b.txt"].map((sourceId) => ({
      sourceId,
      analysis: analysis(text, { entities: [entity("l", "Bo Lee")], quotes: [quote(text, "words", "l", "Lee")] }),
    }));
    const d = discrepancy("attribution", "\u201cwords\u201d", "quote", ["a.txt", "b.txt"]);
    d.items = d.items.map((it) => ({ ...it, quoteIndex: 0 }));
    const pred = new PredictionIndex({ sources: src, comparison: emptyComparison({ discrepancies: [d] }) });
    expect(scoreDiscrepancies(cross, pred, new NameBook([], cross)).falseAttributions).toHaveLength(1);
  });
});

// ---- whole report ----

describe("evaluate / formatReport", () => {
  it("scores a run end to end and prints plain tables", () => {
    const text = 'Bo Lee said "all good".';
    const gold = goldArticle("a.txt", {
      entities: [{ name: "Bo Lee", type: "person", forms: ["Bo Lee"] }],
      quotes: [{ text: "all good", speaker: "Bo Lee" }],
      claims: [{ subject: "Bo Lee", attribute: "statement", value: "all good", evidence: "said \"all good\"" }],
    });
    const a = analysis(text, { entities: [entity("l", "Bo Lee")], quotes: [quote(text, "all good", "l", "Bo Lee")] });
    const report = evaluate([gold, goldArticle("absent.txt")], goldCross(), { sources: [{ sourceId: "a.txt", analysis: a }], comparison: emptyComparison() });
    expect(report.missingSources).toEqual(["absent.txt"]);
    expect(report.quotes.f1).toBe(1);
    expect(report.entities.recall).toBe(1);
    expect(report.claims.recall).toBe(0);
    const txt = formatReport(report, true);
    expect(txt).toContain("quote span F1");
    expect(txt).toMatch(/quote span F1\s+1\.00\s+\(P 1\.00 R 1\.00, 1 gold/);
    expect(txt).toContain("- missed   a  statement Bo Lee");
    expect(JSON.parse(JSON.stringify(reportFigures(report))).claims.gold).toBe(1);
  });
});
