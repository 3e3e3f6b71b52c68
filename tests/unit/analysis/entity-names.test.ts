import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";

/** The entities of a few paragraphs, by name: type and printed forms. */
function entitiesOf(...paragraphs: string[]) {
  const a = analyzeArticle(paragraphs.join("\n\n"));
  return Object.fromEntries(a.entities.map((e) => [e.name, { type: e.type, aliases: e.aliases }]));
}
const names = (...paragraphs: string[]) => Object.keys(entitiesOf(...paragraphs));

describe("titles, labels and affiliations stay out of names", () => {
  it("reads an abbreviated title with its full stop as a title", () => {
    const e = entitiesOf("The search was led by Lt. Col. Oren Falk of the border police.", "Falk said the river was too high.");
    expect(e["Oren Falk"].type).toBe("person");
    expect(e["Oren Falk"].aliases).toContain("Falk");
    expect(names("The search was led by Lt. Col. Oren Falk of the border police.")).not.toContain("Lt");
  });

  it("drops a party label before a politician's name", () => {
    const e = entitiesOf("Republican Dora Quill voted against the bill on Tuesday.", "Quill called the measure rushed.");
    expect(e["Dora Quill"].type).toBe("person");
    expect(Object.keys(e).some((n) => n.includes("Republican"))).toBe(false);
  });

  it("drops a party label and a title before '<Name> of <Place>'", () => {
    const e = names("Republican Sen. Ruth Adair of Caldervale told reporters the bill was dead.");
    expect(e).toContain("Ruth Adair");
    expect(e.some((n) => n.includes("Republican") || n.includes(" of "))).toBe(false);
  });

  it("keeps a party label that is part of a party's name", () => {
    expect(entitiesOf("The motion was tabled by the Republican Party in the state senate.")["Republican Party"].type).toBe("organization");
  });

  it("splits '<Name> of <Party>' into the person and the party", () => {
    const e = entitiesOf("The amendment came from Ilse Marten of the Harbour Party, who chairs the budget panel.");
    expect(e["Ilse Marten"].type).toBe("person");
    expect(e["Harbour Party"].type).toBe("organization");
  });

  it("splits '<Title> <Name> of <Place>' into the person and the place", () => {
    const e = names("Sen. Ruth Adair of Caldervale opposed the nomination.");
    expect(e).toContain("Ruth Adair");
    expect(e).not.toContain("Ruth Adair of Caldervale");
  });

  it("keeps '<Head> of <Name>' whole: a bank, a university, a ministry", () => {
    expect(entitiesOf("Economists at the Central Bank of Westland disagreed.")["Central Bank of Westland"].type).toBe("organization");
  });

  it("drops a person noun that opens a sentence before a name", () => {
    expect(names("Survivor Matteo Renz said the carriage filled with smoke.")).toContain("Matteo Renz");
  });

  it("drops a sentence-opening word the article prints elsewhere as a noun", () => {
    expect(names("Coroner Edda Lynn opened the inquest.", "The hearing was adjourned, the coroner's office said.")).toContain("Edda Lynn");
  });

  it("keeps the first word of a first name and surname that opens a sentence", () => {
    expect(names("Baker Tollund threw three touchdowns on Sunday.")).toContain("Baker Tollund");
  });

  it("does not split a body or a state at 'of'", () => {
    const e = entitiesOf("The Lowport Chamber of Commerce welcomed the budget.", "Exports to the People's Republic of Ostria rose.");
    expect(e["Lowport Chamber of Commerce"].type).toBe("organization");
    expect(e["People's Republic of Ostria"].type).toBe("place");
  });

  it("reads 'Chief Executive' as a title, not the start of a name", () => {
    expect(names("Chief Executive Noor Haddix announced the merger.")).toContain("Noor Haddix");
  });
});

