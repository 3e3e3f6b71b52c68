-- AlterTable
ALTER TABLE "Source" ADD COLUMN "fetchedFrom" TEXT;

-- CreateIndex
CREATE INDEX "Source_fetchedFrom_idx" ON "Source"("fetchedFrom");
