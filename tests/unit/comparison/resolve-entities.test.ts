import { describe, expect, it } from "vitest";
import { resolveEntities } from "@/lib/comparison/entities/resolve-entities";
import { stableId } from "@/lib/text/stable-id";
import { seedSources } from "../../fixtures/analyses/seed-sources";
import { article, type EntitySpec } from "./fixture";

const src = (id: string, text: string, entities: EntitySpec[]) => article(id, id, [text], { entities });

describe("resolveEntities", () => {
  it("merges López Obrador's full names (with and without accents) and the double surname alone", () => {
    const r = resolveEntities(seedSources());
    const amlo = r.entities.filter((e) => /obrador/i.test(e.name));
    expect(amlo).toHaveLength(1);
    expect(amlo[0].name).toBe("Andrés Manuel López Obrador");
    expect(amlo[0].aliases).toEqual(expect.arrayContaining(["Andres Manuel Lopez Obrador", "Lopez Obrador", "AMLO"]));
    expect(amlo[0].members).toHaveLength(3);
    expect(amlo[0].id).toBe(stableId("ent", "person", "andres manuel lopez obrador"));
  });

  it("links one person across outlets and maps claims and quote speakers to global ids", () => {
    const sources = seedSources();
    const r = resolveEntities(sources);
    const canseco = r.entities.find((e) => e.name === "Roberto Canseco")!;
    expect(canseco.members.map((m) => m.sourceId).sort()).toEqual(["src-cnn", "src-independent", "src-latinpost"]);
    const speakers = r.quoteSpeakers.filter((q) => q.entityId === canseco.id);
    expect(speakers.length).toBe(9);
    expect(r.claimSubjects.filter((c) => c.entityId === canseco.id)).toHaveLength(3);
  });

  it("keeps two people who share a surname apart, and leaves an ambiguous bare surname unlinked", () => {
    const r = resolveEntities([
      src("a", "Jorge Glas was arrested.", [{ key: "p1", name: "Jorge Glas", type: "person" }]),
      src("b", "Carlos Glas, his cousin, spoke.", [{ key: "p1", name: "Carlos Glas", type: "person" }]),
      src("c", "Glas declined to comment.", [{ key: "p1", name: "Glas", type: "person" }]),
    ]);
    const people = r.entities.filter((e) => e.type === "person");
    expect(people.map((e) => e.name).sort()).toEqual(["Carlos Glas", "Glas", "Jorge Glas"]);
  });

  it("links a bare surname to the unique full name, strips titles and folds diacritics", () => {
    const r = resolveEntities([
      src("a", "President Daniel Noboa spoke.", [{ key: "p", name: "President Daniel Noboa", type: "person" }]),
      src("b", "Noboa said so.", [{ key: "p", name: "Noboa", type: "person" }]),
      src("c", "Alicia Barcena said.", [{ key: "p", name: "Alicia Barcena", type: "person" }]),
      src("d", "Alicia Bárcena said.", [{ key: "p", name: "Alicia Bárcena", type: "person" }]),
      src("e", "The United Nations and the UN.", [
        { key: "o", name: "United Nations", type: "organization" },
        { key: "o2", name: "UN", type: "organization" },
      ]),
    ]);
    const noboa = r.entities.filter((e) => /noboa/i.test(e.name));
    expect(noboa).toHaveLength(1);
    expect(noboa[0].name).toBe("Daniel Noboa");
    const barcena = r.entities.filter((e) => /rcena/i.test(e.name));
    expect(barcena).toHaveLength(1);
    expect(barcena[0].name).toBe("Alicia Bárcena");
    expect(r.entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });

  it("links one multi-word name typed a person by one outlet and a club by another", () => {
    const r = resolveEntities([
      src("a", "Westford Wanderers won on Saturday.", [{ key: "p", name: "Westford Wanderers", type: "person" }]),
      src("b", "Westford Wanderers signed a winger.", [{ key: "o", name: "Westford Wanderers", type: "organization" }]),
    ]);
    expect(r.entities).toHaveLength(1);
  });

  it("links a company's one-word name to the full name another outlet prints with its line of business", () => {
    const r = resolveEntities([
      src("a", "Orlanda Dairies raised prices.", [{ key: "o", name: "Orlanda Dairies", type: "organization" }]),
      src("b", "Orlanda said demand was strong.", [{ key: "x", name: "Orlanda", type: "other" }]),
    ]);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0].name).toBe("Orlanda Dairies");
  });

  it("links a club's bare name to the name another outlet prints with a designator", () => {
    const r = resolveEntities([
      src("a", "He joined FC Brakel in June.", [{ key: "o", name: "FC Brakel", type: "organization" }]),
      src("b", "Brakel paid the fee.", [{ key: "x", name: "Brakel", type: "other" }]),
    ]);
    expect(r.entities).toHaveLength(1);
  });

  it("does not link a town to the club named after it", () => {
    const r = resolveEntities([
      src("a", "Kestrel FC won the cup.", [{ key: "o", name: "Kestrel FC", type: "organization" }]),
      src("b", "Flooding hit Kestrel overnight.", [{ key: "x", name: "Kestrel", type: "place" }]),
    ]);
    expect(r.entities).toHaveLength(2);
  });

  it("does not link a word another outlet uses as a place to the club named after it", () => {
    const r = resolveEntities([
      src("a", "He joined Kestrel FC at nine.", [{ key: "o", name: "Kestrel FC", type: "organization" }]),
      src("b", "He grew up in Kestrel.", [{ key: "x", name: "Kestrel", type: "place" }]),
      src("c", "Kestrel celebrated all night.", [{ key: "x", name: "Kestrel", type: "other" }]),
    ]);
    expect(r.entities.find((e) => e.name === "Kestrel FC")?.members).toHaveLength(1);
  });

  it("does not merge a person with a place of the same name", () => {
    const r = resolveEntities([
      src("a", "Jordan spoke.", [{ key: "p", name: "Jordan", type: "person" }]),
      src("b", "Jordan hosted talks.", [{ key: "x", name: "Jordan", type: "place" }]),
    ]);
    expect(r.entities).toHaveLength(2);
  });
});
