import { stableId } from "../text/stable-id";
import { ZArticleAnalysis, type TArticleAnalysis, type TComparison, type TSourceAnalysis } from "../schemas/pipeline";
import type { TTx } from "./client";
import { sourceLabel } from "../format/labels";
import { insertRows, type TRows } from "./bulk-insert";
import { entityNameKey } from "./entity-name-key";
import { portableSql } from "./portable-sql";
import { touchStory } from "./story-placement";

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

type TLoadedSource = { id: string; outlet: string | null; file: string | null; url: string | null; analysis: TArticleAnalysis };

/**
 * Lets other work run (analysis results coming back from workers, reads) between the long steps of a
 * recomputation: statements on a SQLite file run synchronously, so a transaction that only awaits them
 * never hands the thread back until it ends, and writes arriving meanwhile could not join the next one.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const SOURCES_PARSED_BETWEEN_YIELDS = 25;

/**
 * The cross-source comparison of one story's articles, with its derived ids in the story's namespace
 * (`idScope`, null for none). The caller (a use case, lib/use-cases) hands it in: the data layer stores
 * what the pipeline computes and never runs the pipeline itself.
 */
export type TCompare = (sources: TSourceAnalysis[], idScope: string | null) => TComparison;

/** One story's sources with their parsed per-article analyses, oldest first (a stable order for comparison). Raw: the analyses are large, and Prisma copies what a model query returns. */
export async function loadAnalyses(tx: TTx, storyId: string): Promise<TLoadedSource[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; outlet: string | null; file: string | null; url: string | null; analysisJson: string }>>(
    portableSql(`SELECT "id", "outlet", "file", "url", "analysisJson" FROM "Source" WHERE "storyId" = ? ORDER BY "createdAt" ASC, "id" ASC`),
    storyId,
  );
  const sources: TLoadedSource[] = [];
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % SOURCES_PARSED_BETWEEN_YIELDS === 0) await yieldToEventLoop();
    sources.push({ id: row.id, outlet: row.outlet, file: row.file, url: row.url, analysis: ZArticleAnalysis.parse(JSON.parse(row.analysisJson)) });
  }
  return sources;
}

/** Told of every recomputation as it starts, inside its transaction (tests count and pace them through it). */
export type TRecomputationObserver = (event: { sources: number; storyId: string }) => void | Promise<void>;

const observers = new Set<TRecomputationObserver>();
let recomputations = 0;

