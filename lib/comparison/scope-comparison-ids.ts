import type { TComparison } from "../schemas/pipeline";
import { stableId } from "../text/stable-id";

/**
 * Puts every id a comparison derives (entities, claim groups, quote clusters, discrepancies) in a
 * story's namespace, so that two stories naming the same person or counting the same thing never share
 * a row. Ids keep their prefix ("ent_", "grp_"…) and stay deterministic, so reviews keyed on them survive
 * recomputation. A null scope leaves the comparison as it is. Source-based ids (claims, quotes) are
 * already unique: a source belongs to one story.
 */
export function scopeComparisonIds(comparison: TComparison, scope: string | null): TComparison {
  if (!scope) return comparison;
  const scoped = new Map<string, string>();
  const to = (id: string): string => {
    let mapped = scoped.get(id);
    if (!mapped) {
      const underscore = id.indexOf("_");
      mapped = stableId(underscore > 0 ? id.slice(0, underscore) : "id", scope, id);
      scoped.set(id, mapped);
    }
    return mapped;
  };
  const toNullable = (id: string | null): string | null => (id === null ? null : to(id));
  return {
    ...comparison,
    entities: comparison.entities.map((e) => ({ ...e, id: to(e.id) })),
    claimSubjects: comparison.claimSubjects.map((c) => ({ ...c, entityId: to(c.entityId) })),
    quoteSpeakers: comparison.quoteSpeakers.map((q) => ({ ...q, entityId: to(q.entityId) })),
    groups: comparison.groups.map((g) => ({ ...g, id: to(g.id), subjectEntityId: toNullable(g.subjectEntityId) })),
    discrepancies: comparison.discrepancies.map((d) => ({ ...d, id: to(d.id), subjectEntityId: toNullable(d.subjectEntityId), groupId: toNullable(d.groupId) })),
    quoteClusters: comparison.quoteClusters?.map((c) => ({
      ...c,
      id: to(c.id),
      quotes: c.quotes.map((q) => ({ ...q, speakerEntityId: toNullable(q.speakerEntityId) })),
      speakerEntityIds: c.speakerEntityIds.map(to),
    })),
  };
}
