import path from "node:path";
import PDFDocument from "pdfkit";
import type { TFactSheet } from "../schemas/fact-sheet";
import { attributeLabel, sourceLabel } from "../format/labels";
import { httpUrlOrNull } from "../schemas/article-meta";

// DejaVu ships in npm and covers far more scripts than the PDF core fonts (accents, Cyrillic, Greek...).
// Resolved by Node from the project root at run time: bundlers would otherwise inline a module id.
function fontDir(): string {
  const { createRequire } = process.getBuiltinModule("node:module") as typeof import("node:module");
  const resolve = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json")).resolve;
  return path.join(path.dirname(resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

type TDoc = InstanceType<typeof PDFDocument>;

function heading(doc: TDoc, text: string, size: number) {
  doc.moveDown(0.6).font("bold").fontSize(size).fillColor("#0f172a").text(text).moveDown(0.2);
}

function body(doc: TDoc, text: string, options: { color?: string; indent?: number; size?: number } = {}) {
  doc.font("regular").fontSize(options.size ?? 9.5).fillColor(options.color ?? "#1e293b").text(text, { indent: options.indent ?? 0 });
}

/** The fact sheet as a PDF: the same content as the Markdown, every line citing outlet and offsets. */
export function renderFactSheetPdf(sheet: TFactSheet): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: "Fact sheet", Creator: "Claim comparison" } });
  const fonts = fontDir();
  doc.registerFont("regular", path.join(fonts, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(fonts, "DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const sources = new Map(sheet.sources.map((s) => [s.id, s]));
  const outlet = (id: string) => {
    const source = sources.get(id);
    return source ? sourceLabel(source) : id;
  };
  const cite = (sourceId: string, start: number, end: number) => `${outlet(sourceId)}, ${sourceId} chars ${start}–${end}`;

  doc.font("bold").fontSize(20).text("Fact sheet");
  body(doc, `Generated ${sheet.generatedAt} from ${sheet.sources.length} source(s). Every excerpt is the exact text the outlet printed.`, { color: "#475569" });

  heading(doc, "Discrepancies", 14);
  if (sheet.discrepancies.length === 0) body(doc, "No discrepancies were found between the sources.");
  for (const d of sheet.discrepancies) {
    doc.moveDown(0.4).font("bold").fontSize(10).fillColor("#0f172a").text(`${d.kind} (${d.severity}) · review: ${d.reviewStatus}`);
    body(doc, d.summary);
    if (d.reviewNote) body(doc, `Reviewer note: ${d.reviewNote}`, { color: "#475569" });
    for (const item of d.items) body(doc, `“${item.excerpt}” (${cite(item.sourceId, item.start, item.end)})`, { indent: 12, color: "#334155" });
    if (d.missingSourceIds.length) body(doc, `Not reported by: ${d.missingSourceIds.map(outlet).join(", ")}`, { indent: 12, color: "#334155" });
  }

  heading(doc, "Claims by subject", 14);
  const claims = new Map(sheet.claims.map((c) => [c.id, c]));
  if (sheet.claimGroups.length === 0) body(doc, "No claims were extracted.");
  for (const g of sheet.claimGroups) {
    doc.moveDown(0.4).font("bold").fontSize(10).fillColor("#0f172a").text(`${g.subject} · ${attributeLabel(g.attribute)} (${g.agreement}) · review: ${g.reviewStatus}`);
    for (const id of g.claimIds) {
      const c = claims.get(id);
      if (c) body(doc, `${c.value}: “${c.text}” (${cite(c.sourceId, c.start, c.end)})`, { indent: 12, color: "#334155" });
    }
  }

  heading(doc, "Quotes", 14);
  if (sheet.quotes.length === 0) body(doc, "No quotes were found.");
  for (const q of sheet.quotes) body(doc, `${q.speaker ?? "Unattributed"}: “${q.text}” (${cite(q.sourceId, q.start, q.end)})`);

  heading(doc, "Provenance", 14);
  if (sheet.citations.length === 0) body(doc, "No source cites another outlet or agency.");
  for (const c of sheet.citations) body(doc, `${outlet(c.sourceId)} relies on ${c.cited}, cue “${c.cue}” (${cite(c.sourceId, c.start, c.end)})`);

  heading(doc, "Sources", 14);
  for (const s of sheet.sources) {
    const parts = [s.title, s.byline && `by ${s.byline}`, s.publishedAt, httpUrlOrNull(s.url), s.file && `file ${s.file}`].filter(Boolean);
    body(doc, `${sourceLabel(s)} (${s.id})${parts.length ? `: ${parts.join(" · ")}` : ""}`);
  }
  doc.end();
  return done;
}
