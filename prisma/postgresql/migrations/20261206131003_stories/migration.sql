-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idScope" TEXT,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- Articles stored before stories existed become one story. Its derived ids keep no scope (idScope NULL),
-- so reviews keyed on them keep their targets. Its title is the first stored headline, when there is one.
INSERT INTO "Story" ("id", "title", "idScope")
SELECT 'sty_existing', COALESCE((SELECT "title" FROM "Source" WHERE "title" IS NOT NULL ORDER BY "createdAt", "id" LIMIT 1), 'Articles stored before stories'), NULL
WHERE EXISTS (SELECT 1 FROM "Source");

-- AlterTable: existing rows join that story, new rows must name theirs
ALTER TABLE "Source" ADD COLUMN     "fingerprintJson" TEXT,
ADD COLUMN     "storyId" TEXT NOT NULL DEFAULT 'sty_existing';
ALTER TABLE "Source" ALTER COLUMN "storyId" DROP DEFAULT;

ALTER TABLE "Entity" ADD COLUMN     "storyId" TEXT NOT NULL DEFAULT 'sty_existing',
ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '';
UPDATE "Entity" SET "nameKey" = left("name", 200);
ALTER TABLE "Entity" ALTER COLUMN "storyId" DROP DEFAULT,
ALTER COLUMN "nameKey" DROP DEFAULT;

ALTER TABLE "QuoteCluster" ADD COLUMN     "storyId" TEXT NOT NULL DEFAULT 'sty_existing';
ALTER TABLE "QuoteCluster" ALTER COLUMN "storyId" DROP DEFAULT;

ALTER TABLE "ClaimGroup" ADD COLUMN     "storyId" TEXT NOT NULL DEFAULT 'sty_existing';
ALTER TABLE "ClaimGroup" ALTER COLUMN "storyId" DROP DEFAULT;

ALTER TABLE "Discrepancy" ADD COLUMN     "storyId" TEXT NOT NULL DEFAULT 'sty_existing';
ALTER TABLE "Discrepancy" ALTER COLUMN "storyId" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "Story_updatedAt_idx" ON "Story"("updatedAt");

-- CreateIndex
CREATE INDEX "Source_storyId_createdAt_idx" ON "Source"("storyId", "createdAt");

-- CreateIndex
CREATE INDEX "Entity_storyId_idx" ON "Entity"("storyId");

-- CreateIndex
CREATE INDEX "Entity_nameKey_idx" ON "Entity"("nameKey");

-- CreateIndex
CREATE INDEX "QuoteCluster_storyId_idx" ON "QuoteCluster"("storyId");

-- CreateIndex
CREATE INDEX "ClaimGroup_storyId_sourceCount_subject_idx" ON "ClaimGroup"("storyId", "sourceCount", "subject");

-- CreateIndex
CREATE INDEX "Discrepancy_storyId_severityRank_idx" ON "Discrepancy"("storyId", "severityRank");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteCluster" ADD CONSTRAINT "QuoteCluster_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimGroup" ADD CONSTRAINT "ClaimGroup_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discrepancy" ADD CONSTRAINT "Discrepancy_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
