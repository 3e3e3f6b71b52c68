import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/comparison/compare-sources";
import { clusterQuotes } from "@/lib/comparison/quotes/cluster-quotes";
import { resolveEntities } from "@/lib/comparison/entities/resolve-entities";
import { ZComparison, type TComparison, type TSourceAnalysis } from "@/lib/schemas/pipeline";
import { cnn, independent, latinPost, seedSources } from "../../fixtures/analyses/seed-sources";
import { article } from "./fixture";

const entityNamed = (c: TComparison, name: string) => c.entities.find((e) => e.name === name || e.aliases.includes(name));

function expectExcerptsAreSlices(c: TComparison, sources: TSourceAnalysis[]) {
  const text = new Map(sources.map((s) => [s.sourceId, s.analysis.text]));
  for (const d of c.discrepancies) for (const i of d.items) expect(text.get(i.sourceId)!.slice(i.start, i.end)).toBe(i.excerpt);
}

describe("compareSources on seed paragraphs", () => {
  const sources = seedSources();
  const result = compareSources(sources);

  it("returns a comparison that passes the contract, with excerpts equal to their slices", () => {
    expect(() => ZComparison.parse(result)).not.toThrow();
    expectExcerptsAreSlices(result, sources);
    expect(result.claimSubjects).toHaveLength(sources.reduce((n, s) => n + s.analysis.claims.length, 0));
  });

  it("flags Canseco's role as one conflict pointing at both exact excerpts", () => {
    const canseco = entityNamed(result, "Roberto Canseco")!;
    const conflicts = result.discrepancies.filter((d) => d.kind === "conflict" && d.subjectEntityId === canseco.id);
    expect(conflicts).toHaveLength(1);
    const [d] = conflicts;
    expect(d.attribute).toBe("role");
    expect(d.summary).toContain("head of chancellery and policy affairs of the Mexican embassy");
    expect(d.summary).toContain("head of the Mexican consular section in Quito");
    expect(d.summary).toContain("The Independent");
    const bySource = new Map(d.items.map((i) => [i.sourceId, i]));
    expect(bySource.get("src-independent")!.excerpt).toContain("head of the Mexican consular section in Quito");
    expect(bySource.get("src-latinpost")!.excerpt).toContain("head of chancellery and policy affairs of the Mexican embassy");
    const group = result.groups.find((g) => g.id === d.groupId)!;
    expect(group.agreement).toBe("conflict");
  });

  it("flags 'over the last few days' vs 'since December' as a time-span conflict", () => {
    const d = result.discrepancies.find((x) => x.kind === "conflict" && x.attribute === "time_span");
    expect(d).toBeDefined();
    expect(d!.summary).toContain("over the last few days");
    expect(d!.summary).toContain("since December");
  });

  it("does not call equivalent office names or a same-outlet caption a conflict", () => {
    const conflicts = result.discrepancies.filter((d) => d.kind === "conflict");
    expect(conflicts.map((d) => d.subject).sort()).toEqual(["Jorge Glas", "Roberto Canseco"]);
    const barcena = entityNamed(result, "Alicia Bárcena")!;
    const g = result.groups.find((x) => x.subjectEntityId === barcena.id && x.attribute === "role")!;
    expect(g.agreement).toBe("variant");
    const glasRole = result.groups.filter((x) => x.subjectEntityId === entityNamed(result, "Jorge Glas")!.id && x.attribute === "role");
    expect(glasRole).toHaveLength(1);
    // the caption's "Ecuador's Vice President" is the same outlet that prints "former" in its body: a variant
    expect(glasRole[0].agreement).toBe("variant");
  });

  it("calls a body text that presents a former office as current a former-vs-current conflict", () => {
    const extra = article("src-extra", "Daily Extra", ["Ecuador's Vice President Jorge Glas said on Friday that he would appeal."], {
      entities: [{ key: "p", name: "Jorge Glas", type: "person" }],
      claims: [{ subject: "p", attribute: "role", in: "would appeal", value: "Ecuador's Vice President", normalized: "ecuador vice president" }],
    });
    const srcs = [...seedSources(), extra];
    const c = compareSources(srcs);
    const d = c.discrepancies.find((x) => x.kind === "conflict" && x.subject === "Jorge Glas" && x.attribute === "role")!;
    expect(d).toBeDefined();
    expect(d.severity).toBe("medium");
    expect(d.summary).toContain("Daily Extra");
    expect(d.items.some((i) => i.sourceId === "src-extra")).toBe(true);
    expectExcerptsAreSlices(c, srcs);
  });

  it("reports the broken diplomatic relations as an omission by the outlet that does not mention them", () => {
    const mexico = entityNamed(result, "Mexico")!;
    const group = result.groups.find((g) => g.subjectEntityId === mexico.id && g.attribute === "action")!;
    expect(group.claims.map((c) => c.sourceId).sort()).toEqual(["src-cnn", "src-independent"]);
    const om = result.discrepancies.find((d) => d.kind === "omission" && d.groupId === group.id)!;
    expect(om).toBeDefined();
    expect(om.missingSourceIds).toEqual(["src-latinpost"]);
    expect(om.severity).toBe("high");
    expect(om.items.map((i) => i.sourceId).sort()).toEqual(["src-cnn", "src-independent"]);
    expect(om.summary).toMatch(/^Latin Post does not report/);
  });

  it("treats an identical quote as agreement and a quote cut into other sentences as a low-severity variant", () => {
    const clusters = clusterQuotes(sources, resolveEntities(sources));
    const barbarism = clusters.find((c) => c.members.some((m) => m.text === "It is barbarism"))!;
    expect(barbarism.members.map((m) => m.sourceId).sort()).toEqual(["src-cnn", "src-latinpost"]);
    expect(barbarism.kind).toBe("identical");
    expect(barbarism.attribution).toBeNull();
    expect(result.discrepancies.some((d) => d.items.some((i) => i.excerpt === "It is barbarism"))).toBe(false);

    // commas in one outlet, full stops in the other: the same words, printed as other sentences
    const crazy = clusters.find((c) => c.members.some((m) => m.text.startsWith("This is not possible")))!;
    expect(crazy.kind).toBe("punctuation");
    const flagged = result.discrepancies.filter((d) => d.items.some((i) => i.excerpt.includes("This is not possible")));
    expect(flagged.map((d) => [d.kind, d.severity, d.method])).toEqual([["variant", "low", "quote.variant"]]);
  });

  it("does not flag attribution when only one outlet credits a phrase to both the country and its diplomat", () => {
    expect(result.discrepancies.filter((d) => d.kind === "attribution")).toEqual([]);
  });

  it("flags, with low severity only, words credited to a country by two outlets and to its diplomat by one of them", () => {
    const lp = article("src-latinpost", "Latin Post", ['Mexico was not happy at the raid in its embassy, calling it "an outrage against international law."'], {
      entities: [{ key: "place:mexico", name: "Mexico", type: "place" }],
      quotes: [{ text: "an outrage against international law", speaker: "place:mexico", partial: true }],
    });
    const srcs = [lp, independent(), cnn()];
    const c = compareSources(srcs);
    const att = c.discrepancies.filter((d) => d.kind === "attribution");
    expect(att).toHaveLength(1);
    expect(att[0].severity).toBe("low");
    expect(att[0].subject).toBe("Mexico");
    expect(att[0].summary).toBe(
      'The words "an outrage against international law" are credited to Mexico (CNN and Latin Post) and to Roberto Canseco (CNN); the person may be speaking for the institution',
    );
    expect(c.quoteClusters!.find((q) => q.attributionDiffers)!.quotes.map((q) => q.sourceId)).toEqual(["src-cnn", "src-cnn", "src-latinpost"]);
    expectExcerptsAreSlices(c, srcs);
  });

  it("credits the same words to different speakers as an attribution discrepancy", () => {
    const lp = latinPost();
    const barcena = { key: "person:barcena", name: "Alicia Bárcena", type: "person" as const, aliases: [] };
    lp.analysis.entities.push(barcena);
    const q = lp.analysis.quotes.findIndex((x) => x.text === "It is impossible for them to violate the diplomatic premises as they have done.");
    lp.analysis.quotes[q] = { ...lp.analysis.quotes[q], speakerKey: barcena.key, speakerName: barcena.name };
    const srcs = [lp, independent(), cnn()];
    const c = compareSources(srcs);
    const d = c.discrepancies.find((x) => x.kind === "attribution" && x.severity === "high")!;
    expect(d).toBeDefined();
    expect(d.summary).toContain("Alicia Bárcena (Latin Post)");
    expect(d.summary).toContain("Roberto Canseco (CNN)");
    expectExcerptsAreSlices(c, srcs);
  });

  it("keeps ids stable across recomputation and input order", () => {
    const again = compareSources([cnn(), latinPost(), independent()]);
    expect(again.discrepancies.map((d) => d.id).sort()).toEqual(result.discrepancies.map((d) => d.id).sort());
    expect(again.groups.map((g) => g.id).sort()).toEqual(result.groups.map((g) => g.id).sort());
    expect(again.entities.map((e) => e.id).sort()).toEqual(result.entities.map((e) => e.id).sort());
    expect(new Set(result.discrepancies.map((d) => d.id)).size).toBe(result.discrepancies.length);
    expect(new Set(result.groups.map((g) => g.id)).size).toBe(result.groups.length);
  });

  it("handles a single source and no sources", () => {
    expect(ZComparison.parse(compareSources([]))).toEqual({ entities: [], claimSubjects: [], quoteSpeakers: [], groups: [], discrepancies: [], quoteClusters: [], resolvedDates: [] });
    const one = compareSources([latinPost()]);
    expect(one.discrepancies).toEqual([]);
    expect(one.groups.every((g) => g.agreement === "single")).toBe(true);
  });
});
