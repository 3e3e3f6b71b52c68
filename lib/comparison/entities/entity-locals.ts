/** Each article's entities as local records with their printed and folded name forms: what resolution merges. */
import type { TEntityType, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { cleanPrinted, nameTokens } from "./entity-names";
import { fold } from "../../text/text-similarity";

export type LocalEntity = {
  /** Position in the list of all sources' local entities: its UnionFind element. */
  idx: number;
  sourceId: string;
  key: string;
  name: string;
  type: TEntityType;
  /** Printed forms (name + aliases), possessive stripped. */
  printed: string[];
  /** Folded, title-stripped token lists of the printed forms. */
  forms: string[][];
  /** Longest form's tokens. */
  full: string[];
  mentions: number;
};

/** Key of a local entity across sources: its source and its key in that source. */
export const localKey = (sourceId: string, key: string) => `${sourceId}\u0000${key}`;

export function collectLocals(sources: TSourceAnalysis[]): LocalEntity[] {
  const locals: LocalEntity[] = [];
  for (const src of sources) {
    const counts = new Map<string, number>();
    for (const m of src.analysis.mentions) counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
    for (const e of src.analysis.entities) {
      const printed = [...new Set([e.name, ...e.aliases].map(cleanPrinted).filter(Boolean))];
      const forms = printed.map((p) => nameTokens(p, e.type)).filter((t) => t.length > 0);
      if (forms.length === 0) forms.push([fold(e.name) || fold(e.key)]);
      const full = forms.reduce((a, b) => (b.length > a.length ? b : a), forms[0]);
      locals.push({ idx: locals.length, sourceId: src.sourceId, key: e.key, name: e.name, type: e.type, printed, forms, full, mentions: counts.get(e.key) ?? 0 });
    }
  }
  return locals;
}
