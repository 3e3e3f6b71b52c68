-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "dateAnchor" TEXT;
ALTER TABLE "Claim" ADD COLUMN "resolvedDate" TEXT;

-- CreateTable
CREATE TABLE "QuoteCluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attributionDiffers" BOOLEAN NOT NULL
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "cited" TEXT NOT NULL,
    "cue" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "cueStart" INTEGER NOT NULL,
    "cueEnd" INTEGER NOT NULL,
    "citedSourceId" TEXT,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "speakerEntityId" TEXT,
    "speaker" TEXT,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "isPartial" BOOLEAN NOT NULL,
    "isCaption" BOOLEAN NOT NULL,
    "clusterId" TEXT,
    CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerEntityId_fkey" FOREIGN KEY ("speakerEntityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Quote_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "QuoteCluster" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Quote" ("cueEnd", "cueStart", "end", "id", "isCaption", "isPartial", "sourceId", "speaker", "speakerEntityId", "start", "text") SELECT "cueEnd", "cueStart", "end", "id", "isCaption", "isPartial", "sourceId", "speaker", "speakerEntityId", "start", "text" FROM "Quote";
DROP TABLE "Quote";
ALTER TABLE "new_Quote" RENAME TO "Quote";
CREATE INDEX "Quote_sourceId_idx" ON "Quote"("sourceId");
CREATE INDEX "Quote_speakerEntityId_idx" ON "Quote"("speakerEntityId");
CREATE INDEX "Quote_clusterId_idx" ON "Quote"("clusterId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_citedSourceId_idx" ON "Citation"("citedSourceId");
