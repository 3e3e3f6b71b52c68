import { describe, expect, it } from "vitest";
import { wordBefore } from "../../../lib/text/text-patterns";

// The same answers as the pattern it replaced, /([\p{L}]+)[\s(]*$/u over the 20 characters before the position.
const byPattern = (text: string, pos: number) => /([\p{L}]+)[\s(]*$/u.exec(text.slice(Math.max(0, pos - 20), pos))?.[1].toLowerCase() ?? "";

describe("the word before a position", () => {
  const sentence = "Police told (Reuters) on Friday that Müller, 54, was held in 𝒜lpha";
  it("skips spaces and an opening bracket, lower-cases, and stops at anything that is not a letter", () => {
    expect(wordBefore(sentence, sentence.indexOf("Reuters"))).toBe("told");
    expect(wordBefore(sentence, sentence.indexOf("Friday"))).toBe("on");
    expect(wordBefore(sentence, sentence.indexOf("was"))).toBe("");
    expect(wordBefore(sentence, sentence.indexOf(","))).toBe("müller");
    expect(wordBefore(sentence, 0)).toBe("");
  });

  it("looks back no further than its window, and reads a letter outside the BMP as one letter", () => {
    const long = "counterrevolutionaries marched";
    expect(wordBefore(long, long.indexOf(" marched"))).toBe("unterrevolutionaries");
    expect(wordBefore(sentence, sentence.length)).toBe("𝒜lpha".toLowerCase());
  });

  it("agrees with the pattern at every position of real sentences", () => {
    const texts = [sentence, "Ruritania's president, José Ángel Núñez, said (in a post) that the ruling was “a grave mistake”."];
    for (const text of texts) for (let pos = 0; pos <= text.length; pos++) expect(wordBefore(text, pos), `at ${pos}`).toBe(byPattern(text, pos));
  });
});
