import type { TArticleAnalysis, TComparison, TGlobalEntity, TLocalEntity } from "@/lib/schemas/pipeline";

/** What the scorer looks at: each analysed source and the cross-source comparison (optional). */
export type EvalSource = { sourceId: string; analysis: TArticleAnalysis };
export type EvalInput = { sources: EvalSource[]; comparison: TComparison | null };

/** Lookups over one run of the pipeline. */
export class PredictionIndex {
  private readonly globalByMember = new Map<string, TGlobalEntity>();
  private readonly globalById = new Map<string, TGlobalEntity>();
  private readonly claimEntity = new Map<string, string>();
  private readonly quoteEntity = new Map<string, string>();
  private readonly localBySource = new Map<string, Map<string, TLocalEntity>>();
  private readonly mentionTexts = new Map<string, Map<string, Set<string>>>();

  constructor(readonly input: EvalInput) {
    for (const s of input.sources) {
      this.localBySource.set(s.sourceId, new Map(s.analysis.entities.map((e) => [e.key, e])));
      const m = new Map<string, Set<string>>();
      for (const x of s.analysis.mentions) {
        let set = m.get(x.entityKey);
        if (!set) m.set(x.entityKey, (set = new Set()));
        set.add(x.text);
      }
      this.mentionTexts.set(s.sourceId, m);
    }
    const cmp = input.comparison;
    if (cmp) {
      for (const g of cmp.entities) {
        this.globalById.set(g.id, g);
        for (const m of g.members) this.globalByMember.set(`${m.sourceId}\u0000${m.key}`, g);
      }
      for (const c of cmp.claimSubjects) this.claimEntity.set(`${c.sourceId}\u0000${c.claimIndex}`, c.entityId);
      for (const q of cmp.quoteSpeakers) this.quoteEntity.set(`${q.sourceId}\u0000${q.quoteIndex}`, q.entityId);
    }
  }

  source(sourceId: string): EvalSource | undefined {
    return this.input.sources.find((s) => s.sourceId === sourceId);
  }

  local(sourceId: string, key: string | null): TLocalEntity | undefined {
    return key === null ? undefined : this.localBySource.get(sourceId)?.get(key);
  }

  globalOfLocal(sourceId: string, key: string): TGlobalEntity | undefined {
    return this.globalByMember.get(`${sourceId}\u0000${key}`);
  }

  global(id: string | null | undefined): TGlobalEntity | undefined {
    return id ? this.globalById.get(id) : undefined;
  }

  get globals(): TGlobalEntity[] {
    return this.input.comparison?.entities ?? [];
  }

  /** Name, aliases and mention texts of a local entity. */
  localNames(sourceId: string, key: string | null): string[] {
    const e = this.local(sourceId, key);
    if (!e || key === null) return [];
    return [e.name, ...e.aliases, ...(this.mentionTexts.get(sourceId)?.get(key) ?? [])];
  }

  /** Names a claim's subject goes by: the local entity's names and its global entity's name. */
  claimSubjectNames(sourceId: string, claimIndex: number): string[] {
    const claim = this.source(sourceId)?.analysis.claims[claimIndex];
    if (!claim) return [];
    if (claim.subjectKey === null) return [];
    const names = this.localNames(sourceId, claim.subjectKey);
    const gid = this.claimEntity.get(`${sourceId}\u0000${claimIndex}`);
    const g = this.global(gid) ?? this.globalOfLocal(sourceId, claim.subjectKey);
    if (g) names.push(g.name);
    return names;
  }

  /** Names a quote's speaker goes by: speakerName, the local entity's name, its global entity's name. */
  quoteSpeakerNames(sourceId: string, quoteIndex: number): string[] {
    const q = this.source(sourceId)?.analysis.quotes[quoteIndex];
    if (!q) return [];
    const names: string[] = [];
    if (q.speakerName) names.push(q.speakerName);
    const local = this.local(sourceId, q.speakerKey);
    if (local) names.push(local.name);
    const gid = this.quoteEntity.get(`${sourceId}\u0000${quoteIndex}`);
    const g = this.global(gid) ?? (q.speakerKey ? this.globalOfLocal(sourceId, q.speakerKey) : undefined);
    if (g) names.push(g.name);
    return names;
  }

  /** Every name a global entity goes by: its name, aliases, and its members' names, aliases and mentions. */
  globalNames(g: TGlobalEntity): string[] {
    const out = [g.name, ...g.aliases];
    for (const m of g.members) out.push(...this.localNames(m.sourceId, m.key));
    return out;
  }
}
