import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/comparison/compare-sources";
import type { TComparison, TDiscrepancy, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { article, type EntitySpec, type QuoteSpec } from "./fixture";

const VARENNE: EntitySpec = { key: "person:varenne", name: "Mila Varenne", type: "person", aliases: ["Varenne"] };
const HALVY: EntitySpec = { key: "person:halvy", name: "Oren Halvy", type: "person", aliases: ["Halvy"] };
const OSEI: EntitySpec = { key: "person:osei", name: "Rana Osei", type: "person", aliases: ["Osei"] };
const PELL: EntitySpec = { key: "person:pell", name: "Jaan Pell", type: "person", aliases: ["Pell"] };
const AUREL: EntitySpec = { key: "person:aurel", name: "Dina Aurel", type: "person", aliases: ["Aurel"] };
const MORROW: EntitySpec = { key: "person:morrow", name: "Piet Morrow", type: "person", aliases: ["Morrow"] };

/** One outlet's article: a paragraph and the quotes in it, each credited to an entity key (or nobody). */
const outlet = (id: string, name: string, paragraph: string, entities: EntitySpec[], quotes: QuoteSpec[]) =>
  article(id, name, [paragraph], { entities, quotes });

const quoteFlags = (c: TComparison) => c.discrepancies.filter((d) => d.attribute === "quote");

function expectExcerptsAreSlices(c: TComparison, sources: TSourceAnalysis[]) {
  const text = new Map(sources.map((s) => [s.sourceId, s.analysis.text]));
  for (const d of c.discrepancies) for (const i of d.items) expect(text.get(i.sourceId)!.slice(i.start, i.end)).toBe(i.excerpt);
}

function onlyQuoteFlag(sources: TSourceAnalysis[]): TDiscrepancy {
  const c = compareSources(sources);
  expectExcerptsAreSlices(c, sources);
  const flags = quoteFlags(c);
  expect(flags).toHaveLength(1);
  return flags[0];
}

describe("a quote printed with a different sense", () => {
  it("flags an excerpt that drops the hedge the full quote opens with", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Harbour Post", '"I think the orchestra will tour Asia next year," conductor Mila Varenne said.', [VARENNE], [
        { text: "I think the orchestra will tour Asia next year", speaker: VARENNE.key },
      ]),
      outlet("b", "Daily Tide", '"The orchestra will tour Asia next year," conductor Mila Varenne said on Friday.', [VARENNE], [
        { text: "The orchestra will tour Asia next year", speaker: VARENNE.key },
      ]),
    ]);
    expect(d.kind).toBe("variant");
    expect(d.severity).toBe("high");
    expect(d.subject).toBe("Mila Varenne");
    expect(d.summary).toContain('the hedge "think" in Harbour Post is absent from Daily Tide');
    expect(d.items.map((i) => i.sourceId).sort()).toEqual(["a", "b"]);
  });

  it("flags a partial quote whose paraphrase drops the negation the full quote carries, showing the paraphrase", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Metro Herald", '"The new line will not open before the election," transit chief Oren Halvy said.', [HALVY], [
        { text: "The new line will not open before the election", speaker: HALVY.key },
      ]),
      outlet("b", "City Bulletin", 'Transit chief Oren Halvy said the new line would "open before the election", a boost for the mayor.', [HALVY], [
        { text: "open before the election", speaker: HALVY.key, partial: true },
      ]),
    ]);
    expect(d.severity).toBe("high");
    expect(d.summary).toContain('the negation "not" in Metro Herald is absent from City Bulletin');
    expect(d.summary).toContain('the new line would "open before the election"');
    // the partial quote's item is its sentence: the paraphrase is what changes the sense
    expect(d.items.find((i) => i.sourceId === "b")!.excerpt).toBe('Transit chief Oren Halvy said the new line would "open before the election", a boost for the mayor.');
    expect(d.items.find((i) => i.sourceId === "a")!.excerpt).toBe("The new line will not open before the election");
  });

  it("flags a negation added inside the quote itself", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Valley News", '"Our tap water is safe to drink again," said utility director Rana Osei.', [OSEI], [{ text: "Our tap water is safe to drink again", speaker: OSEI.key }]),
      outlet("b", "Riverside Times", '"Our tap water is not safe to drink again," said utility director Rana Osei.', [OSEI], [
        { text: "Our tap water is not safe to drink again", speaker: OSEI.key },
      ]),
    ]);
    expect(d.severity).toBe("high");
    expect(d.summary).toContain('the negation "not" in Riverside Times is absent from Valley News');
  });

  it("does not flag an excerpt printed inside a paraphrase that keeps its sense", () => {
    const sources = [
      outlet("a", "Valley News", '"This season has been a long and difficult one for the club," coach Jaan Pell said.', [PELL], [
        { text: "This season has been a long and difficult one for the club", speaker: PELL.key },
      ]),
      outlet("b", "Riverside Times", 'Coach Jaan Pell said the season had been "a long and difficult one for the club".', [PELL], [
        { text: "a long and difficult one for the club", speaker: PELL.key, partial: true },
      ]),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });

  it("reads a capitalised May inside a sentence as the month, not as a hedge", () => {
    const sources = [
      outlet("a", "Valley News", '"In May the ferry service returns to the island," said Jaan Pell.', [PELL], [{ text: "In May the ferry service returns to the island", speaker: PELL.key }]),
      outlet("b", "Riverside Times", '"The ferry service returns to the island," said Jaan Pell.', [PELL], [{ text: "The ferry service returns to the island", speaker: PELL.key }]),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });
});

