import { describe, expect, it } from "vitest";
import { findDateExpressions } from "../../../lib/text/resolve-dates";

// One sentence per form the date pattern knows: its cheap pre-test must let every one of them through.
const FORMS: Array<[string, string, string]> = [
  ["The vote was held on March 3, 2024 in the capital.", "on March 3, 2024", "mdy"],
  ["The vote was held on 3 March 2024.", "on 3 March 2024", "dmy"],
  ["Talks resume Sept. 14 at noon.", "Sept. 14", "md"],
  ["The plant closed in May 2023 after the floods.", "in May 2023", "my"],
  ["Officials met late Friday night with the unions.", "late Friday night", "wd"],
  ["He had resigned the day before the ruling.", "the day before", "rel"],
  ["Crews returned the next morning to the site.", "the next morning", "rel"],
  ["Tomorrow the court will hear the appeal.", "Tomorrow", "deictic"],
  ["The strike ends tonight, the union said.", "tonight", "deictic"],
  ["The minister spoke this afternoon in parliament.", "this afternoon", "deictic"],
  ["Prices will rise next month, the firm said.", "next month", "period"],
];

describe("date expressions", () => {
  it.each(FORMS)("finds the form in %j", (sentence, printed, kind) => {
    expect(findDateExpressions(sentence).map((d) => [d.text, d.kind])).toContainEqual([printed, kind]);
  });

  it("finds none in a sentence that names no date", () => {
    expect(findDateExpressions("The council approved the budget after a long debate.")).toEqual([]);
  });
});
