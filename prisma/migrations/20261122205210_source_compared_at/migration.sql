-- AlterTable
ALTER TABLE "Source" ADD COLUMN "comparedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Source_comparedAt_idx" ON "Source"("comparedAt");
