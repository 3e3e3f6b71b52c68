import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/comparison/compare-sources";
import { resolveDatesAcross } from "@/lib/comparison/claims/resolve-dates-across";
import { findDateExpressions, resolveDateExpression } from "@/lib/text/resolve-dates";
import { ZComparison, type TSourceAnalysis } from "@/lib/schemas/pipeline";
import { article, type ClaimSpec, type EntitySpec } from "./fixture";

/**
 * Sentences from the seed articles (CNN and Latin Post state no dateline; the third article is dated
 * 2024-04-06, a Saturday). Date claims in dated fixtures are resolved as extract-claims does.
 */
const police: EntitySpec = { key: "police", name: "Police of Ecuador", type: "organization", aliases: ["Ecuadorian police"] };
const amlo: EntitySpec = { key: "amlo", name: "Andrés Manuel López Obrador", type: "person", aliases: ["Andres Manuel Lopez Obrador", "Lopez Obrador"] };
const embassy: EntitySpec = { key: "embassy", name: "Embassy of Mexico", type: "organization", aliases: ["Mexican Embassy", "Mexican embassy"] };

const CNN_RAID =
  "(CNN) — Ecuadorian police stormed the Mexican embassy in Quito on Friday night to arrest a former vice president seeking asylum there, in an escalation of tensions that Mexico decried as “an outrage against international law.”";
const CNN_AMLO =
  "But on Friday, Mexican president Andrés Manuel López Obrador, on his official X account, said he had been informed that “police from Ecuador forcibly entered” the Mexican embassy and took Glas.";
const LP_AMLO =
  'Mexico President Andres Manuel Lopez Obrador confirmed on Friday that he had been informed that "police from Ecuador forcibly entered" the embassy and took Glas.';
const DATED_RAID = "Ecuadorian police stormed the embassy in the capital, Quito, to arrest Glas, who had been residing there since December.";
const DATED_GUARD = "The Mexican Embassy in Quito remained under heavy police guard late Friday.";
const DATED_EARLIER =
  "A day earlier, tensions between the two countries escalated after Mexico's president made statements that Ecuador considered “very unfortunate” about last year's election.";

const raidClaims = (value: string, date?: string): ClaimSpec[] => [
  { subject: "police", attribute: "action", in: value, value },
  ...(date ? [{ subject: "police", attribute: "date" as const, in: value, value: date }] : []),
];

/** Resolve date claims against the article's dateline (and the previous resolved date), as extract-claims does. */
function withOwnDates(src: TSourceAnalysis): TSourceAnalysis {
  const a = src.analysis;
  let previous: string | null = null;
  a.claims = a.claims.map((c) => {
    if (c.attribute !== "date") return c;
    const expr = findDateExpressions(a.text, c.valueStart, c.valueEnd)[0];
    const r = resolveDateExpression(expr, a.meta.publishedAt, previous);
    if (r.resolved) previous = r.resolved;
    return { ...c, normalizedValue: r.resolved ?? c.normalizedValue.replace(/^on /, ""), resolvedDate: r.resolved, dateAnchor: r.anchor };
  });
  return src;
}

const cnn = () =>
  withOwnDates(
    article("cnn", "CNN", [CNN_RAID, CNN_AMLO], {
      entities: [police, amlo, embassy],
      claims: [
        ...raidClaims("stormed the Mexican embassy", "on Friday night"),
        { subject: "amlo", attribute: "date", in: "But on Friday", value: "on Friday" },
        { subject: "amlo", attribute: "statement", in: "But on Friday", value: "he had been informed" },
      ],
    }),
  );
const latinPost = () =>
  withOwnDates(
    article("lp", "Latin Post", [LP_AMLO], {
      entities: [amlo, embassy],
      claims: [
        { subject: "amlo", attribute: "date", in: "confirmed on Friday", value: "on Friday" },
        { subject: "amlo", attribute: "statement", in: "confirmed on Friday", value: "he had been informed" },
      ],
    }),
  );
const dated = (id: string, publishedAt: string | null, extra: string[] = [], extraClaims: ClaimSpec[] = []) =>
  withOwnDates(
    article(id, `Outlet ${id}`, [DATED_RAID, ...extra], {
      entities: [police, amlo, embassy],
      claims: [...raidClaims("stormed the embassy"), ...extraClaims],
      publishedAt,
    }),
  );

const byRef = (c: ReturnType<typeof compareSources>) => new Map((c.resolvedDates ?? []).map((r) => [`${r.sourceId}#${r.claimIndex}`, r]));