describe("organisations are named whole and typed as organisations", () => {
  it("keeps an ampersand inside a firm's name", () => {
    const e = entitiesOf("Auditors from Pell & Ocampo signed off on the accounts.", "A spokesman for Pell & Ocampo declined to comment.");
    expect(e["Pell & Ocampo"].type).toBe("organization");
  });

  it("keeps a plural possessive before an organisation's head inside the name", () => {
    const e = entitiesOf("The Bus Drivers' Union called a strike for Monday.");
    expect(e["Bus Drivers' Union"].type).toBe("organization");
  });

  it("types '<Name> <line of business>' as a company and its first word as its short form", () => {
    const e = entitiesOf("Orlanda Dairies reported record profits on Friday.", "Shares in Orlanda fell 4% after the announcement.");
    expect(e["Orlanda Dairies"].type).toBe("organization");
    expect(e["Orlanda Dairies"].aliases).toContain("Orlanda");
  });

  it("keeps an office's possessive before an organisation's head inside the name", () => {
    expect(entitiesOf("A spokesman for the Sheriff's Office declined to comment.")["Sheriff's Office"].type).toBe("organization");
  });

  it("joins a company's short form opening a sentence when the full name only ever opens one too", () => {
    const e = entitiesOf("Kelvale Shipping opened a new route on Friday.", "Kelvale, which was founded in 1952, employs 800 people.");
    expect(e["Kelvale Shipping"].aliases).toContain("Kelvale");
  });

  it("does not take a line of business printed alone for an organisation", () => {
    expect(names('"Studios like these rarely survive a second flop," the producer said.')).not.toContain("Studios");
  });

  it("reads a club designator as an organisation and the bare name as its short form", () => {
    const e = entitiesOf("The striker joined Kestrel FC on loan.", "He scored twice for Kestrel before the break.");
    expect(e["Kestrel FC"].type).toBe("organization");
    expect(e["Kestrel FC"].aliases).toContain("Kestrel");
  });

  it("does not read an all-caps club prefix as the word 'if'", () => {
    expect(entitiesOf("The midfielder left IF Brakel for a club in the south.")["IF Brakel"].type).toBe("organization");
  });

  it("joins a vessel's name without its prefix to the vessel", () => {
    const e = entitiesOf("The MV Solvang ran aground near the harbour.", "The Solvang had been refitted in May.");
    expect(e["MV Solvang"].aliases).toContain("Solvang");
  });

  it("does not take a league for a title and a person", () => {
    const e = entitiesOf("The side finished second in the Premier League last season.");
    expect(e["Premier League"].type).toBe("organization");
    expect(Object.keys(e)).not.toContain("League");
  });

  it("does not split an organisation's name at a leading connector", () => {
    expect(names("Workers of Tallis walked out on Monday.", "Tallis Motors makes buses.")).not.toContain("of Tallis");
  });

  it("does not join a town to a club named after it when the town is a place in the text", () => {
    const e = entitiesOf("She grew up in Ashby Cross and played for Ashby Cross FC.", "Ashby Cross FC thanked her.");
    expect(e["Ashby Cross FC"].aliases).not.toContain("Ashby Cross");
  });

  it("does not take a place named after 'of' in an organisation's name for its short form", () => {
    const e = entitiesOf("Springdale residents packed the hall.", "The University of Springdale will host the debate.");
    expect(e["University of Springdale"].aliases).not.toContain("Springdale");
  });

  it("types '<Place> <Word>' as a body of that place, not a person", () => {
    const e = entitiesOf("The mill closed in Brightwater last spring.", "Brightwater Wanderers will play at the old ground.");
    expect(e["Brightwater Wanderers"].type).toBe("organization");
  });

  it("reads an all-caps dateline as the place the story is filed from", () => {
    const e = entitiesOf("KESTON, Westland (Agency) — Floodwater reached the town hall on Sunday.");
    expect(e["Keston"].type).toBe("place");
  });
});

describe("people are one entity under every form", () => {
  it("joins a lone first name in a quote to the one person of that name whose surname is printed", () => {
    const e = entitiesOf("The club signed Aurelio Banz on Monday.", "Banz trained with the squad.", '"We have wanted Aurelio for years," the coach said.');
    expect(e["Aurelio Banz"].aliases).toEqual(expect.arrayContaining(["Banz", "Aurelio"]));
  });

  it("does not join a town to a newspaper named after it", () => {
    const e = entitiesOf("The Fenwick Herald first reported the closure.", "Fenwick's harbour reopened on Monday.");
    expect(e["Fenwick Herald"]?.aliases ?? []).not.toContain("Fenwick");
  });
});

describe("the service before a title, and possessives inside place names", () => {
  it("keeps the service before a title in the title, not as a name of its own", () => {
    const found = names("Fire Chief Nils Ardent said crews worked all night.", "Police Commissioner Ruth Oyelaran and Health Minister Sam Tuck visited the site.");
    expect(found).toEqual(expect.arrayContaining(["Nils Ardent", "Ruth Oyelaran", "Sam Tuck"]));
    for (const word of ["Fire", "Police", "Health"]) expect(found).not.toContain(word);
  });

  it("reads a person's possessive before a street's, place's or institution's head as one name", () => {
    const e = entitiesOf("Shops on Miller's Lane and Queen's Road stayed shut.", "Patients were moved to St. Anne's Hospital near Cooper's Row.");
    expect(e["Miller's Lane"]?.type).toBe("place");
    expect(e["Queen's Road"]?.type).toBe("place");
    expect(e["Cooper's Row"]?.type).toBe("place");
    expect(e["St. Anne's Hospital"]?.type).toBe("organization");
    for (const piece of ["Miller", "Lane", "Road", "Row", "Hospital"]) expect(Object.keys(e)).not.toContain(piece);
  });

  it("leaves a country's possessive and a surname like Park or Hill alone", () => {
    const e = entitiesOf("Westland's Lake Ardo rose overnight, Mayor Dana Park said.", "Park said Tom Hill would lead the search.");
    expect(e["Dana Park"]?.type).toBe("person");
    expect(e["Tom Hill"]?.type).toBe("person");
    expect(e["Lake Ardo"]?.type).toBe("place");
  });
});
