/** Display helpers shared by pages and exports; they only format what is stored. */
import { nameSource, type TSourceNameInput } from "./source-name";

/** A source's name as one line of plain text: "Reuters", or "Unnamed source — 003_99b86c2a8920ba6a.txt". */
export function sourceLabel(source: TSourceNameInput): string {
  return nameSource(source).text;
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  role: "Role", time_span: "Time span", date: "Date", count: "Count", location: "Location", action: "Action",
  legal_status: "Legal status", statement: "Statement", relation: "Relation", other: "Other",
  quantity: "Figure", time: "Time", state: "State", age: "Age", rank: "Rank", designation: "Designation", quote: "Quote",
};

/** The rule families a "why flagged" line names, in a reader's words. */
const METHOD_FAMILIES: Array<[RegExp, string]> = [
  [/^fact\.quantity/, "figures compared after normalising numbers, units and currencies"],
  [/^fact\.time/, "times of the same event compared as intervals"],
  [/^fact\.state/, "states of the same subject compared"],
  [/^fact\.age/, "ages of the same person compared"],
  [/^fact\.designation/, "codes of the same thing compared"],
  [/^claim\.role/, "titles of the same person compared"],
  [/^claim\./, "claims of the same subject compared"],
  [/^quote\.attribution/, "the same words compared across outlets by speaker"],
  [/^quote\./, "the same quotation compared across outlets word by word"],
  [/^manual$/, "flagged by a reviewer"],
];

/** "Why flagged": the stored reason, and how the rule that flagged it works, for the discrepancy card. */
export function methodLabel(method: string): string {
  return METHOD_FAMILIES.find(([re]) => re.test(method))?.[1] ?? method;
}

export function attributeLabel(attribute: string): string {
  return ATTRIBUTE_LABELS[attribute] ?? attribute.replace(/_/g, " ");
}

export const KIND_DESCRIPTIONS: Record<string, string> = {
  conflict: "Both cannot be true",
  variant: "Same fact, different wording",
  omission: "Reported by some outlets, missing from others",
  attribution: "Same words, different speakers",
  agreement: "Confirmed by two or more outlets",
};

export const REVIEW_LABELS: Record<string, string> = {
  unreviewed: "Unreviewed", confirmed: "Confirmed", dismissed: "Dismissed", "needs-check": "Needs check",
};