describe("dates resolved across sources", () => {
  it("resolves CNN's 'on Friday night' against the dated article reporting the same raid, and carries the day to the same article's and another outlet's 'Friday'", () => {
    const sources = [cnn(), latinPost(), dated("dated", "2024-04-06", [DATED_GUARD, DATED_EARLIER], [
      { subject: "embassy", attribute: "date", in: "heavy police guard", value: "late Friday" },
      { subject: "amlo", attribute: "date", in: "A day earlier", value: "A day earlier" },
      { subject: "amlo", attribute: "statement", in: "A day earlier", value: "made statements" },
    ])];
    expect(sources[2].analysis.claims.find((c) => c.value === "late Friday")!.resolvedDate).toBe("2024-04-05");
    const c = compareSources(sources);
    expect(() => ZComparison.parse(c)).not.toThrow();
    const r = byRef(c);
    // cnn#1: "on Friday night" in the raid sentence; the raid action is aligned with the dated article's
    expect(r.get("cnn#1")).toEqual({ sourceId: "cnn", claimIndex: 1, resolvedDate: "2024-04-05", anchorSourceId: "dated", anchor: "dateline" });
    // cnn#2: CNN's other "Friday" (same article, same weekday); lp#0: Latin Post's "Friday" in a sentence whose
    // statement is aligned with CNN's
    expect(r.get("cnn#2")?.resolvedDate).toBe("2024-04-05");
    expect(r.get("lp#0")?.resolvedDate).toBe("2024-04-05");
    expect(r.get("lp#0")?.anchorSourceId).toBe("dated");
    expect(c.resolvedDates).toHaveLength(3);
    // the per-article claims are left as their article resolved them
    expect(sources[0].analysis.claims[1].resolvedDate).toBeNull();

    // the same day printed two ways is one value; the earlier remarks ("A day earlier" = 2024-04-04) are another event
    const amloDates = c.groups.filter((g) => g.attribute === "date" && g.claims.some((x) => x.sourceId === "lp"));
    expect(amloDates).toHaveLength(1);
    expect(amloDates[0]).toMatchObject({ label: "2024-04-05", agreement: "agree" });
    expect(c.discrepancies.filter((d) => d.kind === "conflict")).toEqual([]);
  });

  it("leaves the weekday unresolved when nothing anchors it: no dated outlet, or a dated outlet that shares no event", () => {
    const none = compareSources([cnn(), latinPost(), dated("undated", null)]);
    expect(none.resolvedDates).toEqual([]);
    // the dated outlet only names the same person (a role is not an event): nothing links the raid or the statement
    const roleOnly = withOwnDates(
      article("dated", "Outlet dated", ["Mexico's president Andrés Manuel López Obrador spoke about trade."], {
        entities: [amlo],
        claims: [{ subject: "amlo", attribute: "role", in: "spoke about trade", value: "Mexico's president" }],
        publishedAt: "2024-04-06",
      }),
    );
    expect(compareSources([cnn(), latinPost(), roleOnly]).resolvedDates).toEqual([]);
  });

  it("leaves it unresolved when the anchors disagree, and resolves it when they agree", () => {
    // datelines a week apart: "Friday" is 2024-04-05 for one, 2024-04-12 for the other
    const apart = compareSources([cnn(), dated("d1", "2024-04-06"), dated("d2", "2024-04-13")]);
    expect(apart.resolvedDates).toEqual([]);
    // Saturday and Sunday datelines both put "Friday" on 2024-04-05
    const close = compareSources([cnn(), dated("d1", "2024-04-06"), dated("d2", "2024-04-07")]);
    expect(byRef(close).get("cnn#1")).toMatchObject({ resolvedDate: "2024-04-05", anchorSourceId: "d1", anchor: "dateline" });
  });

  it("flags two outlets dating one event to different days as a date conflict", () => {
    const thursday = withOwnDates(
      article("dated", "Outlet dated", [CNN_RAID.replace("(CNN) — ", "").replace("Friday night", "Thursday night")], {
        entities: [police, embassy],
        claims: raidClaims("stormed the Mexican embassy", "on Thursday night"),
        publishedAt: "2024-04-06",
      }),
    );
    expect(thursday.analysis.claims[1].resolvedDate).toBe("2024-04-04");
    const c = compareSources([cnn(), thursday]);
    expect(byRef(c).get("cnn#1")?.resolvedDate).toBe("2024-04-05");
    const conflicts = c.discrepancies.filter((d) => d.kind === "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ attribute: "date", subject: "Police of Ecuador", severity: "high" });
    expect(conflicts[0].summary).toContain('"on Friday night" (2024-04-05; CNN)');
    expect(conflicts[0].summary).toContain('"on Thursday night" (2024-04-04; Outlet dated)');
  });

  it("takes a day another outlet prints for the same event when it is that weekday, and never carries 'yesterday' across", () => {
    const groups = [{ attribute: "action" as const, claims: [{ sourceId: "a", claimIndex: 0 }, { sourceId: "b", claimIndex: 0 }] }];
    const a = article("a", "A", ["Ecuadorian police stormed the Mexican embassy on Friday night."], {
      entities: [police],
      claims: raidClaims("stormed the Mexican embassy", "on Friday night"),
    });
    const b = withOwnDates(
      article("b", "B", ["Ecuadorian police stormed the Mexican embassy on April 5, 2024."], {
        entities: [police],
        claims: raidClaims("stormed the Mexican embassy", "on April 5, 2024"),
      }),
    );
    expect(resolveDatesAcross([a, b], groups)).toEqual([{ sourceId: "a", claimIndex: 1, resolvedDate: "2024-04-05", anchorSourceId: "b", anchor: "resolved_date" }]);
    // April 4, 2024 is a Thursday: not the day "Friday" names
    const b2 = withOwnDates(
      article("b", "B", ["Ecuadorian police stormed the Mexican embassy on April 4, 2024."], {
        entities: [police],
        claims: raidClaims("stormed the Mexican embassy", "on April 4, 2024"),
      }),
    );
    expect(resolveDatesAcross([a, b2], groups)).toEqual([]);
    const y = article("a", "A", ["Ecuadorian police stormed the Mexican embassy yesterday."], {
      entities: [police],
      claims: raidClaims("stormed the Mexican embassy", "yesterday"),
    });
    expect(resolveDatesAcross([y, dated("b", "2024-04-06")], groups)).toEqual([]);
  });

  it("resolves a weekday in a future clause forward from the anchoring dateline", () => {
    const groups = [{ attribute: "action" as const, claims: [{ sourceId: "a", claimIndex: 0 }, { sourceId: "b", claimIndex: 0 }] }];
    const a = article("a", "A", ["Mexico will lodge a complaint with the International Court of Justice on Monday."], {
      entities: [police],
      claims: [
        { subject: "police", attribute: "action", in: "lodge", value: "lodge a complaint" },
        { subject: "police", attribute: "date", in: "lodge", value: "on Monday" },
      ],
    });
    const b = article("b", "B", ["Mexico said it would lodge a complaint with the International Court of Justice."], {
      entities: [police],
      claims: [{ subject: "police", attribute: "action", in: "lodge", value: "lodge a complaint" }],
      publishedAt: "2024-04-06",
    });
    expect(resolveDatesAcross([a, b], groups)).toEqual([{ sourceId: "a", claimIndex: 1, resolvedDate: "2024-04-08", anchorSourceId: "b", anchor: "dateline" }]);
  });

  it("resolves weekdays across 1,000 articles with 12,000 claims, half of them dated", () => {
    const FIRST = ["Ana", "Luis", "Marta", "Pedro", "Sofia", "Tomas", "Elena", "Jorge", "Rosa", "Diego"];
    const LAST = ["Vega", "Rios", "Mora", "Soto", "Lara", "Cruz", "Paz", "Gil", "Leon", "Ruiz"];
    const VERBS = ["visited", "criticised", "praised", "questioned", "met", "warned", "thanked", "sued", "called", "joined"];
    const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const sources: TSourceAnalysis[] = [];
    for (let s = 0; s < 1000; s++) {
      const people = Array.from({ length: 4 }, (_, k) => (s * 7 + k * 13) % 100);
      const name = (p: number) => `${FIRST[p % 10]} ${LAST[Math.floor(p / 10)]}`;
      const paras = people.map((p, k) => `${name(p)} ${VERBS[(p + s) % 10]} the council on ${DAYS[(p + k) % 7]}, ${(s + k) % 5} times.`);
      sources.push(
        withOwnDates(
          article(`s${String(s).padStart(4, "0")}`, `Outlet ${s}`, paras, {
            entities: people.map((p) => ({ key: `p${p}`, name: name(p), type: "person" as const })),
            claims: people.flatMap((p, k) => [
              { subject: `p${p}`, attribute: "action" as const, in: `${name(p)} `, value: `${VERBS[(p + s) % 10]} the council` },
              { subject: `p${p}`, attribute: "date" as const, in: `${name(p)} `, value: `on ${DAYS[(p + k) % 7]}` },
              { subject: `p${p}`, attribute: "count" as const, in: `${name(p)} `, value: `${(s + k) % 5} times` },
            ]),
            // every other hundred articles dated, on a Saturday or a Sunday
            publishedAt: Math.floor(s / 100) % 2 ? `2024-04-0${6 + (Math.floor(s / 200) % 2)}` : null,
          }),
        ),
      );
    }
    // (how long this takes is measured by `npm run bench`, not asserted here)
    const c = compareSources(sources);
    expect(c.claimSubjects).toHaveLength(12_000);
    // a Saturday and a Sunday dateline agree on every weekday but Sunday (2024-03-31 vs 2024-04-07)
    const bySource = new Map(sources.map((x) => [x.sourceId, x]));
    const resolved = c.resolvedDates!;
    expect(resolved.length).toBeGreaterThan(1000);
    for (const r of resolved) {
      const claim = bySource.get(r.sourceId)!.analysis.claims[r.claimIndex];
      expect(bySource.get(r.sourceId)!.analysis.meta.publishedAt).toBeNull();
      expect(claim.value).not.toBe("on Sunday");
      expect(r.resolvedDate >= "2024-04-01" && r.resolvedDate <= "2024-04-06").toBe(true);
    }
  }, 60_000);
});