/** Adds an observer; returns what removes it. */
export function observeComparisonRecomputations(observer: TRecomputationObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/** How many recomputations this process has started (concurrent writes share one, so this grows slower than writes). */
export function countComparisonRecomputations(): number {
  return recomputations;
}

/**
 * Recomputes everything derived across one story's sources (entities, mentions, quotes, claims, groups,
 * pipeline discrepancies) from their stored analyses and replaces it, inside the caller's transaction.
 * Other stories are not read or touched. Ids are deterministic (and scoped by the story), so reviews
 * keyed on them survive. A story left without sources is removed. Returns the comparison, or null when
 * the story no longer exists or was removed.
 */
export async function recomputeStory(tx: TTx, storyId: string, compare: TCompare): Promise<TComparison | null> {
  const [story] = await tx.$queryRawUnsafe<Array<{ id: string; idScope: string | null }>>(portableSql(`SELECT "id", "idScope" FROM "Story" WHERE "id" = ?`), storyId);
  if (!story) return null;
  const sources = await loadAnalyses(tx, storyId);
  recomputations++;
  for (const observe of observers) await observe({ sources: sources.length, storyId });
  await clearDerivedRows(tx, storyId);
  if (sources.length === 0) {
    await tx.discrepancy.deleteMany({ where: { storyId } });
    await tx.story.delete({ where: { id: storyId } });
    return null;
  }
  // Summaries name each source as a reader knows it: its outlet, else "Unnamed source" with its file name or host.
  const input: TSourceAnalysis[] = sources.map((s) => ({ sourceId: s.id, outlet: sourceLabel(s), analysis: s.analysis }));
  await yieldToEventLoop();
  const comparison = compare(input, story.idScope);
  await yieldToEventLoop();
  await writeDerivedRows(tx, storyId, sources, comparison);
  await yieldToEventLoop();
  const now = new Date();
  await tx.$executeRawUnsafe(portableSql(`UPDATE "Source" SET "comparedAt" = ? WHERE "storyId" = ?`), now, storyId);
  await touchStory(tx, storyId, now);
  await dropOrphanedManualDiscrepancies(tx, storyId);
  return comparison;
}

/** Recomputes each of the given stories (once each, in a stable order). */
export async function recomputeStories(tx: TTx, storyIds: Iterable<string>, compare: TCompare): Promise<void> {
  for (const storyId of [...new Set(storyIds)].sort()) await recomputeStory(tx, storyId, compare);
}

/** A reviewer's flag loses its meaning once fewer than two of its spans remain (a source was removed or moved). */
async function dropOrphanedManualDiscrepancies(tx: TTx, storyId: string): Promise<void> {
  const orphaned = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    portableSql(
      `SELECT d."id" FROM "Discrepancy" d WHERE d."storyId" = ? AND d."origin" = 'manual' AND (SELECT COUNT(*) FROM "DiscrepancyItem" i ` +
        `JOIN "Source" s ON s."id" = i."sourceId" WHERE i."discrepancyId" = d."id" AND s."storyId" = ?) < 2`,
    ),
    storyId,
    storyId,
  );
  if (orphaned.length) await tx.discrepancy.deleteMany({ where: { id: { in: orphaned.map((d) => d.id) } } });
}

/**
 * Deletes what the story's last comparison derived, one raw statement per table. Rows are found through
 * the story's own indexes (its sources, entities, discrepancies by story id), never through a join filter,
 * which made SQLite read every story's rows for each story: comparing 500 stories grew with the square of
 * the database.
 */
async function clearDerivedRows(tx: TTx, storyId: string): Promise<void> {
  const ofSources = `"sourceId" IN (SELECT "id" FROM "Source" WHERE "storyId" = ?)`;
  const statements = [
    `DELETE FROM "DiscrepancyItem" WHERE "discrepancyId" IN (SELECT "id" FROM "Discrepancy" WHERE "storyId" = ? AND "origin" = 'pipeline')`,
    `DELETE FROM "Discrepancy" WHERE "storyId" = ? AND "origin" = 'pipeline'`,
    `DELETE FROM "Claim" WHERE ${ofSources}`,
    `DELETE FROM "ClaimGroup" WHERE "storyId" = ?`,
    `DELETE FROM "Quote" WHERE ${ofSources}`,
    `DELETE FROM "QuoteCluster" WHERE "storyId" = ?`,
    `DELETE FROM "Citation" WHERE ${ofSources}`,
    `DELETE FROM "Mention" WHERE ${ofSources}`,
    `DELETE FROM "EntityAlias" WHERE "entityId" IN (SELECT "id" FROM "Entity" WHERE "storyId" = ?)`,
    `DELETE FROM "Entity" WHERE "storyId" = ?`,
  ];
  for (const statement of statements) await tx.$executeRawUnsafe(portableSql(statement), storyId);
}

export function quoteIdOf(sourceId: string, start: number, end: number): string {
  return stableId("quo", sourceId, start, end);
}

export function claimIdOf(sourceId: string, claim: { start: number; end: number; attribute: string; valueStart: number; valueEnd: number }): string {
  return stableId("clm", sourceId, claim.start, claim.end, claim.attribute, claim.valueStart, claim.valueEnd);
}

