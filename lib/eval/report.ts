import { NameBook, type TGoldArticle, type TGoldCrossSource } from "./gold";
import { PredictionIndex, type EvalInput } from "./context";
import { scoreQuotes, type QuoteScores } from "./quotes";
import { scoreEntityMerge, scoreEntityRecall, type EntityMerge, type EntityRecall } from "./entities";
import { scoreClaims, type ClaimScores } from "./claims";
import { scoreDiscrepancies, type DiscrepancyScores } from "./discrepancies";
import { clip } from "./text";

export type EvalReport = {
  sources: string[];
  /** Gold files with no analysed source of the same id (scored as absent, listed here). */
  missingSources: string[];
  quotes: QuoteScores;
  entities: EntityRecall;
  merge: EntityMerge | null;
  claims: ClaimScores;
  discrepancies: DiscrepancyScores | null;
};

/** Score one pipeline run against the gold annotations. Pure. */
export function evaluate(golds: TGoldArticle[], cross: TGoldCrossSource | null, input: EvalInput): EvalReport {
  const pred = new PredictionIndex(input);
  const names = new NameBook(golds, cross ?? undefined);
  const have = new Set(input.sources.map((s) => s.sourceId));
  const scored = golds.filter((g) => have.has(g.file));
  return {
    sources: scored.map((g) => g.file),
    missingSources: golds.filter((g) => !have.has(g.file)).map((g) => g.file),
    quotes: scoreQuotes(scored, pred, names),
    entities: scoreEntityRecall(scored, pred),
    merge: cross && input.comparison ? scoreEntityMerge(cross, pred) : null,
    claims: scoreClaims(scored, pred, names),
    discrepancies: cross && input.comparison ? scoreDiscrepancies(cross, pred, names) : null,
  };
}

const fmt = (x: number | null) => (x === null ? "  –  " : x.toFixed(2));

/** The headline figures only (what --json prints). */
export function reportFigures(r: EvalReport) {
  return {
    sources: r.sources,
    missingSources: r.missingSources,
    quotes: {
      precision: r.quotes.precision, recall: r.quotes.recall, f1: r.quotes.f1,
      gold: r.quotes.gold, predicted: r.quotes.predicted, matched: r.quotes.matched,
      speakerAccuracy: r.quotes.speakerAccuracy, speakerCorrect: r.quotes.speakerCorrect,
      bySource: r.quotes.bySource,
    },
    entities: {
      recall: r.entities.recall, gold: r.entities.gold, found: r.entities.found,
      optionalGold: r.entities.optionalGold, optionalFound: r.entities.optionalFound,
      typeAccuracy: r.entities.typeAccuracy, predicted: r.entities.predicted, unmatchedPredicted: r.entities.unmatched.length,
      bySource: r.entities.bySource,
    },
    merge: r.merge && {
      groupAccuracy: r.merge.groupAccuracy, groups: r.merge.groups, groupsOk: r.merge.groupsOk,
      pairAccuracy: r.merge.pairAccuracy, pairs: r.merge.pairs, pairsOk: r.merge.pairsOk, pairsUnresolved: r.merge.pairsUnresolved,
    },
    claims: {
      recall: r.claims.recall, gold: r.claims.gold, found: r.claims.found,
      inQuoteGold: r.claims.inQuoteGold, inQuoteFound: r.claims.inQuoteFound,
      predicted: r.claims.predicted, unmatchedPredicted: r.claims.unmatchedPredicted.length,
      byAttribute: r.claims.byAttribute, bySource: r.claims.bySource, bySourceAttribute: r.claims.bySourceAttribute,
      kindsFoundInEverySeed: kindCoverage(r.claims),
    },
    discrepancies: r.discrepancies && {
      recall: r.discrepancies.recall, gold: r.discrepancies.gold, found: r.discrepancies.found,
      byKind: r.discrepancies.byKind, predicted: r.discrepancies.predicted, predictedByKind: r.discrepancies.predictedByKind,
      falseConflicts: r.discrepancies.falseConflicts.length, unmatchedConflicts: r.discrepancies.unmatchedConflicts.length,
      falseAttributions: r.discrepancies.falseAttributions.length,
    },
  };
}

