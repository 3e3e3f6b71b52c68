/**
 * Cross-source rules on real sentences of the seed articles (hand-built analyses with exact offsets).
 */
import { describe, expect, it } from "vitest";
import { clusterQuotes } from "@/lib/comparison/quotes/cluster-quotes";
import { compareSources } from "@/lib/comparison/compare-sources";
import { resolveEntities } from "@/lib/comparison/entities/resolve-entities";
import type { TClaimAttribute, TComparison, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { seedSources } from "../../fixtures/analyses/seed-sources";
import { article, type EntitySpec } from "./fixture";

const ECUADOR: EntitySpec = { key: "place:ecuador", name: "Ecuador", type: "place", aliases: ["Ecuadorian"] };
const MEXICO: EntitySpec = { key: "place:mexico", name: "Mexico", type: "place", aliases: ["Mexican"] };
const GLAS: EntitySpec = { key: "person:glas", name: "Jorge Glas", type: "person", aliases: ["Glas"] };

/** Add a claim on a sentence of an existing fixture (offsets located by phrase). */
function addClaim(src: TSourceAnalysis, c: { subject: string; attribute: TClaimAttribute; in: string; value: string; normalized: string }) {
  const text = src.analysis.text;
  const at = text.indexOf(c.in);
  const sent = src.analysis.sentences.find((x) => x.start <= at && at < x.end)!;
  const valueStart = text.indexOf(c.value, sent.start);
  src.analysis.claims.push({
    start: sent.start, end: sent.end, text: text.slice(sent.start, sent.end), subjectKey: c.subject, attribute: c.attribute,
    value: c.value, normalizedValue: c.normalized, valueStart, valueEnd: valueStart + c.value.length, isCaption: false,
  });
}

function expectSlices(c: TComparison, sources: TSourceAnalysis[]) {
  const text = new Map(sources.map((s) => [s.sourceId, s.analysis.text]));
  for (const d of c.discrepancies) for (const i of d.items) expect(text.get(i.sourceId)!.slice(i.start, i.end)).toBe(i.excerpt);
}

describe("a leader's administration speaks as the government of the country that leader heads", () => {
  const lp = (withQuoteCreditedToPerson = false) =>
    article(
      "lp",
      "Latin Post",
      [
        'In a statement on X (formerly Twitter), the Daniel Noboa administration said that Glas was "sentenced to imprisonment by the Ecuadorian justice system" and that he was "arrested tonight and placed under the orders of the competent authorities."',
        'Even with Glas being inside what was considered Mexican soil, the Ecuadorian government stated that his diplomatic asylum was "contrary to the conventional legal framework."',
      ],
      {
        entities: [
          GLAS,
          { key: "person:noboa", name: "Daniel Noboa", type: "person" },
          { key: "org:admin", name: "Daniel Noboa administration", type: "organization" },
          { key: "org:gov", name: "Government of Ecuador", type: "organization", aliases: ["Ecuadorian government"] },
        ],
        quotes: [
          { text: "sentenced to imprisonment by the Ecuadorian justice system", speaker: withQuoteCreditedToPerson ? "person:noboa" : "org:admin" },
          { text: "arrested tonight and placed under the orders of the competent authorities", speaker: withQuoteCreditedToPerson ? "person:noboa" : "org:admin" },
        ],
      },
    );
  const ind = (withRole = true) =>
    article(
      "ind",
      "The Independent",
      [
        "A day earlier, tensions between the two countries escalated after Mexico's president made statements that Ecuador considered “very unfortunate” about last year's election, won by Ecuadorian President Daniel Noboa.",
      ],
      {
        entities: [{ key: "person:noboa", name: "Daniel Noboa", type: "person" }],
        claims: withRole ? [{ subject: "person:noboa", attribute: "role", in: "won by", value: "Ecuadorian President", normalized: "ecuador president" }] : [],
      },
    );
  const cnn = () =>
    article(
      "cnn",
      "CNN",
      [
        "Glas was “sentenced to imprisonment by the Ecuadorian justice system,” the statement from Ecuador’s government read, and was “arrested tonight and placed under the orders of the competent authorities.”",
      ],
      {
        entities: [GLAS, { key: "org:gov", name: "Government of Ecuador", type: "organization", aliases: ["Ecuador’s government"] }],
        quotes: [
          { text: "sentenced to imprisonment by the Ecuadorian justice system", speaker: "org:gov" },
          { text: "arrested tonight and placed under the orders of the competent authorities", speaker: "org:gov" },
        ],
      },
    );

  it("merges the administration with the government, keeps the person apart and raises no attribution", () => {
    const sources = [lp(), ind(), cnn()];
    const r = resolveEntities(sources);
    const gov = r.entities.find((e) => e.name === "Government of Ecuador")!;
    expect(gov.aliases).toContain("Daniel Noboa administration");
    expect(r.entities.find((e) => e.name === "Daniel Noboa")!.id).not.toBe(gov.id);
    const c = compareSources(sources);
    expect(c.discrepancies.filter((d) => d.kind === "attribution")).toEqual([]);
    expect(c.quoteClusters!.every((q) => !q.attributionDiffers && q.kind === "identical")).toBe(true);
  });

  it("does not merge without a role claim saying which country the person leads", () => {
    const r = resolveEntities([lp(), ind(false), cnn()]);
    expect(r.entities.find((e) => e.name === "Government of Ecuador")!.aliases).not.toContain("Daniel Noboa administration");
  });

  it("does not flag the person and the government as different speakers when the cue printed '<person> administration'", () => {
    const a = lp(true);
    // the cue "the Daniel Noboa administration said" as the extractor records it
    const cueStart = a.analysis.text.indexOf("Daniel Noboa administration said");
    for (const q of a.analysis.quotes) Object.assign(q, { cueStart, cueEnd: cueStart + "Daniel Noboa administration said".length });
    const c = compareSources([a, ind(), cnn()]);
    expect(c.discrepancies.filter((d) => d.kind === "attribution")).toEqual([]);
  });
});

describe("acronyms extending a leading acronym", () => {
  it("links 'CNNE' to 'CNN en Español' and keeps 'CNN' apart", () => {
    const a = article("a", "A", ["“It is barbarism,” Canseco told a reporter from CNN en Español. (CNN) — Ecuadorian police stormed the embassy."], {
      entities: [
        { key: "org:cnne", name: "CNN en Español", type: "organization" },
        { key: "org:cnn", name: "CNN", type: "organization" },
      ],
    });
    const b = article("b", "B", ["A spokesperson told CNNE that the country is “breaking” diplomatic relations with Ecuador."], {
      entities: [{ key: "org:cnne", name: "CNNE", type: "organization" }],
    });
    const r = resolveEntities([a, b]);
    const esp = r.entities.find((e) => e.name === "CNN en Español")!;
    expect(esp.aliases).toContain("CNNE");
    expect(r.entities.find((e) => e.name === "CNN")!.id).not.toBe(esp.id);
  });
});

describe("locations of one kind at different specificity", () => {
  const lp = article("lp", "Latin Post", ["The former VP has been transferred to a maximum-security prison in Guayaquil known as La Roca."], {
    entities: [GLAS],
    claims: [{ subject: "person:glas", attribute: "location", in: "transferred", value: "a maximum-security prison in Guayaquil known as La Roca" }],
  });
  const ind = article("ind", "The Independent", ["He was taken from the attorney general's office to a detention facility in an armored vehicle."], {
    entities: [GLAS],
    claims: [{ subject: "person:glas", attribute: "location", in: "taken from", value: "a detention facility" }],
  });
  const cnn = article("cnn", "CNN", ["Glas says he is the subject of political persecution and had been sheltering inside the embassy."], {
    entities: [GLAS],
    claims: [{ subject: "person:glas", attribute: "location", in: "sheltering", value: "inside the embassy" }],
  });

  it("groups a named prison and 'a detention facility' as a variant, never a conflict, apart from another place", () => {
    const c = compareSources([lp, ind, cnn]);
    const g = c.groups.find((x) => x.attribute === "location" && x.claims.length === 2)!;
    expect(g.agreement).toBe("variant");
    expect(g.claims.map((x) => x.sourceId).sort()).toEqual(["ind", "lp"]);
    expect(c.discrepancies.filter((d) => d.kind === "conflict")).toEqual([]);
    const v = c.discrepancies.find((d) => d.kind === "variant" && d.attribute === "location")!;
    expect(v.summary).toContain("a detention facility");
  });

  it("reports the place as omitted by the outlet that does not say where he was taken", () => {
    const c = compareSources([lp, ind, cnn]);
    const om = c.discrepancies.find((d) => d.kind === "omission" && d.attribute === "location")!;
    expect(om.missingSourceIds).toEqual(["cnn"]);
  });
});

describe("omissions backed by another outlet's sentence", () => {
  const ind = article("ind", "The Independent", [
    "Ecuadorian police forced their way into the embassy in the capital, Quito, to arrest Glas, who had been residing there since December.",
    "Bárcena said that Mexico would take the case to the International Court of Justice “to denounce Ecuador’s responsibility for violations of international law.”",
    "A day earlier, tensions between the two countries escalated after Mexico's president made statements that Ecuador considered “very unfortunate” about last year's election, won by Ecuadorian President Daniel Noboa.",
    "In reaction, the Ecuadorian government declared the Mexican ambassador persona non grata.",
  ], {
    entities: [{ key: "org:gov", name: "Government of Ecuador", type: "organization", aliases: ["Ecuadorian government"] }, MEXICO],
    claims: [{ subject: "org:gov", attribute: "action", in: "declared", value: "declared the Mexican ambassador persona non grata", normalized: "declare mexico ambassador persona non grata" }],
  });
  const cnn = article(
    "cnn",
    "CNN",
    [
      "(CNN) — Ecuadorian police stormed the Mexican embassy in Quito on Friday night to arrest a former vice president seeking asylum there.",
      "Mexico plans to lodge a complaint with the International Court of Justice to denounce the Ecuadorian police’s actions, she added.",
      "The rift resulted in a series of diplomatic provocations this week, that also included Ecuador rejecting Mexico’s ambassador to the country, who was declared “persona non grata.”",
    ],
    { entities: [ECUADOR, MEXICO] },
  );
  const lp = article("lp", "Latin Post", [
    "Mexico was not happy at the raid in its embassy, calling it \"an outrage against international law.\"",
    "To get inside the Mexican Embassy, Ecuadorian police broke down the building's external doors and forcibly entered the main patio to arrest Glas.",
  ], { entities: [MEXICO] });

  it("counts an outlet whose sentence states the fact without an extracted claim as reporting it", () => {
    const sources = [lp, ind, cnn];
    const c = compareSources(sources);
    const om = c.discrepancies.find((d) => d.kind === "omission")!;
    expect(om.missingSourceIds).toEqual(["lp"]);
    expect(om.items.map((i) => [i.sourceId, i.claimIndex])).toEqual([["ind", 0], ["cnn", null]]);
    expect(om.summary).toMatch(/^Latin Post does not report what The Independent and CNN say/);
    expectSlices(c, sources);
  });

  it("needs more than a shared word: a sentence about something else does not back the fact", () => {
    const other = article("cnn", "CNN", [
      "(CNN) — Ecuadorian police stormed the Mexican embassy in Quito on Friday night to arrest a former vice president seeking asylum there.",
      "Mexico’s ambassador to the country attended a conference this week.",
    ], { entities: [MEXICO] });
    const c = compareSources([lp, ind, other]);
    expect(c.discrepancies.filter((d) => d.kind === "omission")).toEqual([]);
  });
});

describe("quotes across outlets", () => {
  const sources = seedSources();
  const c = compareSources(sources);

  it("exposes clusters with their kind: punctuation-only, identical, identical excerpt", () => {
    const byStart = (t: string) => c.quoteClusters!.find((q) => q.text.startsWith(t))!;
    expect(byStart("This is not possible").kind).toBe("punctuation");
    expect(byStart("It is barbarism").kind).toBe("identical");
    expect(byStart("It is barbarism").quotes.map((q) => q.sourceId)).toEqual(["src-cnn", "src-latinpost"]);
    expect(byStart("I am very worried").kind).toBe("punctuation");
    // ids are content hashes: stable across recomputation and order
    const again = compareSources([...seedSources()].reverse());
    expect(again.quoteClusters!.map((q) => q.id).sort()).toEqual(c.quoteClusters!.map((q) => q.id).sort());
  });

  it("does not call a quote two outlets print and the third leaves out a discrepancy", () => {
    expect(c.discrepancies.filter((d) => d.attribute === "quote" && d.kind === "omission")).toEqual([]);
    // the words two outlets print with other sentence breaks are at most a low-severity variant
    const worried = c.discrepancies.filter((d) => d.attribute === "quote" && d.items.some((i) => i.excerpt.includes("I am very worried")));
    expect(worried.every((d) => d.kind === "variant" && d.severity === "low")).toBe(true);
  });

  it("clusters within a source are not attribution discrepancies by themselves", () => {
    const clusters = clusterQuotes(sources, resolveEntities(sources));
    expect(clusters.filter((q) => q.attribution)).toEqual([]);
  });
});

describe("one action of a country and its police", () => {
  it("aligns 'Ecuador conducted a police raid' with 'Ecuadorian police stormed the Mexican embassy'", () => {
    const [lp, ind, cnn] = seedSources();
    lp.analysis.entities.push({ ...ECUADOR, aliases: ECUADOR.aliases ?? [] });
    addClaim(lp, { subject: "place:ecuador", attribute: "action", in: "conducted a police raid", value: "conducted a police raid on Mexican soil", normalized: "raid mexico soil" });
    const c = compareSources([lp, ind, cnn]);
    const g = c.groups.find((x) => x.attribute === "action" && x.claims.some((r) => r.sourceId === "src-latinpost"))!;
    expect(g.claims.map((r) => r.sourceId)).toEqual(expect.arrayContaining(["src-cnn", "src-latinpost"]));
    expect(g.agreement).toBe("variant");
    expect(c.entities.find((e) => e.id === g.subjectEntityId)!.name).toBe("Police of Ecuador");
    expect(c.discrepancies.filter((d) => d.kind === "conflict" && d.attribute === "action")).toEqual([]);
  });

  it("keeps the actions of two different countries apart", () => {
    const a = article("a", "A", ["Mexico is severing diplomatic ties with Ecuador."], {
      entities: [MEXICO, ECUADOR],
      claims: [{ subject: "place:mexico", attribute: "action", in: "severing", value: "severing diplomatic ties", normalized: "sever diplomatic relations" }],
    });
    const b = article("b", "B", ["Ecuador is severing diplomatic ties with Mexico."], {
      entities: [MEXICO, ECUADOR],
      claims: [{ subject: "place:ecuador", attribute: "action", in: "severing", value: "severing diplomatic ties", normalized: "sever diplomatic relations" }],
    });
    expect(compareSources([a, b]).groups.filter((g) => g.attribute === "action")).toHaveLength(2);
  });
});
