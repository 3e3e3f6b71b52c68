import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

let db: typeof import("../../lib/db/client");
let bulk: typeof import("../../lib/db/bulk-insert");
const STORY = "sty_bulk";

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  bulk = await import("../../lib/db/bulk-insert");
  await db.getPrisma().story.create({ data: { id: STORY, title: "Bulk rows", idScope: STORY } });
});
afterAll(async () => db.disconnectPrisma());

// Values a real article can carry: quotes of every kind, SQL-looking text, accents, emoji, empty strings.
const AWKWARD = ["O'Brien", 'said "no"', "“curly” ‘marks’", "x'); DROP TABLE \"Entity\"; --", "José Ñúñez", "🙂 emoji", "", "a\nb\tc", "$1 ? :name"];

describe("bulk insert", () => {
  it("writes more rows than one statement holds and reads every value back unchanged", async () => {
    const prisma = db.getPrisma();
    const entities = Array.from({ length: 2_345 }, (_, i) => ({ id: `ent_${String(i).padStart(5, "0")}`, storyId: STORY, name: AWKWARD[i % AWKWARD.length] + i, nameKey: String(i), type: i % 2 ? "person" : "place" }));
    const clusters = [true, false].map((differs, i) => ({ id: `qc_${i}`, storyId: STORY, kind: "shared", text: AWKWARD[i], attributionDiffers: differs }));
    await prisma.$transaction(async (tx) => {
      await bulk.insertRows(tx, "Entity", entities);
      await bulk.insertRows(tx, "QuoteCluster", clusters);
    });
    const stored = await prisma.entity.findMany({ orderBy: { id: "asc" } });
    expect(stored).toEqual(entities);
    expect(await prisma.quoteCluster.findMany({ orderBy: { id: "asc" } })).toEqual(clusters);
  });

  it("keeps nulls as nulls", async () => {
    const prisma = db.getPrisma();
    const discrepancy = { id: "dis_null", storyId: STORY, kind: "omission", severity: "low", severityRank: 1, subjectEntityId: null, subject: "s", attribute: "role", summary: "", groupId: null, missingSourceIds: "[]", origin: "pipeline", method: "", reason: "" };
    await prisma.$transaction((tx) => bulk.insertRows(tx, "Discrepancy", [discrepancy]));
    expect(await prisma.discrepancy.findUnique({ where: { id: "dis_null" } })).toEqual(discrepancy);
  });

  it("leaves nothing behind when a later statement of the transaction fails", async () => {
    const prisma = db.getPrisma();
    const before = await prisma.entity.count();
    const fresh = Array.from({ length: 1_500 }, (_, i) => ({ id: `new_${i}`, storyId: STORY, name: `n${i}`, nameKey: `n${i}`, type: "person" }));
    const clash = [{ id: "ent_00000", storyId: STORY, name: "duplicate id", nameKey: "duplicate id", type: "person" }];
    await expect(
      prisma.$transaction(async (tx) => {
        await bulk.insertRows(tx, "Entity", fresh);
        await bulk.insertRows(tx, "Entity", clash);
      }),
    ).rejects.toThrow();
    expect(await prisma.entity.count()).toBe(before);
  });

  it("does nothing for no rows", async () => {
    const prisma = db.getPrisma();
    const before = await prisma.entity.count();
    await prisma.$transaction((tx) => bulk.insertRows(tx, "Entity", []));
    expect(await prisma.entity.count()).toBe(before);
  });
});
