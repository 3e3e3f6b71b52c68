-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "subjectEntityId" TEXT,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "normalizedValue" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "valueStart" INTEGER NOT NULL,
    "valueEnd" INTEGER NOT NULL,
    "isCaption" BOOLEAN NOT NULL,
    "resolvedDate" TEXT,
    "dateAnchor" TEXT,
    "method" TEXT NOT NULL DEFAULT '',
    "factJson" TEXT,
    "groupId" TEXT,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_subjectEntityId_fkey" FOREIGN KEY ("subjectEntityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("attribute", "dateAnchor", "end", "groupId", "id", "isCaption", "normalizedValue", "resolvedDate", "sourceId", "start", "subject", "subjectEntityId", "text", "value", "valueEnd", "valueStart") SELECT "attribute", "dateAnchor", "end", "groupId", "id", "isCaption", "normalizedValue", "resolvedDate", "sourceId", "start", "subject", "subjectEntityId", "text", "value", "valueEnd", "valueStart" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");
CREATE INDEX "Claim_subjectEntityId_attribute_idx" ON "Claim"("subjectEntityId", "attribute");
CREATE INDEX "Claim_groupId_sourceId_start_idx" ON "Claim"("groupId", "sourceId", "start");
CREATE TABLE "new_ClaimGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectEntityId" TEXT,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "agreement" TEXT NOT NULL,
    "sourceCount" INTEGER NOT NULL
);
INSERT INTO "new_ClaimGroup" ("agreement", "attribute", "id", "label", "sourceCount", "subject", "subjectEntityId") SELECT "agreement", "attribute", "id", "label", "sourceCount", "subject", "subjectEntityId" FROM "ClaimGroup";
DROP TABLE "ClaimGroup";
ALTER TABLE "new_ClaimGroup" RENAME TO "ClaimGroup";
CREATE INDEX "ClaimGroup_subject_attribute_idx" ON "ClaimGroup"("subject", "attribute");
CREATE INDEX "ClaimGroup_agreement_idx" ON "ClaimGroup"("agreement");
CREATE INDEX "ClaimGroup_sourceCount_subject_idx" ON "ClaimGroup"("sourceCount", "subject");
CREATE TABLE "new_Discrepancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "reason" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Discrepancy" ("attribute", "groupId", "id", "kind", "missingSourceIds", "origin", "severity", "severityRank", "subject", "subjectEntityId", "summary") SELECT "attribute", "groupId", "id", "kind", "missingSourceIds", "origin", "severity", "severityRank", "subject", "subjectEntityId", "summary" FROM "Discrepancy";
DROP TABLE "Discrepancy";
ALTER TABLE "new_Discrepancy" RENAME TO "Discrepancy";
CREATE INDEX "Discrepancy_kind_idx" ON "Discrepancy"("kind");
CREATE INDEX "Discrepancy_severityRank_idx" ON "Discrepancy"("severityRank");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