describe("a quote printed with different words", () => {
  it("flags replaced content words as a medium variant naming the words each outlet prints", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Farm Weekly", '"The harvest was the worst we have seen in forty years," farmer Jaan Pell said.', [PELL], [
        { text: "The harvest was the worst we have seen in forty years", speaker: PELL.key },
      ]),
      outlet("b", "Country Echo", '"The harvest was the poorest we have seen in forty years," farmer Jaan Pell said.', [PELL], [
        { text: "The harvest was the poorest we have seen in forty years", speaker: PELL.key },
      ]),
    ]);
    expect(d.kind).toBe("variant");
    expect(d.severity).toBe("medium");
    expect(d.summary).toMatch(/"worst"/);
    expect(d.summary).toMatch(/"poorest"/);
  });

  it("flags a quote cut into other sentences only with low severity", () => {
    const sources = [
      outlet("a", "Farm Weekly", '"We tried. We failed. We will try again next spring," Jaan Pell said.', [PELL], [{ text: "We tried. We failed. We will try again next spring", speaker: PELL.key }]),
      outlet("b", "Country Echo", '"We tried, we failed, we will try again next spring," Jaan Pell said.', [PELL], [{ text: "We tried, we failed, we will try again next spring", speaker: PELL.key }]),
    ];
    const flags = compareSources(sources).discrepancies.filter((d) => d.attribute === "quote");
    expect(flags.map((d) => [d.kind, d.severity])).toEqual([["variant", "low"]]);
  });

  it("never flags a comma or a capital alone", () => {
    const sources = [
      outlet("a", "Farm Weekly", '"We tried and we will try again next spring," Jaan Pell said.', [PELL], [{ text: "We tried and we will try again next spring", speaker: PELL.key }]),
      outlet("b", "Country Echo", '"We tried, and we will try again next Spring," Jaan Pell said.', [PELL], [{ text: "We tried, and we will try again next Spring", speaker: PELL.key }]),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });

  it("does not flag contractions, British spellings or figures written out", () => {
    const sources = [
      outlet("a", "Farm Weekly", '"We\'ve honoured every one of our six contracts," Jaan Pell said.', [PELL], [{ text: "We've honoured every one of our six contracts", speaker: PELL.key }]),
      outlet("b", "Country Echo", '"We have honored every one of our 6 contracts," Jaan Pell said.', [PELL], [{ text: "We have honored every one of our 6 contracts", speaker: PELL.key }]),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });
});

