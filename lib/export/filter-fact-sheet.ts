import type { TFactSheet, TFactSheetOptions } from "../schemas/fact-sheet";

/** Finds the source an `outlet` option names: its id, or its outlet/file name (case-insensitive). */
export function findSourceIds(sheet: TFactSheet, outlet: string): Set<string> {
  const wanted = outlet.trim().toLowerCase();
  return new Set(
    sheet.sources
      .filter((s) => s.id === outlet || s.outlet?.trim().toLowerCase() === wanted || s.file?.toLowerCase() === wanted)
      .map((s) => s.id),
  );
}

/**
 * Narrows a fact sheet to confirmed items, one entity and/or one outlet. The result stays a
 * valid fact sheet: every source that a kept quote, claim or item cites is kept with its text.
 */
export function filterFactSheet(sheet: TFactSheet, options: TFactSheetOptions): TFactSheet {
  // without narrowing the sheet is whole: every entity stays, also those no claim or quote is about
  if (!options.onlyConfirmed && !options.entityId && !options.outlet) return sheet;
  const sourceIds = options.outlet ? findSourceIds(sheet, options.outlet) : null;
  const inSource = (id: string) => !sourceIds || sourceIds.has(id);
  const aboutEntity = (id: string | null) => !options.entityId || id === options.entityId;

  const groups = sheet.claimGroups.filter(
    (g) => aboutEntity(g.subjectEntityId) && (!options.onlyConfirmed || g.reviewStatus === "confirmed"),
  );
  const groupIds = new Set(groups.map((g) => g.id));
  const claims = sheet.claims.filter(
    (c) => inSource(c.sourceId) && aboutEntity(c.subjectEntityId) && (!options.onlyConfirmed || (c.groupId !== null && groupIds.has(c.groupId))),
  );
  const keptClaimIds = new Set(claims.map((c) => c.id));
  const discrepancies = sheet.discrepancies.filter(
    (d) =>
      aboutEntity(d.subjectEntityId) &&
      (!options.onlyConfirmed || d.reviewStatus === "confirmed") &&
      (!sourceIds || d.items.some((i) => sourceIds.has(i.sourceId)) || d.missingSourceIds.some((id) => sourceIds.has(id))),
  );
  const itemQuoteIds = new Set(discrepancies.flatMap((d) => d.items.map((i) => i.quoteId)).filter(Boolean));
  const quotes = sheet.quotes.filter(
    (q) => inSource(q.sourceId) && (options.onlyConfirmed ? itemQuoteIds.has(q.id) : aboutEntity(q.speakerEntityId)),
  );
  const cited = new Set([
    ...claims.map((c) => c.sourceId),
    ...quotes.map((q) => q.sourceId),
    ...discrepancies.flatMap((d) => [...d.items.map((i) => i.sourceId), ...d.missingSourceIds]),
    ...(sourceIds ?? []),
  ]);
  const entityIds = new Set([
    ...claims.map((c) => c.subjectEntityId),
    ...quotes.map((q) => q.speakerEntityId),
    ...discrepancies.map((d) => d.subjectEntityId),
    options.entityId,
  ]);
  const keptQuoteIds = new Set(quotes.map((q) => q.id));
  return {
    ...sheet,
    sources: sheet.sources.filter((s) => cited.has(s.id)),
    stories: sheet.stories
      .map((story) => ({ ...story, sourceIds: story.sourceIds.filter((id) => cited.has(id)) }))
      .filter((story) => story.sourceIds.length > 0),
    quoteClusters: sheet.quoteClusters
      .map((c) => ({ ...c, quoteIds: c.quoteIds.filter((id) => keptQuoteIds.has(id)) }))
      .filter((c) => c.quoteIds.length > 0),
    citations: sheet.citations.filter((c) => cited.has(c.sourceId) && inSource(c.sourceId)),
    entities: sheet.entities.filter((e) => entityIds.has(e.id)),
    quotes,
    claims,
    claimGroups: groups
      .map((g) => ({ ...g, claimIds: g.claimIds.filter((id) => keptClaimIds.has(id)) }))
      .filter((g) => g.claimIds.length > 0),
    discrepancies,
  };
}
