import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { sentenceWindows } from "@/lib/text/sentence-windows";

/**
 * Hostile or garbled input is read in bounded pieces: these tests pin what the bounds keep (ordinary text reads
 * as before) and what they give up (a run-on paste is cut into windows). Speed itself is measured in `npm run bench`.
 */
describe("bounded work on run-on text", () => {
  it("keeps an ordinary sentence whole and cuts a run-on one after clause marks into windows that cover it", () => {
    const short = "The council met on Monday, and the vote passed.";
    expect(sentenceWindows(short, { start: 0, end: short.length, blockIndex: 0, isCaption: false } as never)).toHaveLength(1);
    const long = Array.from({ length: 400 }, (_, i) => `item ${i}, then`).join(" ") + ".";
    const wins = sentenceWindows(long, { start: 0, end: long.length, blockIndex: 0, isCaption: false } as never);
    expect(wins.length).toBeGreaterThan(3);
    for (const w of wins) expect(w.end - w.start).toBeLessThanOrEqual(1200);
    expect(wins[0].start).toBe(0);
    expect(wins[wins.length - 1].end).toBe(long.length);
    for (let i = 1; i < wins.length; i++) expect(long.slice(wins[i - 1].end, wins[i].start).trim()).toBe("");
  });

  it("still reads claims in a run-on paste, with offsets inside the window that holds them", () => {
    const filler = Array.from({ length: 300 }, (_, i) => `line ${i}`).join(", ");
    const a = analyzeArticle(`${filler}, and Mayor Dana Whitfield resigned on Friday, ${filler}.`);
    const role = a.claims.find((c) => c.attribute === "role" && c.value === "Mayor");
    expect(role).toBeDefined();
    expect(a.text.slice(role!.valueStart, role!.valueEnd)).toBe("Mayor");
    expect(role!.end - role!.start).toBeLessThanOrEqual(1200);
  });

  it("joins a surname to a four-word name and leaves a surname shared by many names alone", () => {
    const long = analyzeArticle("Maria Isabel Fernandez Olmos spoke first.\n\nOlmos said the count was wrong.");
    const maria = long.entities.find((e) => e.name === "Maria Isabel Fernandez Olmos");
    expect(maria?.aliases).toContain("Olmos");
    const crowd = Array.from({ length: 20 }, (_, i) => `${String.fromCharCode(65 + i)}ndra${"xyz"[i % 3]} Kellam`).join(", ");
    const many = analyzeArticle(`${crowd} signed the letter.\n\nKellam said it was late.`);
    expect(many.entities.filter((e) => e.type === "person")).toHaveLength(20);
    expect(many.entities.filter((e) => e.aliases.includes("Kellam") && e.name !== "Kellam")).toEqual([]);
  });

  it("finds the outlet before 'reported' without scanning back further than a name can run", () => {
    const caps = Array.from({ length: 200 }, () => "Abc").join(" ");
    const a = analyzeArticle(`${caps}. The Harbor Gazette reported the closure on Monday.`);
    expect((a.citations ?? []).map((c) => [c.cue, c.cited])).toEqual([["reported", "Harbor Gazette"]]);
  });

  const NAMES = ["Ann Berg", "Carl Dunn", "Eva Fox", "Gus Hale", "Ida Jonas", "Kim Lund"];
  const repeat = (n: number, piece: (i: number) => string, sep = " ") => Array.from({ length: n }, (_, i) => piece(i)).join(sep);

  it("credits each of many quotes in one run-on sentence to the name after it", () => {
    const a = analyzeArticle(repeat(60, (i) => `“We stay ${i},” said ${NAMES[i % 6]}`));
    expect(a.quotes).toHaveLength(60);
    a.quotes.forEach((q, i) => {
      expect(q.text).toBe(`We stay ${i}`);
      expect(q.speakerName).toBe(NAMES[i % 6]);
    });
  });

  it("reads a title before every name of an endless 'Mayor X said' chain, one role each", () => {
    const a = analyzeArticle(repeat(42, (i) => `Mayor ${NAMES[i % 6]} said`));
    const roles = a.claims.filter((c) => c.attribute === "role");
    expect(new Set(roles.map((c) => c.subjectKey)).size).toBe(6);
    for (const c of roles) expect(a.text.slice(c.valueStart, c.valueEnd)).toBe("Mayor");
  });

  it("reads a claim of a sentence among thousands of sentences that name other people", () => {
    const filler = repeat(400, (i) => `${NAMES[i % 6]} spoke on Tuesday.`);
    const a = analyzeArticle(`${filler} Mayor Ruth Okafor resigned on Friday. ${filler}`);
    const role = a.claims.find((c) => c.attribute === "role" && a.text.slice(c.valueStart, c.valueEnd) === "Mayor");
    expect(a.entities.find((e) => e.key === role?.subjectKey)?.name).toBe("Ruth Okafor");
  });

  it("keeps a quote of thousands of words whole, with its speaker", () => {
    const a = analyzeArticle(`“${repeat(3000, () => "word")},” said Ann Berg.`);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].text.length).toBe(3000 * 5 - 1);
    expect(a.quotes[0].speakerName).toBe("Ann Berg");
  });
});