describe("the same words credited to different speakers", () => {
  const words = "The budget leaves our schools short of teachers";

  it("shows each outlet's sentence, with the name it credits", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Civic Daily", `"${words}," said councillor Dina Aurel.`, [AUREL], [{ text: words, speaker: AUREL.key }]),
      outlet("b", "Town Crier", `"${words}," councillor Piet Morrow told reporters.`, [MORROW], [{ text: words, speaker: MORROW.key }]),
    ]);
    expect(d.kind).toBe("attribution");
    expect(d.severity).toBe("high");
    expect(d.items.map((i) => i.excerpt).sort()).toEqual([`"${words}," councillor Piet Morrow told reporters.`, `"${words}," said councillor Dina Aurel.`]);
  });

  it("includes an outlet whose attribution was not resolved, so the reader sees how it credits the words", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Civic Daily", `"${words}," said councillor Dina Aurel.`, [AUREL], [{ text: words, speaker: AUREL.key }]),
      outlet("b", "Town Crier", `"${words}," councillor Piet Morrow told reporters.`, [MORROW], [{ text: words, speaker: MORROW.key }]),
      outlet("c", "Evening Star", `"${words}," said a councillor who opposed the plan.`, [], [{ text: words, speaker: null }]),
    ]);
    expect(d.items.map((i) => i.sourceId).sort()).toEqual(["a", "b", "c"]);
    expect(d.summary).toContain("Evening Star also prints them");
  });

  it("reports the two halves of one split quotation credited the same way as one finding", () => {
    const second = "We warned about this for years";
    const para = (who: string) => `"${words}," ${who} said. "${second}."`;
    const d = onlyQuoteFlag([
      outlet("a", "Civic Daily", para("Dina Aurel"), [AUREL], [
        { text: words, speaker: AUREL.key },
        { text: second, speaker: AUREL.key },
      ]),
      outlet("b", "Town Crier", para("Piet Morrow"), [MORROW], [
        { text: words, speaker: MORROW.key },
        { text: second, speaker: MORROW.key },
      ]),
    ]);
    // one item per outlet: the halves' sentences follow each other and are shown as one stretch
    expect(d.items.map((i) => i.excerpt)).toEqual([para("Dina Aurel"), para("Piet Morrow")]);
    expect(d.summary).toContain(`"${second}"`);
  });

  it("flags a person and an organisation's board credited with the same words, with low severity", () => {
    const BOARD: EntitySpec = { key: "org:board", name: "Kestrel Mills board", type: "organization" };
    const d = onlyQuoteFlag([
      outlet("a", "Trade Journal", `"${words}," Dina Aurel wrote in a letter.`, [AUREL], [{ text: words, speaker: AUREL.key }]),
      outlet("b", "Market Watch", `"${words}," the Kestrel Mills board wrote in a letter.`, [BOARD], [{ text: words, speaker: BOARD.key }]),
    ]);
    expect(d.kind).toBe("attribution");
    expect(d.severity).toBe("low");
  });

  it("does not take an outlet that relayed the words for their speaker", () => {
    const GAZETTE: EntitySpec = { key: "org:gazette", name: "Hillside Gazette", type: "organization" };
    const b = outlet("b", "Town Crier", `Dina Aurel said "${words.toLowerCase()}," the Hillside Gazette reported.`, [AUREL, GAZETTE], [
      { text: words.toLowerCase(), speaker: GAZETTE.key, partial: true },
    ]);
    const cue = b.analysis.text.indexOf("the Hillside Gazette reported");
    Object.assign(b.analysis.quotes[0], { cueStart: cue, cueEnd: cue + "the Hillside Gazette reported".length });
    const sources = [outlet("a", "Civic Daily", `"${words}," said councillor Dina Aurel.`, [AUREL], [{ text: words, speaker: AUREL.key }]), b];
    expect(compareSources(sources).discrepancies.filter((d) => d.kind === "attribution")).toEqual([]);
  });
});