function table(title: string, rows: [string, string, string][]): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return [title, ...rows.map(([a, b, c]) => `  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd())].join("\n");
}

const short = (id: string) => id.replace(/\.(txt|md)$/i, "");

/** Plain-text tables; with `verbose`, the missed and spurious items after each table. */
export function formatReport(r: EvalReport, verbose = false): string {
  const out: string[] = [];
  const q = r.quotes;
  if (r.missingSources.length) out.push(`Gold files without an analysed source: ${r.missingSources.join(", ")}\n`);

  out.push(table("QUOTES", [
    ["quote span F1", fmt(q.f1), `(P ${fmt(q.precision)} R ${fmt(q.recall)}, ${q.gold} gold, ${q.predicted} predicted, ${q.matched} matched)`],
    ["speaker accuracy", fmt(q.speakerAccuracy), `(${q.speakerCorrect}/${q.matched} matched quotes)`],
    ...Object.entries(q.bySource).map(([s, v]): [string, string, string] => [
      `  ${short(s)}`, `${v.matched}/${v.gold}`, `matched/gold, ${v.predicted} predicted, speaker ${v.speakerCorrect}/${v.matched}`,
    ]),
  ]));
  if (verbose) {
    for (const m of q.missed) out.push(`  - missed   ${short(m.sourceId)}  "${clip(m.text, 70)}" (${m.speaker ?? "null"})${m.reason === "unlocatable" ? " [gold text not in analysis.text]" : ""}`);
    for (const s of q.spurious) out.push(`  + spurious ${short(s.sourceId)}  #${s.quoteIndex} "${s.text}" (${s.speaker ?? "null"})`);
    for (const e of q.speakerErrors) out.push(`  ! speaker  ${short(e.sourceId)}  "${e.text}" gold=${e.gold ?? "null"} predicted=${e.predicted.length ? e.predicted.join(" | ") : "null"}`);
  }
  out.push("");

  const e = r.entities;
  const rows: [string, string, string][] = [
    ["entity recall", fmt(e.recall), `(${e.found}/${e.gold} named gold entities; optional ${e.optionalFound}/${e.optionalGold})`],
    ["entity type accuracy", fmt(e.typeAccuracy), `(over found; ${e.predicted} predicted, ${e.unmatched.length} match no gold entity)`],
    ...Object.entries(e.bySource).map(([s, v]): [string, string, string] => [`  ${short(s)}`, `${v.found}/${v.gold}`, "found/gold"]),
  ];
  if (r.merge) {
    rows.push(["same-entity groups", fmt(r.merge.groupAccuracy), `(${r.merge.groupsOk}/${r.merge.groups} groups resolve to exactly one global entity)`]);
    rows.push(["different-entity pairs", fmt(r.merge.pairAccuracy), `(${r.merge.pairsOk}/${r.merge.pairs - r.merge.pairsUnresolved} kept apart; ${r.merge.pairsUnresolved} unresolved)`]);
  }
  out.push(table("ENTITIES", rows));
  if (verbose) {
    for (const m of e.missed) out.push(`  - missed   ${short(m.sourceId)}  ${m.name} (${m.type}${m.optional ? ", optional" : ""})`);
    for (const t of e.typeErrors) out.push(`  ! type     ${short(t.sourceId)}  ${t.name}: gold ${t.gold}, predicted ${t.predicted}`);
    for (const u of e.unmatched) out.push(`  + no gold ${short(u.sourceId)}  ${u.name} (${u.type})`);
    if (r.merge) {
      for (const g of r.merge.groupResults.filter((x) => !x.ok)) {
        out.push(`  ! merge    [${g.forms.join(", ")}] -> ${g.entities.length ? g.entities.join("; ") : "no entity"}${g.uncovered.length ? `; not covered: ${g.uncovered.join(", ")}` : ""}`);
      }
      for (const p of r.merge.pairResults) {
        if (p.ok === false) out.push(`  ! merged   ${p.pair[0]} + ${p.pair[1]} -> ${p.shared.join("; ")}`);
        if (p.ok === null) out.push(`  ? pair     ${p.pair[0]} / ${p.pair[1]}: a name resolves to no entity`);
      }
    }
  }
  out.push("");

  const c = r.claims;
  out.push(table("CLAIMS (recall)", [
    ["claim recall", fmt(c.recall), `(${c.found}/${c.gold} gold; in quotes ${c.inQuoteFound}/${c.inQuoteGold}; ${c.predicted} predicted, ${c.unmatchedPredicted.length} at no gold value; ${c.facts} general facts)`],
    ...Object.entries(c.byAttribute).sort().map(([a, v]): [string, string, string] => [`  ${a}`, fmt(v.recall), `(${v.found}/${v.gold})`]),
    ...Object.entries(c.bySource).map(([s, v]): [string, string, string] => [`  ${short(s)}`, fmt(v.recall), `(${v.found}/${v.gold})`]),
  ]));
  out.push(...kindMatrix(c));
  if (verbose) {
    for (const m of c.missed) {
      out.push(`  - missed   ${short(m.sourceId)}  ${m.attribute} ${m.subject}: "${clip(m.value, 60)}" [${m.reason}]${m.near.length ? ` near: ${m.near.join(" ; ")}` : ""}`);
    }
    for (const s of c.unmatchedPredicted) out.push(`  + no gold ${short(s.sourceId)}  #${s.claimIndex} ${s.attribute} ${s.subject}: "${s.value}"`);
  }
  out.push("");

  const d = r.discrepancies;
  if (d) {
    out.push(table("DISCREPANCIES", [
      ["discrepancy recall", fmt(d.recall), `(${d.found}/${d.gold} gold; ${d.predicted} predicted: ${Object.entries(d.predictedByKind).map(([k, n]) => `${k} ${n}`).join(", ") || "none"})`],
      ...Object.entries(d.byKind).map(([k, v]): [string, string, string] => [`  ${k}`, fmt(v.recall), `(${v.found}/${v.gold})`]),
      ["false conflicts", String(d.falseConflicts.length), "(predicted conflicts a gold mustNotFlagAsConflict entry covers)"],
      ["unmatched conflicts", String(d.unmatchedConflicts.length), "(predicted conflicts matching no gold conflict, incl. the above)"],
      ["false attributions", String(d.falseAttributions.length), "(predicted attributions a gold mustNotFlagAsAttribution entry covers)"],
    ]));
    for (const u of d.unmatchedConflicts) {
      out.push(`  ${u.mustNot ? "✗ false" : "? other"}    ${u.subject} / ${u.attribute} [${u.sources.map(short).join(", ")}]: ${u.summary}`);
    }
    for (const u of d.falseAttributions) out.push(`  ✗ false    attribution ${clip(u.subject, 40)} [${u.sources.map(short).join(", ")}]: ${u.summary}`);
    if (verbose) {
      for (const m of d.missed) {
        out.push(`  - missed   ${m.kind} ${m.subject} / ${m.attribute} [${m.sources.map(short).join(", ")}]: ${clip(m.note, 90)}${m.foundAsOtherKind.length ? `  (raised as ${m.foundAsOtherKind.join(" ; ")})` : ""}`);
      }
      for (const a of d.attributeMismatches) out.push(`  ~ attr     gold ${a.gold} <- found with an alternative attribute: ${a.predicted}`);
      for (const u of d.unmatchedOther) out.push(`  + no gold  ${u.kind} ${u.subject} / ${u.attribute}: ${u.summary}`);
    }
  } else {
    out.push("DISCREPANCIES\n  (no comparison or no cross-source gold)");
  }
  return out.join("\n");
}

