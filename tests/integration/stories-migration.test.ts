import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { schemaFilesFor } from "../../lib/db/schema-files";

// A database from before stories existed, with articles, derived rows and a review, taken through the
// stories migration: its articles must become one story and keep every row and the review's target.
const dir = schemaFilesFor("sqlite").migrationsDir;
const migrations = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const storiesAt = migrations.findIndex((name) => name.endsWith("_stories"));
const sqlOf = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

async function databaseBeforeStories() {
  const db = createClient({ url: `file:${path.join(mkdtempSync(path.join(tmpdir(), "claims-mig-")), "old.db")}` });
  for (const name of migrations.slice(0, storiesAt)) await db.executeMultiple(sqlOf(name));
  return db;
}

describe.skipIf(process.env.TEST_POSTGRES_URL)("the stories migration on an existing SQLite database", () => {
  it("makes the stored articles one story titled by the first headline, with every derived row and review kept", async () => {
    expect(storiesAt).toBeGreaterThan(0);
    const db = await databaseBeforeStories();
    const source = (id: string, title: string | null, createdAt: string) =>
      db.execute({
        sql: `INSERT INTO "Source" ("id","outlet","title","text","rawText","contentHash","analysisJson","pipelineVersion","createdAt") VALUES (?,?,?,?,?,?,?,?,?)`,
        args: [id, "Kellby Post", title, "text", "text", `hash-${id}`, "{}", 1, createdAt],
      });
    await source("src_b", "Pier reopens after repairs", "2031-03-05T10:00:00.000Z");
    await source("src_a", null, "2031-03-04T10:00:00.000Z");
    await db.execute(`INSERT INTO "Entity" ("id","name","type") VALUES ('ent_1','Mara Lindqvist','person')`);
    await db.execute(`INSERT INTO "ClaimGroup" ("id","subjectEntityId","subject","attribute","label","agreement","sourceCount") VALUES ('grp_1','ent_1','Mara Lindqvist','role','harbour master','agree',2)`);
    await db.execute(`INSERT INTO "QuoteCluster" ("id","kind","text","attributionDiffers") VALUES ('qcl_1','identical','We are glad',0)`);
    await db.execute(`INSERT INTO "Discrepancy" ("id","kind","severity","severityRank","subject","attribute","summary","missingSourceIds") VALUES ('dis_1','conflict','high',3,'pier','date','differs','[]')`);
    await db.execute(`INSERT INTO "Review" ("id","targetType","targetId","status","updatedAt") VALUES ('rev_1','discrepancy','dis_1','confirmed',CURRENT_TIMESTAMP)`);

    await db.executeMultiple(sqlOf(migrations[storiesAt]));

    const stories = (await db.execute(`SELECT "id","title","idScope" FROM "Story"`)).rows;
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ id: "sty_existing", title: "Pier reopens after repairs", idScope: null });
    for (const table of ["Source", "Entity", "ClaimGroup", "QuoteCluster", "Discrepancy"]) {
      const rows = (await db.execute(`SELECT DISTINCT "storyId" FROM "${table}"`)).rows.map((r) => r.storyId);
      expect(rows, table).toEqual(["sty_existing"]);
    }
    expect((await db.execute(`SELECT "targetId" FROM "Review"`)).rows[0].targetId).toBe("dis_1");
    expect((await db.execute(`PRAGMA foreign_key_check`)).rows).toEqual([]);
  });

  it("creates no story in a database that held no article", async () => {
    const db = await databaseBeforeStories();
    await db.executeMultiple(sqlOf(migrations[storiesAt]));
    expect((await db.execute(`SELECT COUNT(*) AS n FROM "Story"`)).rows[0].n).toBe(0);
  });
});
