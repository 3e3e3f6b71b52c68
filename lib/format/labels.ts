/** Display helpers shared by pages and exports; they only format what is stored. */

export function sourceLabel(source: { outlet: string | null; file?: string | null; id?: string }): string {
  return source.outlet?.trim() || source.file?.trim() || source.id || "Unknown outlet";
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  role: "Role", time_span: "Time span", date: "Date", count: "Count", location: "Location", action: "Action",
  legal_status: "Legal status", statement: "Statement", relation: "Relation", other: "Other",
};

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
