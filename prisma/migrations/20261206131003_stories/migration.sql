-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idScope" TEXT
);

-- Articles stored before stories existed become one story. Its derived ids keep no scope (idScope NULL),
-- so reviews keyed on them keep their targets. Its title is the first stored headline, when there is one.
INSERT INTO "Story" ("id", "title", "idScope")
SELECT 'sty_existing', COALESCE((SELECT "title" FROM "Source" WHERE "title" IS NOT NULL ORDER BY "createdAt", "id" LIMIT 1), 'Articles stored before stories'), NULL
WHERE EXISTS (SELECT 1 FROM "Source");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "outlet" TEXT,
    "title" TEXT,
    "byline" TEXT,
    "publishedAt" TEXT,
    "url" TEXT,
    "file" TEXT,
    "text" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "analysisJson" TEXT NOT NULL,
    "pipelineVersion" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "comparedAt" DATETIME,
    "fingerprintJson" TEXT,
    CONSTRAINT "Source_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("storyId", "analysisJson", "byline", "comparedAt", "contentHash", "createdAt", "file", "id", "outlet", "pipelineVersion", "publishedAt", "rawText", "text", "title", "url") SELECT 'sty_existing', "analysisJson", "byline", "comparedAt", "contentHash", "createdAt", "file", "id", "outlet", "pipelineVersion", "publishedAt", "rawText", "text", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");
CREATE INDEX "Source_comparedAt_idx" ON "Source"("comparedAt");
CREATE INDEX "Source_storyId_createdAt_idx" ON "Source"("storyId", "createdAt");
CREATE TABLE "new_Entity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    CONSTRAINT "Entity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Entity" ("storyId", "nameKey", "id", "name", "type") SELECT 'sty_existing', substr("name", 1, 200), "id", "name", "type" FROM "Entity";
DROP TABLE "Entity";
ALTER TABLE "new_Entity" RENAME TO "Entity";
CREATE INDEX "Entity_storyId_idx" ON "Entity"("storyId");
CREATE INDEX "Entity_nameKey_idx" ON "Entity"("nameKey");
CREATE TABLE "new_QuoteCluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attributionDiffers" BOOLEAN NOT NULL,
    CONSTRAINT "QuoteCluster_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuoteCluster" ("storyId", "attributionDiffers", "id", "kind", "text") SELECT 'sty_existing', "attributionDiffers", "id", "kind", "text" FROM "QuoteCluster";
DROP TABLE "QuoteCluster";
ALTER TABLE "new_QuoteCluster" RENAME TO "QuoteCluster";
CREATE INDEX "QuoteCluster_storyId_idx" ON "QuoteCluster"("storyId");
CREATE TABLE "new_ClaimGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "subjectEntityId" TEXT,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "agreement" TEXT NOT NULL,
    "sourceCount" INTEGER NOT NULL,
    CONSTRAINT "ClaimGroup_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ClaimGroup" ("storyId", "agreement", "attribute", "id", "label", "sourceCount", "subject", "subjectEntityId") SELECT 'sty_existing', "agreement", "attribute", "id", "label", "sourceCount", "subject", "subjectEntityId" FROM "ClaimGroup";
DROP TABLE "ClaimGroup";
ALTER TABLE "new_ClaimGroup" RENAME TO "ClaimGroup";
CREATE INDEX "ClaimGroup_subject_attribute_idx" ON "ClaimGroup"("subject", "attribute");
CREATE INDEX "ClaimGroup_agreement_idx" ON "ClaimGroup"("agreement");
CREATE INDEX "ClaimGroup_sourceCount_subject_idx" ON "ClaimGroup"("sourceCount", "subject");
CREATE INDEX "ClaimGroup_storyId_sourceCount_subject_idx" ON "ClaimGroup"("storyId", "sourceCount", "subject");
CREATE TABLE "new_Discrepancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "severityRank" INTEGER NOT NULL,
    "subjectEntityId" TEXT,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "groupId" TEXT,
    "missingSourceIds" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'pipeline',
    "method" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Discrepancy_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Discrepancy" ("storyId", "attribute", "groupId", "id", "kind", "method", "missingSourceIds", "origin", "reason", "severity", "severityRank", "subject", "subjectEntityId", "summary") SELECT 'sty_existing', "attribute", "groupId", "id", "kind", "method", "missingSourceIds", "origin", "reason", "severity", "severityRank", "subject", "subjectEntityId", "summary" FROM "Discrepancy";
DROP TABLE "Discrepancy";
ALTER TABLE "new_Discrepancy" RENAME TO "Discrepancy";
CREATE INDEX "Discrepancy_kind_idx" ON "Discrepancy"("kind");
CREATE INDEX "Discrepancy_severityRank_idx" ON "Discrepancy"("severityRank");
CREATE INDEX "Discrepancy_storyId_severityRank_idx" ON "Discrepancy"("storyId", "severityRank");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Story_updatedAt_idx" ON "Story"("updatedAt");
