/**
 * Extract people, organisations and places with exact mention offsets: spot government names and
 * capitalised runs (spot-mentions.ts), merge the mentions into entities, add the mentions headings make of
 * known names, then name and key the entities.
 */
import type { TBlock, TLocalEntity, TMention, TSentence } from "@/lib/schemas/pipeline";
import { assignKeys } from "./entity-keys";
import { headingMentions } from "./heading-mentions";
import { mergeMentions, mergeParentheticalInitialisms, type Ent } from "./merge-entity-mentions";
import type { RawMention } from "./raw-mentions";
import { spotMentions } from "./spot-mentions";

export type EntityResult = { entities: TLocalEntity[]; mentions: TMention[] };

export function extractEntities(text: string, blocks: TBlock[], sentences: TSentence[]): EntityResult {
  const ctx = spotMentions(text, blocks, sentences);
  const table = mergeMentions(ctx);
  mergeParentheticalInitialisms(text, ctx.raw, table.mentionEnt);
  headingMentions(text, sentences.filter((s) => blocks[s.blockIndex].kind === "heading"), ctx.raw, table);
  const live = assignKeys(table.ents);
  return entityResult(text, ctx.raw, table.mentionEnt, live);
}

/** Mentions in text order without overlapping duplicates, and the entities at least one of them names. */
function entityResult(text: string, raw: RawMention[], mentionEnt: Array<Ent | null>, live: Ent[]): EntityResult {
  const mentions: TMention[] = raw
    .map((m, i) => ({ start: m.start, end: m.end, entityKey: mentionEnt[i]?.key ?? "", text: text.slice(m.start, m.end) }))
    .filter((m) => m.entityKey)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // drop overlapping duplicates
  const dedup: TMention[] = [];
  for (const m of mentions) {
    const prev = dedup[dedup.length - 1];
    if (prev && m.start < prev.end) continue;
    dedup.push(m);
  }
  const usedKeys = new Set(dedup.map((m) => m.entityKey));
  const entities: TLocalEntity[] = live
    .filter((e) => usedKeys.has(e.key))
    .map((e) => ({
      key: e.key,
      name: e.name,
      type: e.type,
      aliases: [...new Set([...e.forms].map((f) => f.replace(/['’]s$/, "")))].filter((f) => f !== e.name),
    }));
  return { entities, mentions: dedup };
}
