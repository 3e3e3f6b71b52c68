import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";

/** Every quote of a few paragraphs as [quoted words, speaker name]. */
function quotesOf(...paragraphs: string[]): Array<[string, string | null]> {
  return analyzeArticle(paragraphs.join("\n\n")).quotes.map((q) => [q.text, q.speakerName]);
}
/** The speaker of the quote starting with `words`. */
function speakerOf(words: string, ...paragraphs: string[]): string | null | undefined {
  return quotesOf(...paragraphs).find(([t]) => t.startsWith(words))?.[1];
}

describe("a speaker named after the quote", () => {
  it("reads an abbreviated title with its full stop", () => {
    expect(speakerOf("The dam will hold", '"The dam will hold," said Gov. Ada Brennick, who toured the site on Sunday.')).toBe("Ada Brennick");
  });

  it("passes over lower-case role words between the verb and the name", () => {
    expect(speakerOf("We need more buses", '"We need more buses," said city councillor Casper Reyl.')).toBe("Casper Reyl");
  });

  it("takes a second quote that is a sentence of its own, however short, as the same speaker's", () => {
    expect(quotesOf('"We lost the vote," said Ilse Marten. "Nothing else matters."')).toEqual([
      ["We lost the vote", "Ilse Marten"],
      ["Nothing else matters.", "Ilse Marten"],
    ]);
  });
});

describe("a speaker named without a verb of saying", () => {
  it("takes the subject of a clause that ends in a colon", () => {
    expect(speakerOf("We have failed", 'Mayor Ilka Brandvold was blunt: "We have failed these families."')).toBe("Ilka Brandvold");
  });

  it("takes no one from a colon clause that only names its topic", () => {
    expect(speakerOf("Count one", 'The charges against Otto Brandl are listed in full: "Count one, fraud in the first degree."')).toBeNull();
  });

  it("takes the person the next sentence says the words were from", () => {
    expect(speakerOf("We have failed", '"We have failed these families." Those were the words of Mayor Ilka Brandvold on Tuesday.')).toBe("Ilka Brandvold");
  });
});

describe("a speaker named before the quote", () => {
  it("skips an appositive between the name and the verb", () => {
    const text = 'Ivo Stane, who chairs the regional transport board, told reporters the line would stay shut "until the engineers are satisfied."';
    expect(speakerOf("until the engineers", text)).toBe("Ivo Stane");
  });

  it("skips an appositive followed by an adverb", () => {
    const text = 'Ivo Stane, the former FA chief executive, once described the league as "a circus with a balance sheet".';
    expect(speakerOf("a circus", text)).toBe("Ivo Stane");
  });

  it("takes a name printed as the appositive of a role", () => {
    expect(speakerOf("exhausted but steady", 'The head nurse, Mirela Dufort, said her staff were "exhausted but steady."')).toBe("Mirela Dufort");
  });

  it("takes the speaker before a colon, not the organisation in the appositive", () => {
    const text = 'Bruno Akers, who has chaired Ostbank since 2019, wrote to shareholders: "The board thanks her for eleven years of service."';
    expect(speakerOf("The board thanks her", "Ostbank reported a loss.", text)).toBe("Bruno Akers");
  });

  it("takes the name a relative clause follows as the subject of its verb", () => {
    const text = "Judge Nell Pruett imposed the sentence on Otto Brandl, 58, who told the court, \u201cI regret every day of it.\u201d";
    expect(speakerOf("I regret every day", text)).toBe("Otto Brandl");
  });

  it("gives a coordinated verb the clause's first subject", () => {
    const text = 'Kestrel FC praised the striker on its website and promised him "a hero\'s welcome back."';
    expect(speakerOf("a hero", text)).toBe("Kestrel FC");
  });

  it("reads verbs of promising, testifying and estimating as cues for the subject's words", () => {
    expect(speakerOf("a quick answer", 'The mayor, Maude Fenn, promised "a quick answer".')).toBe("Maude Fenn");
    expect(speakerOf("a routine expense", 'Owen Pratt testified that the transfers were "a routine expense."')).toBe("Owen Pratt");
    expect(speakerOf("well over a million", 'The hospital\'s finance chief, Ana Ruelle, estimated the repair bill at "well over a million pounds".')).toBe("Ana Ruelle");
  });
});