/** Of the (seed, kind) pairs where a seed's gold has that kind, how many have at least one claim found. */
export function kindCoverage(c: ClaimScores): { covered: number; pairs: number; uncovered: string[] } {
  const uncovered: string[] = [];
  let pairs = 0;
  for (const [seed, kinds] of Object.entries(c.bySourceAttribute)) {
    for (const [kind, v] of Object.entries(kinds)) {
      pairs++;
      if (v.found === 0) uncovered.push(`${short(seed)} ${kind}`);
    }
  }
  return { covered: pairs - uncovered.length, pairs, uncovered };
}

/** Claim kinds by seed ("found/gold", "-" where the seed has none), and the per-seed coverage line. */
function kindMatrix(c: ClaimScores): string[] {
  const seeds = Object.keys(c.bySourceAttribute).sort();
  const kinds = [...new Set(seeds.flatMap((s) => Object.keys(c.bySourceAttribute[s])))].sort();
  const head = `  ${"kind by seed".padEnd(16)}${seeds.map((s) => short(s).slice(0, 12).padStart(14)).join("")}`;
  const rows = kinds.map((k) => `    ${k.padEnd(14)}${seeds.map((s) => {
    const v = c.bySourceAttribute[s][k];
    return (v ? `${v.found}/${v.gold}` : "-").padStart(14);
  }).join("")}`);
  const cov = kindCoverage(c);
  return [head, ...rows, `  kinds found in every seed where they occur: ${cov.covered}/${cov.pairs} (seed, kind) pairs${cov.uncovered.length ? `; none found: ${cov.uncovered.join(", ")}` : ""}`];
}
