import type { TFactSheet } from "../schemas/fact-sheet";
import { attributeLabel, sourceLabel } from "../format/labels";
import { httpUrlOrNull } from "../schemas/article-meta";

/** Collapses whitespace and escapes what Markdown would otherwise interpret. */
function inline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>|])/g, "\\$1").trim();
}

function outletName(source: TFactSheet["sources"][number] | undefined): string {
  return source ? sourceLabel(source) : "Unknown outlet";
}

/** A readable fact sheet: every line cites an outlet and the exact words it printed. */
export function renderFactSheetMarkdown(sheet: TFactSheet): string {
  const sources = new Map(sheet.sources.map((s) => [s.id, s]));
  const claims = new Map(sheet.claims.map((c) => [c.id, c]));
  const cite = (sourceId: string, excerpt: string, start: number, end: number) =>
    `“${inline(excerpt)}” (${inline(outletName(sources.get(sourceId)))}, ${sourceId} chars ${start}–${end})`;
  const heading = sheet.story ? `# Fact sheet: ${inline(sheet.story.title)}` : "# Fact sheet";
  const scope = sheet.story ? "" : ` in ${sheet.stories.length} ${sheet.stories.length === 1 ? "story" : "stories"}, each compared within itself`;
  const lines: string[] = [heading, "", `Generated ${sheet.generatedAt} from ${sheet.sources.length} source(s)${scope}.`, ""];

  lines.push("## Discrepancies", "");
  if (sheet.discrepancies.length === 0) lines.push("No discrepancies were found between the sources.", "");
  for (const d of sheet.discrepancies) {
    lines.push(`### ${d.kind} (${d.severity}): ${inline(d.summary)}`, "", `Review: **${d.reviewStatus}**${d.reviewNote ? `: ${inline(d.reviewNote)}` : ""}`, "");
    for (const item of d.items) lines.push(`- ${cite(item.sourceId, item.excerpt, item.start, item.end)}`);
    if (d.missingSourceIds.length) lines.push(`- Not reported by: ${d.missingSourceIds.map((id) => inline(outletName(sources.get(id)))).join(", ")}`);
    lines.push("");
  }

  lines.push("## Claims by subject", "");
  const shared = sheet.claimGroups.filter((g) => new Set(g.claimIds.map((id) => claims.get(id)?.sourceId)).size >= 2);
  const groups = shared.length ? shared : sheet.claimGroups;
  if (groups.length === 0) lines.push("No claims were extracted.", "");
  if (shared.length && shared.length < sheet.claimGroups.length) {
    lines.push(`Claims reported by two or more outlets (${shared.length} of ${sheet.claimGroups.length} groups; the JSON format has all).`, "");
  }
  for (const g of groups) {
    lines.push(`### ${inline(g.subject)}: ${attributeLabel(g.attribute)} (${g.agreement})`, "", `Review: **${g.reviewStatus}**${g.reviewNote ? `: ${inline(g.reviewNote)}` : ""}`, "");
    for (const id of g.claimIds) {
      const claim = claims.get(id);
      if (claim) lines.push(`- **${inline(claim.value)}**: ${cite(claim.sourceId, claim.text, claim.start, claim.end)}`);
    }
    lines.push("");
  }

  lines.push("## Quotes", "");
  if (sheet.quotes.length === 0) lines.push("No quotes were found.", "");
  for (const q of sheet.quotes) {
    lines.push(`- ${q.speaker ? inline(q.speaker) : "Unattributed"}: ${cite(q.sourceId, q.text, q.start, q.end)}`);
  }
  lines.push("", "## Provenance", "");
  if (sheet.citations.length === 0) lines.push("No source cites another outlet or agency.");
  for (const c of sheet.citations) {
    const stored = c.citedSourceId ? ` (stored as ${c.citedSourceId})` : "";
    lines.push(`- ${inline(outletName(sources.get(c.sourceId)))} relies on **${inline(c.cited)}**${stored}, cue “${inline(c.cue)}” [${c.sourceId} chars ${c.start}–${c.end}]`);
  }
  lines.push("", "## Sources", "");
  for (const s of sheet.sources) {
    const parts = [s.title, s.byline ? `by ${s.byline}` : null, s.publishedAt, httpUrlOrNull(s.url), s.file ? `file ${s.file}` : null].filter(Boolean);
    lines.push(`- **${inline(outletName(s))}** (${s.id})${parts.length ? `: ${parts.map((p) => inline(String(p))).join(" · ")}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