describe("pronouns and back-references", () => {
  it("resolves 'she' past a person named inside reported speech", () => {
    const text = ["Olive Varro said Tom Brecht had misread the figures.", '"He counted the same loan twice," she said.'];
    expect(speakerOf("He counted", ...text)).toBe("Olive Varro");
  });

  it("resolves 'she' to the subject of the sentence before, not its object", () => {
    expect(speakerOf("It went well", 'Jane Roe met Tom Hale on Monday. "It went well," she said.')).toBe("Jane Roe");
  });

  it("resolves 'he' past a titled person who is the object of a preposition", () => {
    const text = 'Rep. Dara Pell agreed with Sen. Omar Vance that the bill needed work. "We are close," he said.';
    expect(speakerOf("We are close", text)).toBe("Dara Pell");
  });

  it("resolves 'he' past a person named after a preposition in the sentence before", () => {
    const text = ["Club chairman Aldo Venn was furious on Friday.", 'His bid for Remy Okafor had been rejected. "It is a joke," he said.'];
    expect(speakerOf("It is a joke", ...text)).toBe("Aldo Venn");
  });

  it("resolves 'she' to the person a sentence opens with as its topic", () => {
    const text = ["Mayor Ilka Brandvold visited the ward.", "For Sanna Lehto, the vote came too late. Her shop closed in March.", '"They saved him," she said.'];
    expect(speakerOf("They saved him", ...text)).toBe("Sanna Lehto");
  });

  it("resolves 'the judge' to the last person printed as a judge", () => {
    const text = ["Judge Hanna Orlov read the verdict.", "The defendant, Marco Pelt, showed no emotion.", '"The law is clear," the judge added.'];
    expect(speakerOf("The law is clear", ...text)).toBe("Hanna Orlov");
  });

  it("resolves a definite role outside the lexicons to the person printed with it", () => {
    const text = ["Coroner Edda Lynn opened the inquest on Monday.", '"The crew followed every rule," the coroner said.'];
    expect(speakerOf("The crew followed", ...text)).toBe("Edda Lynn");
  });

  it("gives a title before one name to that name alone", () => {
    const text = ["Judge Hanna Orlov sentenced Marco Pelt to six years.", '"The law is clear," the judge said.'];
    expect(speakerOf("The law is clear", ...text)).toBe("Hanna Orlov");
  });

  it("resolves 'the diplomat' to the speaker of the quote just before when no one is printed as one", () => {
    const text = ['"We are leaving," said Piet Vrolijk, who heads the consular section.', '"There is nothing more to do here," the diplomat added.'];
    expect(speakerOf("There is nothing more", ...text)).toBe("Piet Vrolijk");
  });

  it("resolves 'the statement' to the person who just spoke through it", () => {
    const text = [
      "Analysts at Harrow Capital expected the cuts.",
      'In a memo, Ada Quist said the firm would make a "significant investment" in its stores.',
      '"These changes will let us grow again," the statement said.',
    ];
    expect(speakerOf("These changes", ...text)).toBe("Ada Quist");
  });

  it("resolves 'the ministry' only to an organisation named as a ministry", () => {
    const text = ["A study by Ostvale University was published in May.", 'The education ministry said the exam dates "will not move this year."'];
    expect(speakerOf("will not move", ...text)).toBe("The education ministry");
  });

  it("resolves 'the ministry' to the ministry named before", () => {
    const text = ["The Ministry of Transport closed the line on Friday.", 'The ministry said the bridge was "safe to use again."'];
    expect(speakerOf("safe to use", ...text)).toBe("Ministry of Transport");
  });
});

describe("speakers described, not named", () => {
  it("keeps an unnamed speaker's description", () => {
    const [q] = analyzeArticle('"Nobody told us anything," said one nurse, who declined to give her name.').quotes;
    expect([q.speakerName, q.speakerKey]).toEqual(["one nurse", null]);
  });

  it("keeps the description when a name only modifies it", () => {
    const text = ["Kestrel FC sold the winger on Monday.", '"They sold him far too cheaply," one Kestrel fan said.'];
    expect(speakerOf("They sold him", ...text)).toBe("one Kestrel fan");
  });

  it("keeps the description of a speaker given only by an 'according to'", () => {
    expect(speakerOf("We will rebuild", '"We will rebuild," according to a company spokesperson.')).toBe("a company spokesperson");
  });

  it("does not take one person for a plural description", () => {
    const text = ["Officer Dan Rook arrived first.", '"The crowd was calm," the officers said.'];
    expect(speakerOf("The crowd was calm", ...text)).toBe("the officers");
  });

  it("takes a bare plural subject as the speaker", () => {
    expect(speakerOf("no remorse", 'Prosecutors told the court the defendant had shown "no remorse at any point."')).toBe("Prosecutors");
  });

  it("takes an organisation described by its noun when none of that kind is named", () => {
    expect(speakerOf("We grew too fast", 'Velmar Systems cut 300 jobs.', '"We grew too fast," the board said in a letter to shareholders.')).toBe("the board");
  });
});

describe("outlets and documents that relay the words", () => {
  it("credits the speaker named before the quote, not the outlet that reported it", () => {
    expect(speakerOf("could not have seen", 'The coroner said the crew "could not have seen the rocks," the Westland Herald reported.')).toBe("The coroner");
  });

  it("ignores an 'according to' that names a document", () => {
    const text = 'The coroner, Ada Mense, said the death was "a tragic accident", according to a transcript of the hearing.';
    expect(speakerOf("a tragic accident", text)).toBe("Ada Mense");
  });
});

describe("single quotation marks", () => {
  it("pairs curly single quotes and reads apostrophes inside them as apostrophes", () => {
    expect(quotesOf("‘We built this club,’ said Ruth Adair, the club’s owner. ‘It isn’t for sale.’")).toEqual([
      ["We built this club", "Ruth Adair"],
      ["It isn’t for sale.", "Ruth Adair"],
    ]);
  });

  it("follows a single-quoted quote into the next paragraph", () => {
    const quotes = quotesOf("‘The fee is fair,’ said Ruth Adair. ‘The wages are not.", "‘That is where the players’ union will push.’");
    expect(quotes.map(([, sp]) => sp)).toEqual(["Ruth Adair", "Ruth Adair", "Ruth Adair"]);
    expect(quotes[2][0]).toBe("That is where the players’ union will push.");
  });
});