describe("quotes one outlet does not print", () => {
  const first = "The clinic will stay open all summer";
  const qualifier = "But only if the county pays the nurses";
  const full = outlet("a", "Civic Daily", `"${first}," said director Rana Osei. "${qualifier}."`, [OSEI], [
    { text: first, speaker: OSEI.key },
    { text: qualifier, speaker: OSEI.key },
  ]);

  it("are not a discrepancy when the outlet simply quotes less", () => {
    const sources = [
      full,
      outlet("b", "Town Crier", `"${qualifier}," director Rana Osei said of the clinic.`, [OSEI], [{ text: qualifier, speaker: OSEI.key }]),
      outlet("c", "Evening Star", "The clinic's director spoke to residents on Monday.", [OSEI], []),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });

  it("are one finding per outlet that leaves the qualification out, however many outlets print it", () => {
    const again = outlet("c", "Evening Star", `"${first}," director Rana Osei told residents. "${qualifier}."`, [OSEI], [
      { text: first, speaker: OSEI.key },
      { text: qualifier, speaker: OSEI.key },
    ]);
    const d = onlyQuoteFlag([full, again, outlet("b", "Town Crier", `"${first}," director Rana Osei said on Monday.`, [OSEI], [{ text: first, speaker: OSEI.key }])]);
    expect(d.missingSourceIds).toEqual(["b"]);
  });

  it("are flagged when the outlet prints a statement without the words that qualify it", () => {
    const d = onlyQuoteFlag([full, outlet("b", "Town Crier", `"${first}," director Rana Osei said on Monday.`, [OSEI], [{ text: first, speaker: OSEI.key }])]);
    expect(d.kind).toBe("omission");
    expect(d.missingSourceIds).toEqual(["b"]);
    expect(d.summary).toBe(`Town Crier prints Rana Osei’s "${first}" without the words that qualify it in Civic Daily: "${qualifier}"`);
  });
});

describe("a short quote with one word changed", () => {
  it("is one quotation across outlets, and a hedge put in its middle is flagged", () => {
    const d = onlyQuoteFlag([
      outlet("a", "Valley News", '"Road crews will close the bridge tonight," said Oren Halvy.', [HALVY], [{ text: "Road crews will close the bridge tonight", speaker: HALVY.key }]),
      outlet("b", "Riverside Times", '"Road crews might close the bridge tonight," said Oren Halvy.', [HALVY], [{ text: "Road crews might close the bridge tonight", speaker: HALVY.key }]),
    ]);
    expect(d.severity).toBe("high");
    expect(d.summary).toContain('the hedge "might" in Riverside Times is absent from Valley News');
  });
});

describe("what an outlet marks as not the speaker's words", () => {
  it("does not flag a clarification in square brackets", () => {
    const sources = [
      outlet("a", "Valley News", '"They have let the whole valley down again," said Rana Osei.', [OSEI], [{ text: "They have let the whole valley down again", speaker: OSEI.key }]),
      outlet("b", "Riverside Times", '"[The water board] have let the whole valley down again," said Rana Osei.', [OSEI], [
        { text: "[The water board] have let the whole valley down again", speaker: OSEI.key },
      ]),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });

  it("does not read an answer ('No, ...') as a negation of the words after it", () => {
    const sources = [
      outlet("a", "Valley News", '"No, the festival will go ahead as planned," said Jaan Pell.', [PELL], [{ text: "No, the festival will go ahead as planned", speaker: PELL.key }]),
      outlet("b", "Riverside Times", '"The festival will go ahead as planned," said Jaan Pell.', [PELL], [{ text: "The festival will go ahead as planned", speaker: PELL.key }]),
    ];
    expect(quoteFlags(compareSources(sources))).toEqual([]);
  });
});

describe("conditions after the shared words", () => {
  const full = (tail: string) =>
    outlet("a", "Valley News", `"The river will burst its banks tonight${tail}," said Oren Halvy.`, [HALVY], [{ text: `The river will burst its banks tonight${tail}`, speaker: HALVY.key }]);
  const short = outlet("b", "Riverside Times", '"The river will burst its banks tonight," said Oren Halvy.', [HALVY], [{ text: "The river will burst its banks tonight", speaker: HALVY.key }]);

  it("flag an excerpt that leaves out the condition the speaker attached", () => {
    const d = onlyQuoteFlag([full(" if the rain continues"), short]);
    expect(d.summary).toContain('the condition "if" in Valley News is absent from Riverside Times');
  });

  it("do not count a concession ('even if') as a condition", () => {
    expect(quoteFlags(compareSources([full(", even if the rain stops"), short]))).toEqual([]);
  });
});