async function writeDerivedRows(tx: TTx, storyId: string, sources: TLoadedSource[], comparison: TComparison): Promise<void> {
  const entityName = new Map(comparison.entities.map((e) => [e.id, e.name]));
  const entityOfLocal = new Map<string, string>();
  for (const entity of comparison.entities) {
    for (const member of entity.members) entityOfLocal.set(`${member.sourceId}\u0000${member.key}`, entity.id);
  }
  const claimSubject = new Map(comparison.claimSubjects.map((c) => [`${c.sourceId}\u0000${c.claimIndex}`, c.entityId]));
  const quoteSpeaker = new Map(comparison.quoteSpeakers.map((q) => [`${q.sourceId}\u0000${q.quoteIndex}`, q.entityId]));
  const groupOfClaim = new Map<string, string>();
  for (const group of comparison.groups) {
    for (const ref of group.claims) groupOfClaim.set(`${ref.sourceId}\u0000${ref.claimIndex}`, group.id);
  }

  await insertRows(tx, "Entity", comparison.entities.map((e) => ({ id: e.id, storyId, name: e.name, nameKey: entityNameKey(e.name), type: e.type })));
  await insertRows(
    tx,
    "EntityAlias",
    comparison.entities.flatMap((e) => [...new Set(e.aliases)].map((alias) => ({ id: stableId("als", e.id, alias), entityId: e.id, alias }))),
  );

  const clusterOfQuote = new Map<string, string>();
  const clusters = comparison.quoteClusters ?? [];
  for (const cluster of clusters) {
    for (const q of cluster.quotes) clusterOfQuote.set(`${q.sourceId}\u0000${q.quoteIndex}`, cluster.id);
  }
  await insertRows(tx, "QuoteCluster", dedupeById(clusters.map((c) => ({ id: c.id, storyId, kind: c.kind, text: c.text, attributionDiffers: c.attributionDiffers }))));
  // Provenance: a citation names a stored source when the cited name is that source's outlet.
  const sourceByOutlet = new Map(sources.filter((s) => s.outlet).map((s) => [s.outlet!.trim().toLowerCase(), s.id]));

  // Dates an undated article left open, anchored by another outlet's dateline (resolve-dates-across).
  const crossDates = new Map((comparison.resolvedDates ?? []).map((d) => [`${d.sourceId}\u0000${d.claimIndex}`, d]));

  const claimIds = new Map<string, string>();
  const quoteIds = new Map<string, string>();
  const groupRows = new Map(comparison.groups.map((g) => [g.id, g]));
  const groupSubject = new Map(comparison.groups.map((g) => [g.id, g.subject]));
  await insertRows(
    tx,
    "ClaimGroup",
    comparison.groups.map((g) => ({
      id: g.id,
      storyId,
      subjectEntityId: g.subjectEntityId,
      subject: (g.subjectEntityId ? entityName.get(g.subjectEntityId) : undefined) ?? g.subject ?? "",
      attribute: g.attribute,
      label: g.label,
      agreement: g.agreement,
      sourceCount: new Set(g.claims.map((c) => c.sourceId)).size,
    })),
  );

  // Rows of all sources are gathered first, so each table is written in a few large statements.
  const rows = { mentions: [] as TRows<"Mention">, quotes: [] as TRows<"Quote">, claims: [] as TRows<"Claim">, citations: [] as TRows<"Citation"> };
  for (const source of sources) {
    const { analysis } = source;
    const mentions = analysis.mentions.flatMap((m) => {
      const entityId = entityOfLocal.get(`${source.id}\u0000${m.entityKey}`);
      return entityId ? [{ id: stableId("men", source.id, m.start, m.end), sourceId: source.id, entityId, start: m.start, end: m.end, text: m.text }] : [];
    });
    rows.mentions.push(...dedupeById(mentions));

    const quotes = analysis.quotes.map((q, index) => {
      const speakerEntityId = quoteSpeaker.get(`${source.id}\u0000${index}`) ?? null;
      const id = quoteIdOf(source.id, q.start, q.end);
      quoteIds.set(`${source.id}\u0000${index}`, id);
      return {
        id,
        sourceId: source.id,
        speakerEntityId,
        speaker: speakerEntityId ? (entityName.get(speakerEntityId) ?? q.speakerName) : q.speakerName,
        text: q.text,
        start: q.start,
        end: q.end,
        cueStart: q.cueStart,
        cueEnd: q.cueEnd,
        isPartial: q.isPartial,
        isCaption: q.isCaption,
        clusterId: clusterOfQuote.get(`${source.id}\u0000${index}`) ?? null,
      };
    });
    rows.quotes.push(...dedupeById(quotes));

    const claims = analysis.claims.flatMap((c, index) => {
      const key = `${source.id}\u0000${index}`;
      // a general fact about no named entity is stored without one; any other claim needs its subject
      const subjectEntityId = claimSubject.get(key) ?? null;
      if (!subjectEntityId && c.subjectKey !== null) return [];
      const id = claimIdOf(source.id, c);
      claimIds.set(key, id);
      const groupId = groupOfClaim.get(key) ?? null;
      return [{
        id,
        sourceId: source.id,
        subjectEntityId,
        subject: (subjectEntityId ? entityName.get(subjectEntityId) : undefined) ?? groupSubject.get(groupOfClaim.get(key) ?? "") ?? c.fact?.frame.subjectPhrase ?? "",
        attribute: c.attribute,
        value: c.value,
        normalizedValue: c.normalizedValue,
        text: c.text,
        start: c.start,
        end: c.end,
        valueStart: c.valueStart,
        valueEnd: c.valueEnd,
        isCaption: c.isCaption,
        resolvedDate: c.resolvedDate ?? crossDates.get(key)?.resolvedDate ?? null,
        dateAnchor: c.resolvedDate ? (c.dateAnchor ?? null) : crossDates.has(key) ? `other_source:${crossDates.get(key)!.anchorSourceId}` : null,
        method: c.method ?? "",
        factJson: c.fact ? JSON.stringify(c.fact) : null,
        groupId: groupId && groupRows.has(groupId) ? groupId : null,
      }];
    });
    rows.claims.push(...dedupeById(claims));

    const citations = (analysis.citations ?? []).map((c) => {
      const cited = sourceByOutlet.get(c.cited.trim().toLowerCase());
      return {
        id: stableId("cit", source.id, c.start, c.end), sourceId: source.id, cited: c.cited, cue: c.cue,
        start: c.start, end: c.end, cueStart: c.cueStart, cueEnd: c.cueEnd, citedSourceId: cited && cited !== source.id ? cited : null,
      };
    });
    rows.citations.push(...dedupeById(citations));
  }
  await insertRows(tx, "Mention", rows.mentions);
  await insertRows(tx, "Quote", rows.quotes);
  await insertRows(tx, "Claim", rows.claims);
  await insertRows(tx, "Citation", rows.citations);

  const discrepancies = dedupeById(comparison.discrepancies);
  await insertRows(
    tx,
    "Discrepancy",
    discrepancies.map((d) => ({
      id: d.id,
      storyId,
      kind: d.kind,
      severity: d.severity,
      severityRank: SEVERITY_RANK[d.severity],
      subjectEntityId: d.subjectEntityId,
      subject: d.subject,
      attribute: d.attribute,
      summary: d.summary,
      groupId: d.groupId,
      missingSourceIds: JSON.stringify(d.missingSourceIds),
      origin: "pipeline",
      method: d.method ?? "",
      reason: d.reason ?? "",
    })),
  );
  await insertRows(
    tx,
    "DiscrepancyItem",
    discrepancies.flatMap((d) =>
      d.items.map((item, position) => ({
        id: stableId("dit", d.id, position),
        discrepancyId: d.id,
        sourceId: item.sourceId,
        claimId: item.claimIndex === null ? null : (claimIds.get(`${item.sourceId}\u0000${item.claimIndex}`) ?? null),
        quoteId: item.quoteIndex === null ? null : (quoteIds.get(`${item.sourceId}\u0000${item.quoteIndex}`) ?? null),
        value: item.value,
        excerpt: item.excerpt,
        start: item.start,
        end: item.end,
        position,
      })),
    ),
  );
}

function dedupeById<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(row.id)) seen.set(row.id, row);
  return [...seen.values()];
}
